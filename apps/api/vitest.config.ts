import { configDefaults, defineConfig } from 'vitest/config'

const BROWSER_FLOWS = 'test/browser-*.test.ts'

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // a browser waits on the app's own requests: a busy machine needs more than the default 1 s
    expect: { poll: { timeout: 15_000 } },
    env: { TZ: 'UTC' },
    projects: [
      // HTTP, SDK and process tests: each file has its own database and server, so one file per
      // core at a time (vitest's default, cores minus one, is a single worker on a 2-core machine)
      {
        extends: true,
        test: {
          name: 'http',
          maxWorkers: '100%',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BROWSER_FLOWS],
          sequence: { groupOrder: 0 },
        },
      },
      // the browser flows are CPU-bound (Chromium renders while the server answers): one file at
      // a time, after the rest; CI's second pass, on the PostgreSQL server, leaves them out
      ...(process.env.MEDBOOK_SKIP_BROWSER_TESTS
        ? []
        : [
            {
              extends: true,
              test: { name: 'browser', include: [BROWSER_FLOWS], fileParallelism: false, sequence: { groupOrder: 1 } },
            },
          ]),
    ],
  },
})
