import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, not dist/.
    alias: {
      // before '@framelens/aggregate', which would otherwise take the subpath
      '@framelens/aggregate/csv': fileURLToPath(new URL('./packages/aggregate/src/csv.ts', import.meta.url)),
      '@framelens/diagnostics': pkg('diagnostics'),
      '@framelens/corpus': pkg('corpus'),
      '@framelens/text': pkg('text'),
      '@framelens/lexicon': pkg('lexicon'),
      '@framelens/aggregate': pkg('aggregate'),
      '@framelens/report': pkg('report'),
      '@framelens/cli': pkg('cli'),
      '@framelens/validation': pkg('validation'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'pipelines/*/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC', TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  },
});
