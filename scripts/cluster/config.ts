/**
 * Versions, paths and addresses of the project's own single-node cluster (`npm run cluster:up`).
 * Everything is built from pinned sources; nothing is pulled from a container registry.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { releases, versions, type KubernetesVersion } from './versions';

export { releases, versions, type KubernetesVersion };

export const cacheDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'multi-container-pod');
export type Component = Exclude<keyof typeof versions, 'debian'>;
/** Image archives, built once from Debian packages and the binaries above. */
export const imageDir = join(cacheDir, 'images');

/**
 * Which cluster this process works on, read once from the environment (scripts/cluster/cli.ts
 * sets it from `--kubernetes`, `--feature-gates` and `--name`):
 * - `kubernetes`: a key of `releases` (default the project's version);
 * - `featureGates`: `Name=true|false,…`, passed to every component that reads gates;
 * - `name`: the cluster's state folder under the cache (default `cluster`). A cluster with another
 *   name keeps its Pods under its own cgroup root, so two clusters can run on one host when each
 *   has its own network namespace (ports, iptables, the bridge and the node address are per namespace).
 * Throws on an unknown version or a malformed gate list, naming what is accepted.
 */
function selectCluster(env: NodeJS.ProcessEnv) {
  const kubernetes = (env.LAB_CLUSTER_KUBERNETES || versions.kubernetes).replace(/^v/, '');
  if (!(kubernetes in releases)) {
    throw new Error(`Kubernetes ${kubernetes} is not one the CI cluster builds; choose one of ${Object.keys(releases).join(', ')} (scripts/cluster/versions.ts)`);
  }
  const featureGates: Record<string, boolean> = {};
  for (const pair of (env.LAB_CLUSTER_FEATURE_GATES ?? '').split(',').filter(Boolean)) {
    const m = /^([A-Za-z0-9]+)=(true|false)$/.exec(pair.trim());
    if (!m) throw new Error(`feature gate "${pair}" is not Name=true or Name=false (e.g. SidecarContainers=false)`);
    featureGates[m[1]] = m[2] === 'true';
  }
  const name = env.LAB_CLUSTER_NAME || 'cluster';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`cluster name "${name}" must be lower-case letters, digits and dashes`);
  return { kubernetes: kubernetes as KubernetesVersion, ...releases[kubernetes as KubernetesVersion], featureGates, name };
}
export const cluster = selectCluster(process.env);

/** `A=false,B=true`, as component flags take them; empty when no gate is set. */
export const featureGatesFlag = Object.entries(cluster.featureGates).map(([k, v]) => `${k}=${v}`).join(',');

/** Certificates, kubeconfig, data and logs of the running cluster: `cluster:down` removes it all. */
export const stateDir = join(cacheDir, cluster.name);
/** The kubelet's cgroup root: `/` for the default cluster, a folder of its own for any other. */
export const cgroupRoot = cluster.name === 'cluster' ? '/' : `/multi-container-pod-${cluster.name}`;

export const paths = {
  kubeconfig: join(stateDir, 'kubeconfig'),
  pki: join(stateDir, 'pki'),
  logs: join(stateDir, 'logs'),
  run: join(stateDir, 'run'),
  containerdSocket: join(stateDir, 'run', 'containerd.sock'),
};

/**
 * Addresses. The node address sits on the loopback device: it is local to this machine, never
 * routed anywhere else, and is not in 127.0.0.0/8 (an endpoint address may not be loopback).
 */
export const net = {
  nodeName: 'lab-node',
  nodeIP: '10.250.0.1',
  podCIDR: '10.244.0.0/24',
  clusterCIDR: '10.244.0.0/16',
  serviceCIDR: '10.96.0.0/16',
  apiServiceIP: '10.96.0.1',
  dnsServiceIP: '10.96.0.10',
  bridge: 'labbr0',
  apiPort: 6443,
};

/** Local names of the images the cluster itself runs (never pulled: IfNotPresent with a tag). */
export const infraImages = {
  pause: `localhost/multi-container-pod/pause:${cluster.pause}`,
  coredns: `localhost/multi-container-pod/coredns:v${cluster.coredns}`,
};
