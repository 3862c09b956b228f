/**
 * Versions, paths and addresses of the project's own single-node cluster (`npm run cluster:up`).
 * Everything is built from pinned sources; nothing is pulled from a container registry.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { versions } from './versions';

export { versions };

export const cacheDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'multi-container-pod');
export type Component = Exclude<keyof typeof versions, 'debian'>;
/** Image archives, built once from Debian packages and the binaries above. */
export const imageDir = join(cacheDir, 'images');
/** Certificates, kubeconfig, data and logs of the running cluster: `cluster:down` removes it all. */
export const stateDir = join(cacheDir, 'cluster');

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
  pause: `localhost/multi-container-pod/pause:${versions.pause}`,
  coredns: `localhost/multi-container-pod/coredns:v${versions.coredns}`,
};
