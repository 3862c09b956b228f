/**
 * The dedicated kind cluster: its own name, its own kubeconfig file (never the user's), a
 * pinned node image. Only this cluster is ever created or deleted.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from './exec';

export const CLUSTER_NAME = 'multi-container-pod';
export const KIND_CONTEXT = `kind-${CLUSTER_NAME}`;
/** Pinned for reproducible runs; kind's release notes list the digest for each kind version. */
export const NODE_IMAGE = 'kindest/node:v1.34.0@sha256:7416a61b42b1662ca6ca89f02028ac133a309a2a30ba309614e8ec94d976dc5a';
/** kind waits this long for the control plane to be Ready. */
const CREATE_WAIT = '120s';

export function kindKubeconfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const cache = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, CLUSTER_NAME, 'kind', 'kubeconfig');
}

export async function clusterExists(exec: Exec): Promise<boolean> {
  const r = await exec(['kind', 'get', 'clusters'], { timeoutMs: 30_000 });
  return r.stdout.split('\n').map((l) => l.trim()).includes(CLUSTER_NAME);
}

export function createCluster(exec: Exec, kubeconfig: string) {
  return exec(['kind', 'create', 'cluster', '--name', CLUSTER_NAME, '--image', NODE_IMAGE, '--kubeconfig', kubeconfig, '--wait', CREATE_WAIT], {
    echo: true,
    // Pulling the node image on a cold machine can take minutes on top of the 120 s wait.
    timeoutMs: 15 * 60_000,
  });
}

/** Writes the cluster's credentials into OUR kubeconfig file (when that file was removed). */
export function exportKubeconfig(exec: Exec, kubeconfig: string) {
  return exec(['kind', 'export', 'kubeconfig', '--name', CLUSTER_NAME, '--kubeconfig', kubeconfig], { timeoutMs: 60_000 });
}

export function deleteCluster(exec: Exec, kubeconfig: string) {
  return exec(['kind', 'delete', 'cluster', '--name', CLUSTER_NAME, '--kubeconfig', kubeconfig], { echo: true, timeoutMs: 5 * 60_000 });
}
