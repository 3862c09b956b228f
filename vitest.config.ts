import { defineConfig } from 'vitest/config';

// Four projects: `unit` needs no cluster and is fast; `browser` opens the built site in
// Debian's chromium (src/__tests__/browser.test.ts); `cluster` runs every lab against a real
// cluster (see scripts/__tests__/labs.cluster.test.ts for how it finds one, and when it may skip).
// `npm test` runs those three. `kind` (`npm run test:kind`) checks the reader's path on the
// dedicated kind cluster that `npm run lab -- run --all` creates, and deletes it at the end, so it
// runs on its own, after that command (scripts/__tests__/reader-path.kind.test.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'labs/**/*.test.ts'],
          exclude: ['**/*.cluster.test.ts', '**/*.kind.test.ts', 'src/__tests__/browser.test.ts', 'src/__tests__/base-url.test.ts', 'node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          // base-url.test.ts builds the site under a non-root base URL and checks every link.
          include: ['src/__tests__/browser.test.ts', 'src/__tests__/base-url.test.ts'],
          // One build at a time: two would share (and clobber) the generated `.docusaurus/` folder.
          fileParallelism: false,
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
      {
        test: {
          name: 'kind',
          include: ['**/*.kind.test.ts'],
          exclude: ['node_modules/**'],
          // Its tests run in order: the last one deletes the cluster.
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
