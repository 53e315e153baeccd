import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { fixtureBytes } from './test/worker/fixture-bytes.js'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/worker/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // the Worker, inside workerd, through the real app (functions/index.ts with wrangler.toml's bindings)
        plugins: [cloudflareTest({ main: './functions/index.ts', wrangler: { configPath: './wrangler.toml' } }), fixtureBytes()],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          globalSetup: ['test/worker/node-results.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // the clerk page in headless Debian Chromium against `wrangler dev` (needs /usr/bin/chromium)
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
