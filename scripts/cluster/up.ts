/**
 * `npm run cluster:up`: builds (or reuses) the binaries and images, starts a single-node
 * cluster on this machine and waits until it is really ready (see ready.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { exec } from '../lib/exec';
import { log, poll, step } from '../lib/progress';
import { buildAll } from './build';
import { components, type Component } from './components';
import { cluster, featureGatesFlag, infraImages, net, paths } from './config';
import { down } from './down';
import { preflight, setUpHost } from './host';
import { buildImages, importImages } from './images';
import { createPki } from './pki';
import { logTail, pidOf, start } from './processes';
import { proveReady } from './ready';
import { ComponentError, kubectl } from './kube';

async function launch(component: Component, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const argv = await component.prepare();
  await start(component.name, argv);
  try {
    await poll(`${component.name} to be ready`, async () => {
      if ((await pidOf(component.name)) === undefined) throw new Error('exited');
      return (await ready()) ? true : undefined;
    }, { timeoutMs, intervalMs: 500 });
  } catch (err) {
    throw new ComponentError(component.name, (err as Error).message, await logTail(component.name));
  }
}

const httpOk = (url: string) => async () => (await fetch(url).catch(() => undefined))?.ok === true;
const tcpOpen = (port: number) => () =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
const succeeds = (argv: string[]) => async () => (await exec(argv, { allowFailure: true, timeoutMs: 5000 })).code === 0;
const kubectlSucceeds = (args: string[]) => async () =>
  (await kubectl([...args, '--request-timeout=5s'], { allowFailure: true, timeoutMs: 8000 })).code === 0;

/** True when a cluster from an earlier `up` still runs and answers. */
async function running(): Promise<boolean> {
  for (const c of Object.values(components)) if ((await pidOf(c.name)) === undefined) return false;
  return existsSync(paths.kubeconfig) && (await kubectlSucceeds(['get', '--raw', '/readyz'])());
}

export async function up(): Promise<void> {
  await preflight();
  await buildAll();
  await buildImages();
  if (await running()) {
    log('A cluster from an earlier cluster:up is running: checking that it is ready');
  } else {
    await down({ quiet: true });
    await startCluster();
  }
  await proveReady();
  const { stdout } = await kubectl(['version', '-o', 'json']);
  log(`Cluster ready: Kubernetes ${JSON.parse(stdout).serverVersion.gitVersion} on node ${net.nodeName}`);
  process.stdout.write(`KUBECONFIG=${paths.kubeconfig}\n`);
}

async function startCluster(): Promise<void> {
  await step('Preparing the host (sysctls, node address) and certificates', async () => {
    await setUpHost();
    await createPki();
  });
  const c = components;
  await launch(c.containerd, succeeds(['ctr', '--address', paths.containerdSocket, 'version']));
  await step('Importing images into containerd', () => importImages(paths.containerdSocket));
  await launch(c.etcd, httpOk('http://127.0.0.1:2379/health'));
  await launch(c.apiserver, kubectlSucceeds(['get', '--raw', '/readyz']), 120_000);
  await launch(c.controllerManager, kubectlSucceeds(['get', '--raw', '/api/v1/namespaces/default/serviceaccounts/default']));
  await launch(c.scheduler, tcpOpen(10259));
  await launch(c.kubelet, kubectlSucceeds(['wait', '--for=condition=Ready', `node/${net.nodeName}`, '--timeout=2s']), 120_000);
  await launch(c.kubeProxy, succeeds(['sh', '-c', 'iptables -t nat -S KUBE-SERVICES | grep -q default/kubernetes']));
  await step('Deploying CoreDNS', async () => {
    const manifest = (await readFile(fileURLToPath(new URL('./manifests/coredns.yaml', import.meta.url)), 'utf8'))
      .replace('COREDNS_IMAGE', infraImages.coredns)
      .replace('CLUSTER_DNS_IP', net.dnsServiceIP);
    await kubectl(['apply', '-f', '-'], { input: manifest });
  });
  log(`Control plane v${cluster.kubernetes}${featureGatesFlag ? ` (feature gates ${featureGatesFlag})` : ''} started; state in ${paths.kubeconfig.replace(/\/kubeconfig$/, '')}`);
}
