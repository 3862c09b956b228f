/**
 * `npm run cluster:down`: stops every process that cluster:up started, the containers'
 * shims with them, puts the host back and removes the state folder. Safe to run twice.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { exec } from '../lib/exec';
import { log } from '../lib/progress';
import { components } from './components';
import { paths, stateDir } from './config';
import { cleanUpHost } from './host';
import { count, deletePodLinks, describe, findLeftovers, killPodProcesses } from './leftovers';
import { started, stop } from './processes';

/** The network namespaces containerd made for our Pods (read before containerd stops). */
async function podNetworkNamespaces(): Promise<string[]> {
  if (!existsSync(paths.containerdSocket)) return [];
  const ctr = ['ctr', '--address', paths.containerdSocket, '-n', 'k8s.io', 'containers'];
  const ids = await exec([...ctr, 'ls', '-q'], { allowFailure: true, timeoutMs: 10_000 });
  if (ids.code !== 0) return [];
  const found = new Set<string>();
  for (const id of ids.stdout.split('\n').filter(Boolean)) {
    const info = await exec([...ctr, 'info', id], { allowFailure: true, timeoutMs: 10_000 });
    for (const m of info.stdout.matchAll(/"path":\s*"(\/var\/run\/netns\/cni-[^"]+)"/g)) found.add(m[1]);
  }
  return [...found];
}

/**
 * Stops the cluster and removes everything it left; then checks that nothing is left (a process
 * in a Pod cgroup, a shim, a Pod network namespace or mount, a veth or the bridge) and fails
 * naming each one if something is. `quiet` (from cluster:up): says only what an earlier cluster
 * had left, if anything.
 */
export async function down({ quiet = false } = {}): Promise<void> {
  const before = await findLeftovers();
  if (quiet && count(before) > 0) log(`Removing what an earlier cluster left on this host (${before.processes.length} processes, ${before.mounts.length} mounts, ${before.links.length} network interfaces)`);
  const netns = await podNetworkNamespaces();
  // Reverse start order: the kubelet first, so that nothing restarts what we stop.
  const order = Object.values(components).map((c) => c.name).reverse();
  const names = await started();
  for (const name of [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))]) {
    if (!quiet) log(`Stopping ${name}`);
    await stop(name);
  }
  // Containers outlive containerd in their shims, and a shim's children outlive the shim (they
  // are reparented to init): kill every process in the Pods' cgroups, and the shims.
  await killPodProcesses();
  // Pod network namespaces: those containerd knew of, and any an earlier cluster left mounted.
  for (const ns of new Set([...netns, ...before.mounts.filter((m) => /\/netns\/cni-/.test(m))])) {
    await exec(['umount', ns], { allowFailure: true });
    await rm(ns, { force: true });
  }
  await deletePodLinks();
  await cleanUpHost();
  await rm(stateDir, { recursive: true, force: true });
  const after = await findLeftovers();
  if (count(after) > 0) throw new Error(`cluster:down left these on the host:\n${describe(after)}`);
  if (!quiet) log(`Cluster removed; no process, mount or network interface of it is left${count(before) > 0 ? ` (removed ${before.processes.length} processes, ${before.mounts.length} mounts, ${before.links.length} network interfaces)` : ''}`);
}
