import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // one file per core: each has its own database (vitest's default, cores minus one, is a single
    // worker on a 2-core machine and left a core idle)
    maxWorkers: '100%',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
})
