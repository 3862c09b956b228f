/** Gathers, fresh from the cluster, what the judge needs for one check. */
import type { Kubectl } from './kubectl';
import type { Check } from './lab-schema';
import type { Observation } from './judge';
import type { Pod } from './pod';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** managedFields and the last-applied copy of the manifest are noise; dropping them keeps recorded fixtures readable. */
function trim(pod: Pod): Pod {
  const { managedFields: _drop, annotations, ...metadata } = pod.metadata as Pod['metadata'] & { annotations?: Record<string, string> };
  const { [LAST_APPLIED]: _applied, ...rest } = annotations ?? {};
  return { ...pod, metadata: { ...metadata, ...(Object.keys(rest).length ? { annotations: rest } : {}) } };
}

export async function observe(kubectl: Kubectl, namespace: string, check: Check): Promise<Observation> {
  const found = await kubectl.pod(namespace, check.pod);
  const pod = found ? trim(found) : { metadata: { name: check.pod, namespace } };
  if (check.kind === 'exec') {
    const r = await kubectl.execIn(namespace, check.pod, check.container, check.command);
    return { pod, exec: { code: r.code, stdout: r.stdout, stderr: r.stderr } };
  }
  if (check.kind === 'log-includes') return { pod, log: await kubectl.logs(namespace, check.pod, check.container) };
  return { pod };
}
