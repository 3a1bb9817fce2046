import { defineConfig } from 'tsup';

const common = { target: 'es2022', platform: 'neutral', sourcemap: false, clean: false } as const;
const library = { index: 'src/index.ts', zone: 'src/zone.ts', holidays: 'src/holidays.ts' };

export default defineConfig([
  {
    // ESM, one file per module: with `"sideEffects": false` a consumer's bundler drops every module
    // it does not use (a time-tracking vendor that needs only `evaluateEligibility` does not ship
    // the case machine's schemas). `index`, `zone` and `holidays` share one BemInputError module.
    ...common,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
  },
  {
    // CommonJS, bundled per entry; the shared chunk keeps one BemInputError class for both.
    ...common,
    entry: library,
    format: ['cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    splitting: true,
    treeshake: true,
  },
  {
    // Type declarations for the ESM entries (`index.d.ts`, `zone.d.ts`).
    ...common,
    entry: library,
    format: ['esm'],
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
  },
  {
    // The `bem-sgb9` bin: Node only, its own file, so the library stays pure.
    ...common,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    // zod inside the bin: one file to load instead of zod's many modules (a shorter start for
    // every scan); the library entries keep zod as the peer dependency.
    noExternal: ['zod'],
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
  },
]);
