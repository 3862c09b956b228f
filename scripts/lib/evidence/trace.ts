/**
 * What `run --evidence` records besides the checks: a `kubectl get pods -w -o wide` transcript
 * of the lab's namespace (each line prefixed with seconds since the run started), and at the end
 * each container's start/finish from the Pod status plus any `LIFECYCLE` lines in its log.
 * The readers over a Pod are pure so the unit tests feed them recorded Pods.
 */
import type { LifecycleEvent, TimelineEntry } from './evidence-schema';
import { lifecycleInTimeOrder } from './evidence-view';
import type { Kubectl } from '../target/kubectl';
import { parseLifecycle } from '../checks/lifecycle';
import { messages } from '../output/messages';
import { log } from '../progress';
import { containerNames, containerStatus, describeState, type ContainerState, type ContainerStatus, type Pod } from '../checks/pod';

export interface Trace {
  transcript: string[];
  timelineOrigin: string;
  observedAt: string;
  timeline: TimelineEntry[];
  lifecycle: LifecycleEvent[];
}

/** Bounds the watch like every other call: the longest lab (waits ≤ 600 s each) ends well before. */
const WATCH_TIMEOUT_MS = 30 * 60_000;
/**
 * On an empty namespace `kubectl get pods -w` prints nothing until a Pod appears, so there is no
 * "watch established" line to wait for. Starting kubectl and its watch takes well under a second
 * here; 1.5 s keeps the first Pending line without slowing every lab much. (A Pod created before
 * the watch is up still appears: the watch's initial list prints it.)
 */
const WATCH_SETTLE_MS = 1_500;

/** `  3.2s  <line>`: the prefix the page shows, seconds since the run started. */
export function stamp(line: string, t0: number, now = Date.now()): string {
  return `${((now - t0) / 1000).toFixed(1).padStart(6)}s  ${line}`;
}

/** Splits chunks into whole lines, stamping each when it completes. */
export function lineStamper(t0: number, now = () => Date.now()) {
  const lines: string[] = [];
  let partial = '';
  return {
    lines,
    push(chunk: string) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) if (l.trim()) lines.push(stamp(l.trimEnd(), t0, now()));
    },
    flush() {
      if (partial.trim()) lines.push(stamp(partial.trimEnd(), t0, now()));
      partial = '';
    },
  };
}

const EVENTS = new Set(['Starting', 'Started', 'Exiting']);

/** The `LIFECYCLE <uptime> <container> Starting|Started|Exiting` lines of a Pod's logs (parsed by lifecycle.ts). */
export function lifecycleOf(pod: string, text: string): LifecycleEvent[] {
  return parseLifecycle(text)
    .filter((e) => EVENTS.has(e.event))
    .map((e) => ({ pod, container: e.container, uptime: e.t, event: e.event as LifecycleEvent['event'] }));
}

function startOf(state: ContainerState | undefined): string | undefined {
  return state?.running?.startedAt ?? state?.terminated?.startedAt ?? undefined;
}

const created = (pod: Pod) => (pod.metadata as { creationTimestamp?: string }).creationTimestamp;

/** One row per container, init containers first, in spec order, Pods in creation order. */
export function timelineOf(pods: Pod[]): TimelineEntry[] {
  const sorted = [...pods].sort((a, b) => Date.parse(created(a) ?? '') - Date.parse(created(b) ?? ''));
  const seen = new Map<string, number>();
  return sorted.flatMap((pod) => {
    // A Pod deleted and created again under the same name is another Pod: `name (2)`.
    const n = (seen.get(pod.metadata.name) ?? 0) + 1;
    seen.set(pod.metadata.name, n);
    const label = n > 1 ? `${pod.metadata.name} (${n})` : pod.metadata.name;
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const specs = [
      ...(pod.spec?.initContainers ?? []).map((c) => ({ name: c.name, kind: (c as { restartPolicy?: string }).restartPolicy === 'Always' ? ('sidecar' as const) : ('init' as const) })),
      ...(pod.spec?.containers ?? []).map((c) => ({ name: c.name, kind: 'main' as const })),
    ];
    return specs.map(({ name, kind }): TimelineEntry => {
      const s: ContainerStatus | undefined = statuses.find((x) => x.name === name);
      const starts = [startOf(s?.lastState), startOf(s?.state)].filter((t): t is string => Boolean(t));
      const t = s?.state?.terminated;
      return {
        pod: label,
        container: name,
        kind,
        ...(starts.length ? { start: starts.sort()[0] } : {}),
        ...(t?.finishedAt ? { end: t.finishedAt } : {}),
        restarts: s?.restartCount ?? 0,
        ...(t ? { exitCode: t.exitCode } : {}),
        // English: evidence.json's `state` is canonical (the pages translate what they show).
        state: describeState(s?.state, 'en', false),
      };
    });
  });
}

