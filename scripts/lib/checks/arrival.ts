/**
 * Checks whose subject reaches the API server a little after the thing it records: a log line
 * (a sidecar's `tail -F` reads its file once a second, busybox's default `-s 1`, and the kubelet
 * serves the container log after the runtime wrote it), and a Job's condition (the Job
 * controller sets `Complete` after the Pod's phase, kubernetes.io/docs/concepts/workloads/controllers/job).
 * A step's wait ends on the Pod's status, which can come first. So a failing verdict of these
 * kinds is read again for a short window before it stands; every other kind is judged once, on
 * one fresh observation.
 */
import type { Check } from '../labs/lab-schema';

/** The kinds read again while they fail. */
export const ARRIVING_KINDS: ReadonlySet<Check['kind']> = new Set(['log-includes', 'job-condition']);

/** How long a failing verdict of those kinds is read again, ms: five of the sidecar's one-second reads. */
export const ARRIVAL_WINDOW_MS: number = 5000;

/** Between two reads, ms. */
export const ARRIVAL_POLL_MS: number = 500;

export interface Settled<T> {
  /** The last read: the first that passed, or the one at the end of the window. */
  value: T;
  /** How many reads it took (1: the first read stood). */
  reads: number;
  /** ms from the first read to the last. */
  waitedMs: number;
}

/**
 * Reads `read()` until `passes` holds or `windowMs` has gone by since the first read, `pollMs`
 * apart. Returns the last read; never throws by itself (an error of `read` propagates).
 * `sleep` and `now` are injectable for tests.
 */
export async function settle<T>(
  read: () => Promise<T>,
  passes: (value: T) => boolean,
  o: { windowMs: number; pollMs: number; sleep?: (ms: number) => Promise<void>; now?: () => number },
): Promise<Settled<T>> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const start = now();
  let value = await read();
  let reads = 1;
  while (!passes(value) && now() - start + o.pollMs <= o.windowMs) {
    await sleep(o.pollMs);
    value = await read();
    reads++;
  }
  return { value, reads, waitedMs: now() - start };
}
