import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { fixtureBytes } from './test/worker/fixture-bytes.js'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/worker/**', '**/*.system.test.ts', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // `npm run test:system`: what needs ../shared beside the repository or Debian's packages (tesseract, poppler …)
        test: {
          name: 'system',
          include: ['src/**/*.system.test.ts', 'test/**/*.system.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // the Worker, inside workerd, through the real app (functions/index.ts with wrangler.toml's bindings): the
        // `imports` environment, whose R2, Queues and D1 workerd simulates; D1's migrations for the tests to apply
        plugins: [
          cloudflareTest(async () => ({
            main: './functions/index.ts',
            wrangler: { configPath: './wrangler.toml', environment: 'imports' },
            miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
          })),
          fixtureBytes(),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          globalSetup: ['test/worker/node-results.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // `npm run test:system`: the clerk page in headless Chromium against `wrangler dev` (CHROMIUM_PATH, else /usr/bin/chromium)
        test: {
          name: 'browser',
          include: ['test/browser/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
