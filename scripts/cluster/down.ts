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

export async function down({ quiet = false } = {}): Promise<void> {
  const netns = await podNetworkNamespaces();
  // Reverse start order: the kubelet first, so that nothing restarts what we stop.
  const order = Object.values(components).map((c) => c.name).reverse();
  const names = await started();
  for (const name of [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))]) {
    if (!quiet) log(`Stopping ${name}`);
    await stop(name);
  }
  // Containers outlive containerd in their shims; stop the shims of our containerd only.
  await exec(['pkill', '-KILL', '-f', `containerd-shim-runc-v2 .*-address ${paths.containerdSocket}`], { allowFailure: true });
  for (const ns of netns) {
    await exec(['umount', ns], { allowFailure: true });
    await rm(ns, { force: true });
  }
  await cleanUpHost();
  await rm(stateDir, { recursive: true, force: true });
  if (!quiet) log('Cluster removed');
}
