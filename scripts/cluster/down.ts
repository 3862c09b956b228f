/**
 * `npm run cluster:down`: stops every process that cluster:up started, the containers'
 * shims with them, puts the host back and removes the state folder. Safe to run twice.
 */
import { rm } from 'node:fs/promises';
import { exec } from '../lib/exec';
import { log } from '../lib/progress';
import { components } from './components';
import { paths, stateDir } from './config';
import { cleanUpHost } from './host';
import { started, stop } from './processes';

export async function down({ quiet = false } = {}): Promise<void> {
  // Reverse start order: the kubelet first, so that nothing restarts what we stop.
  const order = Object.values(components).map((c) => c.name).reverse();
  const names = await started();
  for (const name of [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))]) {
    if (!quiet) log(`Stopping ${name}`);
    await stop(name);
  }
  // Containers outlive containerd in their shims; stop the shims of our containerd only.
  await exec(['pkill', '-KILL', '-f', `containerd-shim-runc-v2 .*-address ${paths.containerdSocket}`], { allowFailure: true });
  await cleanUpHost();
  await rm(stateDir, { recursive: true, force: true });
  if (!quiet) log('Cluster removed');
}
