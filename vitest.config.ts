import { defineConfig } from 'vitest/config';

// Five projects: `unit` needs no cluster and is fast; `browser` opens the built site in
// Debian's chromium (src/__tests__/browser.test.ts); `cluster` runs every lab against a real
// cluster (see scripts/__tests__/labs/labs.cluster.test.ts for how it finds one, and when it may skip).
// `npm test` runs those three. `kind` (`npm run test:kind`) checks the reader's path on the
// dedicated kind cluster that `npm run lab -- run --all` creates, and deletes it at the end, so it
// runs on its own, after that command (scripts/__tests__/target/reader-path.kind.test.ts). `gate-off`
// (`npm run test:gate-off`) needs a cluster with native sidecars off (.ci/versions-stage).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'labs/**/*.test.ts'],
          exclude: ['**/*.cluster.test.ts', '**/*.kind.test.ts', '**/*.gate-off.test.ts', 'src/__tests__/browser.test.ts', 'src/__tests__/base-url.test.ts', 'node_modules/**'],
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
          // browser.test.ts's suites are `describe.concurrent` (a project's `sequence.concurrent` is
          // not applied in vitest 4.1): 4 tests at a time.
          maxConcurrency: 4,
        },
      },
      {
        test: {
          name: 'cluster',
          include: ['**/*.cluster.test.ts'],
          exclude: ['node_modules/**'],
          // Files one after another. labs.cluster.test.ts runs the labs through the CLI's
          // `run --all`, which runs them side by side (each in its own namespace, --parallel 4);
          // concurrent tests elsewhere (tasks.cluster.test.ts) at most as many at once.
          fileParallelism: false,
          maxConcurrency: 4,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          // On a cluster with native sidecars off (.ci/versions-stage brings one up and sets
          // LAB_GATE_OFF_KUBECONFIG): the runner's preflight and the sidecar-gate-off lab.
          name: 'gate-off',
          include: ['**/*.gate-off.test.ts'],
          exclude: ['node_modules/**'],
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
