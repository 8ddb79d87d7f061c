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
    // expect.poll waits for an outcome (a live update, a mutation's answer), not a speed: vitest's
    // 1 s default failed flows on two loaded cores. How fast it is belongs to bench/, not here.
    expect: { poll: { timeout: 10_000 } },
  },
});
