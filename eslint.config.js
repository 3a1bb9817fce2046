import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// `import { z } from 'zod'` pulls every locale into esbuild bundles (TOOLCHAIN.md): only the
// namespace import is allowed.
const zodNamespaceOnly = {
  selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[importKind!='type']",
  message: "Import zod as `import * as z from 'zod'` (named imports pull every locale into bundles).",
};

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs-site/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', zodNamespaceOnly],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `export interface Absence extends z.infer<typeof Absence> {}` names a schema's type, so
      // declarations and the API reference show `Absence` instead of its expanded fields.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/zone.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'luxon', message: 'Only src/zone.ts may import luxon.' }] }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'No Date in the domain: use IsoDate and epoch days.' }],
    },
  },
);
