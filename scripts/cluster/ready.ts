/**
 * What "ready" means: the node is Ready, CoreDNS serves, and a smoke test proves that a Pod
 * runs, that a Service name resolves through cluster DNS from inside a Pod, and that the
 * Service's ClusterIP routes to its backend.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { step } from '../lib/progress';
import { net } from './config';
import { kubectl } from './up';

const ns = 'cluster-smoke';

export async function proveReady(): Promise<void> {
  await step(`Waiting ≤ 120s for node/${net.nodeName} Ready`, () =>
    kubectl(['wait', '--for=condition=Ready', `node/${net.nodeName}`, '--timeout=120s']),
  );
  await step('Waiting ≤ 120s for CoreDNS to be available', () =>
    kubectl(['-n', 'kube-system', 'rollout', 'status', 'deployment/coredns', '--timeout=120s']),
  );
  const manifest = await readFile(fileURLToPath(new URL('./manifests/smoke.yaml', import.meta.url)), 'utf8');
  await kubectl(['delete', 'namespace', ns, '--ignore-not-found', '--wait=true']);
  await kubectl(['create', 'namespace', ns]);
  try {
    await kubectl(['-n', ns, 'apply', '-f', '-'], { input: manifest });
    await step('Waiting ≤ 120s for smoke-test Pods to run', () =>
      kubectl(['-n', ns, 'wait', '--for=condition=Ready', 'pod/backend', 'pod/client', '--timeout=120s']),
    );
    const name = `smoke.${ns}.svc.cluster.local`;
    await step(`Resolving ${name} through cluster DNS from a Pod`, () =>
      kubectl(['-n', ns, 'exec', 'client', '--', 'nslookup', name]),
    );
    await step('Reaching the Service by name through its ClusterIP', async () => {
      // Not `wget -T`: Debian's static busybox 1.35 crashes on it; `timeout` bounds the request.
      const { stdout } = await kubectl(['-n', ns, 'exec', 'client', '--', 'timeout', '10', 'wget', '-qO-', 'http://smoke/']);
      if (!stdout.includes('smoke-ok')) throw new Error(`unexpected answer from the smoke Service: ${stdout}`);
    });
  } finally {
    await kubectl(['delete', 'namespace', ns, '--wait=false'], { allowFailure: true });
  }
}
