/**
 * What "ready" means: the node is Ready, CoreDNS serves, and a smoke test proves that a Pod
 * runs, that a Service name resolves through cluster DNS from inside a Pod, and that the
 * Service's ClusterIP routes to its backend. A failure names the component most likely at
 * fault and shows the end of its log.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { step } from '../lib/progress';
import { net } from './config';
import { logTail } from './processes';
import { ComponentError, kubectl } from './kube';

const ns = 'cluster-smoke';

/** Runs a readiness step; on failure blames `component` with its log (or what `tail` returns). */
async function expect(title: string, component: string, work: () => Promise<unknown>, tail = () => logTail(component)) {
  try {
    await step(title, work);
  } catch (err) {
    const pods = await kubectl(['get', 'pods', '-A', '-o', 'wide'], { allowFailure: true });
    throw new ComponentError(component, `${(err as Error).message}\n--- kubectl get pods -A ---\n${pods.stdout}`, await tail());
  }
}

const corednsLog = async () =>
  (await kubectl(['-n', 'kube-system', 'logs', 'deployment/coredns', '--tail=25'], { allowFailure: true })).stdout || '(no log)';

/** How long kube-proxy gets to route the cluster DNS Service and the smoke Service, s. */
const SERVICE_WAIT_S = 60;

/**
 * Runs `command` in the smoke client Pod until it exits 0 and its output has `expected`, 1 s
 * apart, each try a new connection of ≤ 3 s, for up to SERVICE_WAIT_S. Throws with the last try's
 * exit code and first line of stderr.
 *
 * One long try is not enough: a connection whose first packet leaves the Pod before kube-proxy
 * has written the Service's rules gets a conntrack entry without the DNAT to a backend, and its
 * retransmits keep that entry (NAT is decided on a connection's first packet, netfilter's
 * nf_nat), so it never arrives. What a cold CI run saw on v1.37.2 is consistent with that: one
 * `timeout 10 wget` failed while kube-proxy's log showed its caches synced and no error. And a
 * Service whose endpoints kube-proxy has not seen yet is rejected: a warm CI run's first
 * `nslookup`, 1 s after CoreDNS became available, got "write to '10.96.0.10': Connection refused".
 */
async function untilAnswered(command: string[], expected: string): Promise<void> {
  const deadline = Date.now() + SERVICE_WAIT_S * 1000;
  for (;;) {
    // Not `wget -T`: Debian's static busybox 1.35 crashes on it; `timeout` bounds each try.
    const r = await kubectl(['-n', ns, 'exec', 'client', '--', 'timeout', '3', ...command], { allowFailure: true, timeoutMs: 10_000 });
    if (r.code === 0 && r.stdout.includes(expected)) return;
    if (Date.now() >= deadline) {
      throw new Error(`no answer to "${command.join(' ')}" within ${SERVICE_WAIT_S}s (last try: exit ${r.code}${r.stdout ? `, answer ${r.stdout.trim()}` : ''}${r.stderr ? `, ${r.stderr.trim().split('\n')[0]}` : ''})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export async function proveReady(): Promise<void> {
  await expect(`Waiting ≤ 120s for node/${net.nodeName} Ready`, 'kubelet', () =>
    kubectl(['wait', '--for=condition=Ready', `node/${net.nodeName}`, '--timeout=120s']),
  );
  await expect('Waiting ≤ 120s for CoreDNS to be available', 'kubelet', () =>
    kubectl(['-n', 'kube-system', 'rollout', 'status', 'deployment/coredns', '--timeout=120s']),
  );
  const manifest = await readFile(fileURLToPath(new URL('./manifests/smoke.yaml', import.meta.url)), 'utf8');
  await kubectl(['delete', 'namespace', ns, '--ignore-not-found', '--wait=true']);
  await kubectl(['create', 'namespace', ns]);
  try {
    await kubectl(['-n', ns, 'apply', '-f', '-'], { input: manifest });
    await expect('Waiting ≤ 120s for smoke-test Pods to run', 'kubelet', () =>
      kubectl(['-n', ns, 'wait', '--for=condition=Ready', 'pod/backend', 'pod/client', '--timeout=120s']),
    );
    const name = `smoke.${ns}.svc.cluster.local`;
    await expect(`Resolving ${name} through cluster DNS from a Pod (≤ ${SERVICE_WAIT_S}s)`, 'coredns', () =>
      untilAnswered(['nslookup', name], 'Name:'), corednsLog,
    );
    await expect(`Reaching the Service by name through its ClusterIP (≤ ${SERVICE_WAIT_S}s)`, 'kube-proxy', () =>
      untilAnswered(['wget', '-qO-', 'http://smoke/'], 'smoke-ok'),
    );
  } finally {
    await kubectl(['delete', 'namespace', ns, '--wait=false'], { allowFailure: true });
  }
}
