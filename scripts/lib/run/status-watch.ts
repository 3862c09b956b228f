/**
 * The watch behind `pod-status-seen` checks: `kubectl get pods -w -o wide` in the lab's namespace
 * for the whole run, each line stamped with seconds since the run started, as in the evidence's
 * transcript (trace.ts). Started only for labs that have such a check or a wait on `statusSeen` (wait.ts).
 */
import type { Kubectl } from '../target/kubectl';
import type { Lab } from '../labs/lab-schema';
import { lineStamper, watchPods } from '../evidence/trace';
import { readsStatusWatch } from './wait';

export interface StatusWatch {
  /** The lines printed so far. */
  lines(): string[];
  stop(): Promise<void>;
}

/** Whether a run of `lab` watches: it has a `pod-status-seen` check or a wait on `statusSeen`. */
export function needsStatusWatch(lab: Lab): boolean {
  return lab.steps.some((s) => s.checks.some((c) => c.check.kind === 'pod-status-seen') || (s.wait !== undefined && readsStatusWatch(s.wait.until)));
}

/** Call once the namespace exists; a Pod created before the watch is up still appears (its initial list). */
export async function startStatusWatch(kubectl: Kubectl, namespace: string, t0: number): Promise<StatusWatch> {
  const stamper = lineStamper(t0);
  const stop = await watchPods(kubectl, namespace, ['-o', 'wide'], (l) => stamper.push(`${l}\n`));
  return {
    lines: () => [...stamper.lines],
    async stop() {
      await stop();
      stamper.flush();
    },
  };
}
