import { defineConfig } from 'vitest/config';

// Three projects: `unit` needs no cluster and is fast; `browser` opens the built site in
// Debian's chromium (src/__tests__/browser.test.ts); `cluster` runs every lab against a real
// cluster (see scripts/__tests__/labs.cluster.test.ts for how it finds one, and when it may skip).
// `npm test` runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'labs/**/*.test.ts'],
          exclude: ['**/*.cluster.test.ts', 'src/__tests__/browser.test.ts', 'node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['src/__tests__/browser.test.ts'],
          // Runs after `unit`: both build the site, and two builds at once would share (and
          // clobber) the generated `.docusaurus/` folder.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'cluster',
          include: ['**/*.cluster.test.ts'],
          exclude: ['node_modules/**'],
          // Labs share one cluster; run them one after another.
          fileParallelism: false,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
