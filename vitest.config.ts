import { defineConfig } from 'vitest/config';

/**
 * One `vitest run` covers every suite. Unit tests run in parallel; suites that
 * start servers, processes or browsers run their files one at a time, and the
 * suites run one after another (groupOrder), so two cores are never fought
 * over by a chaos run, three relay nodes and Chromium at once.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', sequence: { groupOrder: 0 }, include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The same integration suite with every test server on PostgreSQL (tests/support/test-server.ts).
          name: 'integration-postgres',
          sequence: { groupOrder: 2 },
          include: ['tests/integration/**/*.test.ts'],
          env: { PITBOSS_TEST_STORE: 'postgres' },
          fileParallelism: false,
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Attacks on a real relay over real sockets and HTTP, with a bystander chat that must keep flowing; fuzzing of decoders and REST bodies.
          name: 'hostile',
          sequence: { groupOrder: 3 },
          include: ['tests/hostile/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // A real relay process killed -9 under a load process; see tests/chaos/scenario.ts.
          name: 'chaos',
          sequence: { groupOrder: 4 },
          include: ['tests/chaos/**/*.test.ts'],
          fileParallelism: false,
          // A run takes about 30 s on an idle two-core machine; the cap leaves room for a busy one.
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Three relay processes on the real PostgreSQL and Redis.
          name: 'multinode',
          sequence: { groupOrder: 5 },
          include: ['tests/multinode/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 6 },
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
