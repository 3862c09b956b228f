/**
 * A step's `delete`: takes a Pod down while following every container's log, so that the
 * checks after it can read how the Pod shut down (LIFECYCLE `Exiting` lines, in the order the
 * kubelet stopped the containers) although the Pod, its volumes and its logs are gone.
 */
import type { Kubectl } from '../target/kubectl';
import { containerNames, containerStatus } from '../checks/pod';
import { messages } from '../output/messages';
import { log } from '../progress';

/**
 * `kubectl logs -f` needs a moment to attach to the kubelet; a stream that attaches after its
 * container was removed gets nothing. 2 s is ample on one node, and short next to any lab.
 */
export const ATTACH_MS = 2_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Deletes the Pod; returns every container's log (previous runs included) as it ended. */
export async function deleteFollowingLogs(kubectl: Kubectl, namespace: string, name: string, timeoutSeconds: number, attachMs = ATTACH_MS): Promise<string> {
  const pod = await kubectl.pod(namespace, name);
  const m = messages().deleteStep;
  if (!pod) throw new Error(m.missing(name));
  // Runs before this one (restarts) only survive in --previous, and only while the Pod exists.
  const before: string[] = [];
  for (const c of containerNames(pod)) if (containerStatus(pod, c)?.restartCount) before.push(await kubectl.logs(namespace, name, c, undefined, true));
  const started = containerNames(pod).filter((c) => containerStatus(pod, c)?.state?.running);
  const follows = started.map((c) => kubectl.followLogs(namespace, name, c, (timeoutSeconds + 10) * 1000));
  await sleep(attachMs);
  log(m.deleting(name, timeoutSeconds, started));
  const t0 = Date.now();
  await kubectl.deletePod(namespace, name, timeoutSeconds);
  const logs = await Promise.all(follows);
  log(m.gone(name, `${((Date.now() - t0) / 1000).toFixed(1)}s`));
  return [...before, ...logs].filter(Boolean).join('\n');
}
