import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, platform-neutral, no luxon/csv-parse/node: imports in the main entry.
    entry: { index: 'src/index.ts', zone: 'src/zone.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    // Keeps the bin, which the second build writes into the same folder at the same time.
    clean: ['!cli.js'],
    // Shared chunks: `index` and `zone` use one BemInputError class, so instanceof works across them.
    splitting: true,
    treeshake: true,
  },
  {
    // The `bem-sgb9` bin: Node only, ESM, its own file so the library stays pure.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
  },
]);
