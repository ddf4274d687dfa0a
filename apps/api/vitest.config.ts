import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI's second pass, on the PostgreSQL server, leaves out the browser flows (see .ci/run)
    exclude: process.env.MEDBOOK_SKIP_BROWSER_TESTS
      ? [...configDefaults.exclude, 'test/browser-*.test.ts']
      : configDefaults.exclude,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
})
