/**
 * The one place that decides which cluster the cluster tests (`*.cluster.test.ts`) use, and
 * whether they skip or fail without one. Cluster: LAB_KUBECONFIG (and optional LAB_CONTEXT),
 * else the dedicated kind cluster if its kubeconfig exists. No reachable cluster: fails under CI
 * or LAB_REQUIRE_CLUSTER, else skips saying why.
 */
import { existsSync } from 'node:fs';
import { exec } from '../../lib/exec';
import { kindKubeconfigPath, KIND_CONTEXT } from '../../lib/target/kind';
import type { Kubectl } from '../../lib/target/kubectl';
import { connect, resolveTarget, type ResolvedTarget } from '../../lib/target/target';

export const clusterRequired = Boolean(process.env.CI || process.env.LAB_REQUIRE_CLUSTER);

export interface Connected {
  kubectl: Kubectl;
  serverVersion: string;
}

/** The connected cluster, or why there is none. */
export async function findCluster(): Promise<Connected | string> {
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

/** For `beforeAll`: finds the cluster and says once when the tests are going to skip. */
export async function findClusterOrWarn(): Promise<Connected | string> {
  const cluster = await findCluster();
  if (typeof cluster === 'string' && !clusterRequired) console.warn(`skipping cluster tests: ${cluster} (set LAB_KUBECONFIG, or CI/LAB_REQUIRE_CLUSTER to make this a failure)`);
  return cluster;
}

/** In a test: the cluster; without one, a failure when one is required (CI), else a skip that says why. */
export function onCluster(cluster: Connected | string | undefined, ctx: { skip: (note: string) => void }): Connected {
  if (typeof cluster !== 'object') {
    const why = cluster ?? 'the cluster was not looked for (beforeAll did not run)';
    if (clusterRequired) throw new Error(why);
    ctx.skip(why);
  }
  return cluster as Connected;
}
