import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs no cluster and is fast; `cluster` runs every lab against a real
// cluster (see scripts/__tests__/labs.cluster.test.ts for how it finds one, and when it may skip).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'labs/**/*.test.ts'],
          exclude: ['**/*.cluster.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'cluster',
          include: ['**/*.cluster.test.ts'],
          exclude: ['node_modules/**'],
          // Labs share one cluster; run them one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
