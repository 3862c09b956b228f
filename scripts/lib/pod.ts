/**
 * The part of a Kubernetes Pod object the runner reads (what `kubectl get pod -o json` returns),
 * and small readers over it shared by the waits and the judge.
 */
export interface ContainerState {
  running?: { startedAt?: string };
  terminated?: { exitCode: number; reason?: string; startedAt?: string; finishedAt?: string };
  waiting?: { reason?: string; message?: string };
}

export interface ContainerStatus {
  name: string;
  state?: ContainerState;
  lastState?: ContainerState;
  restartCount?: number;
  ready?: boolean;
  started?: boolean;
}

export interface Pod {
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  spec?: { initContainers?: { name: string }[]; containers?: { name: string }[]; [key: string]: unknown };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string }[];
    initContainerStatuses?: ContainerStatus[];
    containerStatuses?: ContainerStatus[];
    [key: string]: unknown;
  };
}

/** Native sidecars and init containers report in initContainerStatuses, the rest in containerStatuses. */
export function containerStatus(pod: Pod, name: string): ContainerStatus | undefined {
  const all = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return all.find((s) => s.name === name);
}

export function containerNames(pod: Pod): string[] {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.name);
}

/** One phrase for a container's current state: `running since …`, `terminated exit 0 (Completed) at …`, `waiting (PodInitializing)`. */
export function describeState(state: ContainerState | undefined): string {
  if (state?.running) return `running since ${state.running.startedAt ?? '?'}`;
  if (state?.terminated) {
    const t = state.terminated;
    return `terminated exit ${t.exitCode}${t.reason ? ` (${t.reason})` : ''} at ${t.finishedAt ?? '?'}`;
  }
  if (state?.waiting) return `waiting${state.waiting.reason ? ` (${state.waiting.reason})` : ''}`;
  return 'no state reported';
}

export function describeContainer(pod: Pod, name: string): string {
  const s = containerStatus(pod, name);
  if (!s) return `${name}: no status yet`;
  const restarts = s.restartCount ? `, ${s.restartCount} restart(s)` : '';
  return `${name}: ${describeState(s.state)}${restarts}`;
}

/** A one-line summary of the whole Pod, used when a wait times out. */
export function describePod(pod: Pod): string {
  const containers = containerNames(pod).map((n) => describeContainer(pod, n));
  return [`phase ${pod.status?.phase ?? '?'}`, ...containers].join('; ');
}
