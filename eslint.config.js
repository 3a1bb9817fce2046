import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs-site/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', importNames: ['z'], message: "Import zod as `import * as z from 'zod'` (keeps locales out of bundles)." },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/zone.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', importNames: ['z'], message: "Import zod as `import * as z from 'zod'`." },
            { name: 'luxon', message: 'Only src/zone.ts may import luxon.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'No Date in the domain: use IsoDate and epoch days.' }],
    },
  },
);
