/**
 * Every lab against a real cluster, through the same library as `npm run lab -- run`.
 * Cluster: LAB_KUBECONFIG (and optional LAB_CONTEXT), else the dedicated kind cluster if its
 * kubeconfig exists. No reachable cluster: fails under CI or LAB_REQUIRE_CLUSTER, else skips
 * saying why.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../lib/exec';
import { kindKubeconfigPath, KIND_CONTEXT } from '../lib/kind';
import type { Kubectl } from '../lib/kubectl';
import { labNames, loadLab } from '../lib/labs';
import { runLab } from '../lib/run-lab';
import { connect, resolveTarget, type ResolvedTarget } from '../lib/target';

const required = Boolean(process.env.CI || process.env.LAB_REQUIRE_CLUSTER);

async function findCluster(): Promise<{ kubectl: Kubectl; serverVersion: string } | string> {
  let target: ResolvedTarget | undefined;
  try {
    if (process.env.LAB_KUBECONFIG) {
      target = await resolveTarget(exec, { kubeconfig: process.env.LAB_KUBECONFIG, context: process.env.LAB_CONTEXT, create: false });
    } else {
      const kubeconfig = kindKubeconfigPath();
      if (!existsSync(kubeconfig)) return `no LAB_KUBECONFIG set and no dedicated kind cluster (${kubeconfig} does not exist; create it with npm run lab -- run --all)`;
      target = { kubeconfig, context: KIND_CONTEXT, dedicated: true };
    }
    return await connect(exec, target!);
  } catch (err) {
    const tried = target ? `context "${target.context}" in ${target.kubeconfig}` : `LAB_KUBECONFIG=${process.env.LAB_KUBECONFIG}`;
    return `no reachable cluster (tried ${tried}): ${(err as Error).message}`;
  }
}

let cluster: Awaited<ReturnType<typeof findCluster>>;

// Reaching the API server allows a 10 s request timeout, plus kubectl start-up.
beforeAll(async () => {
  cluster = await findCluster();
  if (typeof cluster === 'string' && !required) console.warn(`skipping cluster tests: ${cluster} (set LAB_KUBECONFIG, or CI/LAB_REQUIRE_CLUSTER to make this a failure)`);
}, 60_000);

type Connected = Exclude<typeof cluster, string>;

/** No reachable cluster: a failure when one is required (CI), else a skip that says why. */
async function labOnCluster(name: string, ctx: { skip: (note: string) => void }) {
  if (typeof cluster === 'string') {
    if (required) throw new Error(cluster);
    ctx.skip(cluster);
  }
  return loadLab(name);
}

describe('labs on a real cluster', () => {
  it.for(labNames())(
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
  it.for(labNames())(
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