/** Time 0 of the chart: the earliest Pod creation (falls back to the run's start). */
export function originOf(pods: Pod[], fallback: string): string {
  const times = pods.map(created).filter((t): t is string => Boolean(t)).sort();
  return times[0] ?? fallback;
}

/** Newest Pod objects first seen by uid: the final state of deleted Pods stays known. */
export function latestPods(lines: string[]): Pod[] {
  const byUid = new Map<string, Pod>();
  for (const line of lines) {
    try {
      const pod = JSON.parse(line) as Pod;
      const uid = (pod.metadata as { uid?: string }).uid ?? pod.metadata.name;
      byUid.set(uid, pod);
    } catch {
      // a line cut off when the watch was stopped
    }
  }
  return [...byUid.values()];
}

/** Runs a `kubectl get pods -w …` until stopped, handing over each complete output line. Also status-watch.ts. */
export async function watchPods(kubectl: Kubectl, namespace: string, args: string[], onLine: (line: string) => void) {
  const abort = new AbortController();
  let partial = '';
  let streamed = false;
  const take = (chunk: string) => {
    streamed = true;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    parts.forEach(onLine);
  };
  let settled: () => void = () => undefined;
  const ready = new Promise<void>((r) => (settled = r));
  const done = kubectl
    .run(['get', 'pods', '-w', '-n', namespace, ...args], {
      signal: abort.signal,
      allowFailure: true,
      timeoutMs: WATCH_TIMEOUT_MS,
      onOutput: (chunk, stream) => {
        settled();
        if (stream === 'stdout') take(chunk);
      },
    })
    .then(
      // An Exec that does not stream (the tests' fake) hands over all output at the end.
      (r) => void (!streamed && take(r.stdout)),
      (err: Error) => log(messages().trace.watchFailed(err.message.split('\n')[0])),
    )
    .finally(settled);
  await Promise.race([ready, new Promise((r) => setTimeout(r, WATCH_SETTLE_MS))]);
  return async () => {
    abort.abort();
    await done;
    if (partial) onLine(partial);
  };
}

/**
 * Starts the watches (call once the namespace exists) and returns `stop`, which reads the Pods
 * and their logs, then ends the watches. Two watches: the `-o wide` one is the transcript the
 * page shows; the JSON one keeps each Pod's last status, also of Pods a step deleted.
 * Failures of the recording never fail the lab: they are logged and leave that part empty.
 */
export async function startTrace(kubectl: Kubectl, namespace: string, t0: number): Promise<{ stop: (keptLogs?: Map<string, string>) => Promise<Trace> }> {
  const stamper = lineStamper(t0);
  const objects: string[] = [];
  const [stopWide, stopJson] = await Promise.all([
    watchPods(kubectl, namespace, ['-o', 'wide'], (l) => stamper.push(`${l}\n`)),
    // One compact JSON object per line (the jsonpath of the whole object).
    watchPods(kubectl, namespace, ['-o', 'jsonpath={@}{"\\n"}'], (l) => objects.push(l)),
  ]);

  return {
    /** `keptLogs`: Pod name → logs kept by the runner from Pods it deleted. */
    async stop(keptLogs = new Map<string, string>()): Promise<Trace> {
      const observedAt = new Date().toISOString();
      let current: Pod[] = [];
      try {
        current = (await kubectl.json<{ items: Pod[] }>(['get', 'pods', '-n', namespace])).items;
      } catch (err) {
        log(messages().trace.podsUnreadable((err as Error).message.split('\n')[0]));
      }
      await Promise.all([stopWide(), stopJson()]);
      stamper.flush();
      const pods = latestPods([...objects, ...current.map((p) => JSON.stringify(p))]);
      const lifecycle: LifecycleEvent[] = [];
      for (const [pod, text] of keptLogs) lifecycle.push(...lifecycleOf(pod, text));
      for (const pod of current.filter((p) => !keptLogs.has(p.metadata.name))) {
        for (const c of containerNames(pod).filter((c) => startOf(containerStatus(pod, c)?.state) ?? startOf(containerStatus(pod, c)?.lastState))) {
          lifecycle.push(...lifecycleOf(pod.metadata.name, await kubectl.logs(namespace, pod.metadata.name, c)));
        }
      }
      return { transcript: stamper.lines, timelineOrigin: originOf(pods, new Date(t0).toISOString()), observedAt, timeline: timelineOf(pods), lifecycle: lifecycleInTimeOrder(lifecycle) };
    },
  };
}
