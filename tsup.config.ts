import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', zone: 'src/zone.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
});
