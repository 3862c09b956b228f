/** A step's wait: polls the Pod until its `until` holds, with the step's explicit deadline. */
import type { Kubectl } from './kubectl';
import type { Wait } from './lab-schema';
import { containerStatus, describePod, type Pod } from './pod';
import { poll } from './progress';

type Until = Wait['until'];

export function describeUntil(until: Until): string {
  if ('condition' in until) return `condition ${until.condition}`;
  if ('phase' in until) return `phase ${until.phase}`;
  if ('containerRunning' in until) return `container ${until.containerRunning} running`;
  if ('restartsAtLeast' in until) return `container ${until.restartsAtLeast.container} restarted ≥ ${until.restartsAtLeast.count} time(s)`;
  return `container ${until.containerTerminated} terminated`;
}

/** Pure: whether the Pod has reached `until`. */
export function reached(until: Until, pod: Pod): boolean {
  if ('condition' in until) return pod.status?.conditions?.some((c) => c.type === until.condition && c.status === 'True') ?? false;
  if ('phase' in until) return pod.status?.phase === until.phase;
  if ('containerRunning' in until) return Boolean(containerStatus(pod, until.containerRunning)?.state?.running);
  if ('restartsAtLeast' in until) return (containerStatus(pod, until.restartsAtLeast.container)?.restartCount ?? 0) >= until.restartsAtLeast.count;
  const s = containerStatus(pod, until.containerTerminated);
  return Boolean(s?.state?.terminated ?? s?.lastState?.terminated);
}

export async function waitFor(kubectl: Kubectl, namespace: string, wait: Wait, pollIntervalMs = 1000): Promise<Pod> {
  let last: Pod | undefined;
  let lastError: string | undefined;
  try {
    return await poll(
      `pod/${wait.pod} ${describeUntil(wait.until)}`,
      async () => {
        // A failed read (API server restarting, request timeout) counts as "not yet" until the deadline.
        try {
          last = await kubectl.pod(namespace, wait.pod);
          lastError = undefined;
        } catch (err) {
          lastError = (err as Error).message.split('\n')[0];
          return undefined;
        }
        return last && reached(wait.until, last) ? last : undefined;
      },
      { timeoutMs: wait.timeoutSeconds * 1000, intervalMs: pollIntervalMs },
    );
  } catch (err) {
    const seen = last ? describePod(last) : 'the Pod does not exist';
    throw new Error(`${(err as Error).message}; last seen: ${seen}${lastError ? `; last error: ${lastError}` : ''}`);
  }
}
