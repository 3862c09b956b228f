/**
 * The part of a Kubernetes Pod object the runner reads (what `kubectl get pod -o json` returns),
 * and small readers over it shared by the waits and the judge.
 */
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';

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

/**
 * One phrase for a container's current state, in `lang` (else the CLI's --lang; messages.ts):
 * `running since …`, `terminated exit 0 (Completed) at …`, `waiting (PodInitializing)`; with
 * `timed` false, without the time (`running`, `terminated exit 0 (Completed)`: a timeline's state).
 */
export function describeState(state: ContainerState | undefined, lang?: LabLang, timed = true): string {
  const m = messages(lang).evidence;
  if (state?.running) return m.running(timed ? (state.running.startedAt ?? '?') : undefined);
  if (state?.terminated) {
    const t = state.terminated;
    return m.terminated(`exit ${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`, timed ? (t.finishedAt ?? '?') : undefined);
  }
  if (state?.waiting) return m.waiting(state.waiting.reason ? ` (${state.waiting.reason})` : '');
  return m.noState;
}

/** `app: running since …, 2 restart(s)`, in `lang` (else the CLI's --lang). */
export function describeContainer(pod: Pod, name: string, lang?: LabLang): string {
  const s = containerStatus(pod, name);
  const m = messages(lang).evidence;
  if (!s) return m.noStatus(name);
  const restarts = s.restartCount ? m.restarts(String(s.restartCount)) : '';
  return `${name}: ${describeState(s.state, lang)}${restarts}`;
}

/** A one-line summary of the whole Pod (`phase Running; app: running since …`), used when a wait times out; in `lang`. */
export function describePod(pod: Pod, lang?: LabLang): string {
  const containers = containerNames(pod).map((n) => describeContainer(pod, n, lang));
  return [`phase ${pod.status?.phase ?? '?'}`, ...containers].join('; ');
}

/**
 * The STATUS column of `kubectl get pod` (`Init:CrashLoopBackOff`, `Init:Error`, `Running`, …),
 * computed from the Pod the way kubectl's printer does (pkg/printers/internalversion printPod),
 * without the node-lost cases the labs never see.
 */
export function podStatusColumn(pod: Pod): string {
  let reason = (pod.status?.reason as string | undefined) || pod.status?.phase || 'Unknown';
  const inits = pod.spec?.initContainers ?? [];
  let initializing = false;
  for (const [i, s] of (pod.status?.initContainerStatuses ?? []).entries()) {
    const t = s.state?.terminated;
    const sidecar = (inits.find((c) => c.name === s.name) as { restartPolicy?: string } | undefined)?.restartPolicy === 'Always';
    if (t && t.exitCode === 0) continue;
    if (sidecar && s.started) continue;
    initializing = true;
    if (t) reason = t.reason ? `Init:${t.reason}` : `Init:ExitCode:${t.exitCode}`;
    else if (s.state?.waiting?.reason && s.state.waiting.reason !== 'PodInitializing') reason = `Init:${s.state.waiting.reason}`;
    else reason = `Init:${i}/${inits.length}`;
    break;
  }
  const initialized = pod.status?.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True') ?? false;
  if (!initializing || initialized) {
    let hasRunning = false;
    for (const s of [...(pod.status?.containerStatuses ?? [])].reverse()) {
      if (s.state?.waiting?.reason) reason = s.state.waiting.reason;
      else if (s.state?.terminated) reason = s.state.terminated.reason || `ExitCode:${s.state.terminated.exitCode}`;
      else if (s.ready && s.state?.running) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) reason = 'Running';
  }
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  return reason;
}

/** The part of a Job the runner reads (`kubectl get job -o json`). */
export interface Job {
  metadata: { name: string; uid?: string; [key: string]: unknown };
  status?: {
    conditions?: { type: string; status: string; reason?: string; lastTransitionTime?: string }[];
    active?: number;
    succeeded?: number;
    failed?: number;
    [key: string]: unknown;
  };
}
