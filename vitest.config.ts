import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run in parallel; everything touching a database or a
// browser shares one process so a single PGlite instance (≈10–20 s to start with PostGIS)
// and one PostgreSQL test database serve every file (FACTS.md).
export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/globalSetup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/domain/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/api/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/faults/**/*.test.ts', 'tests/access/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          pool: 'forks',
          isolate: false,
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
