import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts its own app and browser; two at once is what 2 cores take.
    maxWorkers: 2,
    pool: 'forks',
  },
});
