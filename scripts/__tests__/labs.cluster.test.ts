/**
 * Every lab against a real cluster, through the same library as `npm run lab -- run`.
 * Which cluster, and when the tests skip or fail without one: cluster-target.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllLabs, loadLab } from '../lib/labs/labs';
import { runLab } from '../lib/run/run-lab';
import { findClusterOrWarn, onCluster, type Connected } from './cluster-target';

let cluster: Connected | string | undefined;

/**
 * The labs an ordinary cluster runs: all but those that need a cluster of their own kind
 * (lab.ts `cluster`, e.g. sidecar-gate-off, which runs in .ci/versions-stage on a cluster with
 * native sidecars off; sidecar-preflight.cluster.test.ts checks that the runner refuses it here).
 */
const ordinaryLabs = (await loadAllLabs()).filter((l) => l.lab.cluster === undefined).map((l) => l.lab.name);

// Reaching the API server allows a 10 s request timeout, plus kubectl start-up.
beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

/** No reachable cluster: a failure when one is required (CI), else a skip that says why. */
async function labOnCluster(name: string, ctx: { skip: (note: string) => void }) {
  onCluster(cluster, ctx);
  return loadLab(name);
}

// Side by side, as `npm run lab -- run --all` runs them (each lab in its own namespace); the
// cluster project's maxConcurrency (vitest.config.ts) caps how many at once.
describe.concurrent('labs on a real cluster', () => {
  it.for(ordinaryLabs)(
    '%s passes',
    // A lab pulls images on a fresh node and its waits allow up to 600 s each; 10 minutes
    // covers the slowest lab with headroom while still ending a hung run.
    { timeout: 10 * 60_000 },
    async (name, ctx) => {
      const loaded = await labOnCluster(name, ctx);
      const result = await runLab(loaded, { ...(cluster as Connected), out: (l) => process.stderr.write(`${l}\n`) });
      const failed = result.checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.evidence}`);
      const stepErrors = result.steps.filter((s) => s.error).map((s) => `${s.title}: ${s.error}`);
      expect([...stepErrors, ...failed], `lab ${name} failed (namespace ${result.namespace})`).toEqual([]);
      expect(result.passed).toBe(true);
    },
  );

  // Every lab has a broken variant that its checks must catch: exactly the expected checks fail.
  it.for(ordinaryLabs)(
    '%s [broken] fails exactly where expected',
    { timeout: 10 * 60_000 }, // as above
    async (name, ctx) => {
      const loaded = await labOnCluster(name, ctx);
      expect(loaded.variants.has('broken'), `lab ${name} has no broken variant (labs/${name}/lab.ts: variants.broken)`).toBe(true);
      const result = await runLab(loaded, { ...(cluster as Connected), variant: 'broken', out: (l) => process.stderr.write(`${l}\n`) });
      const stepErrors = result.steps.filter((s) => s.error).map((s) => `${s.title}: ${s.error}`);
      expect(stepErrors, `lab ${name} [broken]: a step failed (namespace ${result.namespace})`).toEqual([]);
      const failed = result.checks.filter((c) => !c.pass).map((c) => c.id).sort();
      expect(failed, `lab ${name} [broken]: the failing checks differ from variants.broken.expectFailing`).toEqual([...result.expectFailing!].sort());
      expect(result.passed).toBe(true);
    },
  );
});
