/**
 * A step's wait: polls the Pod until its `until` holds, with the step's explicit deadline. A Pod
 * that is not there and will not come (nothing applied creates it, or it was deleted) fails the
 * wait at once, naming the Pods that are there, instead of using up the deadline.
 */
import { parseAllDocuments } from 'yaml';
import type { Kubectl } from '../target/kubectl';
import type { Lab, Wait } from '../labs/lab-schema';
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';
import { containerStatus, describePod, type Pod } from '../checks/pod';
import { poll } from '../progress';
import { statusChanges } from '../checks/status-history';

type Until = Wait['until'];
type AllOf = Extract<Until, { allOf: unknown }>;
type Condition = Exclude<Until, { anyOf: unknown } | AllOf>;

/** The alternatives of `until` (its `anyOf`, else itself), each as the conditions that must all hold. */
function alternatives(until: Until): Condition[][] {
  return ('anyOf' in until ? until.anyOf : [until]).map((a) => ('allOf' in a ? a.allOf : [a]));
}

/** Whether `until` reads the status watch (a `statusSeen` condition): the run must then watch (status-watch.ts). */
export function readsStatusWatch(until: Until): boolean {
  return alternatives(until).some((all) => all.some((c) => 'statusSeen' in c));
}

/** What a wait waits for, as the progress lines say it: `pod/app condition Ready` (in `lang`, else the CLI's). */
export function describeUntil(pod: string, until: Until, lang?: LabLang): string {
  const m = messages(lang).wait;
  const one = (c: Condition): string => {
    if ('condition' in c) return m.condition(pod, c.condition);
    if ('phase' in c) return m.phase(pod, c.phase);
    if ('containerRunning' in c) return m.running(pod, c.containerRunning);
    if ('restartsAtLeast' in c) return m.restarted(pod, c.restartsAtLeast.container, c.restartsAtLeast.count);
    if ('statusSeen' in c) return m.statusSeen(pod, c.statusSeen);
    return m.terminated(pod, c.containerTerminated);
  };
  const alts = alternatives(until);
  const all = (cs: Condition[]) => cs.map(one).join(m.and);
  return alts.length === 1 ? all(alts[0]) : alts.map((cs) => (cs.length > 1 ? `(${all(cs)})` : all(cs))).join(m.or);
}

/** Pure: whether the Pod meets one condition; `statusLines` as for `reached`. */
function meets(c: Condition, pod: Pod, statusLines: string[]): boolean {
  if ('condition' in c) return pod.status?.conditions?.some((x) => x.type === c.condition && x.status === 'True') ?? false;
  if ('phase' in c) return pod.status?.phase === c.phase;
  if ('containerRunning' in c) return Boolean(containerStatus(pod, c.containerRunning)?.state?.running);
  if ('restartsAtLeast' in c) return (containerStatus(pod, c.restartsAtLeast.container)?.restartCount ?? 0) >= c.restartsAtLeast.count;
  if ('statusSeen' in c) return statusChanges(statusLines, pod.metadata.name).some((s) => s.status === c.statusSeen);
  const s = containerStatus(pod, c.containerTerminated);
  return Boolean(s?.state?.terminated ?? s?.lastState?.terminated);
}

/**
 * Pure: whether the Pod has reached `until` (one of its `anyOf` with every condition of an `allOf`).
 * `statusLines` are the status watch's lines so far (`  14.8s  init-fails-always   0/1
 * Init:CrashLoopBackOff …`, seconds since the run started; status-watch.ts), read by `statusSeen`;
 * without them a `statusSeen` condition is never met.
 */
export function reached(until: Until, pod: Pod, statusLines: string[] = []): boolean {
  return alternatives(until).some((all) => all.every((c) => meets(c, pod, statusLines)));
}

/** A manifest file as applied: its name in manifests/ and its text (a variant's, where it replaces one). */
export interface AppliedManifest {
  file: string;
  text: string;
}

/** The manifests a run has applied by the end of step `stepIndex`'s applies, in order: what a wait in that step can expect. */
export function appliedUpTo(lab: Lab, manifests: Map<string, string>, stepIndex: number): AppliedManifest[] {
  return lab.steps.slice(0, stepIndex + 1).flatMap((s) => (s.apply ?? []).map((file) => ({ file, text: manifests.get(file) ?? '' })));
}

/** Kinds whose objects make Pods of their own (named `<owner>-<suffix>`, `<owner>-<ordinal>`, …). */
const POD_OWNERS = new Set(['Job', 'CronJob', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

export interface PodSources {
  /** Pod name → the file that creates it directly (`kind: Pod`). */
  pods: Map<string, string>;
  /** `Kind/name` of every applied object that creates Pods itself. */
  owners: string[];
  files: string[];
}

/** Pure: what the applied manifests create that a wait could be waiting for. */
export function podSources(applied: AppliedManifest[]): PodSources {
  const pods = new Map<string, string>();
  const owners: string[] = [];
  const visit = (obj: unknown, file: string) => {
    if (!obj || typeof obj !== 'object') return;
    const o = obj as { kind?: string; metadata?: { name?: string }; items?: unknown[] };
    if (o.kind === 'List') return o.items?.forEach((item) => visit(item, file));
    const name = o.metadata?.name ?? '';
    if (o.kind === 'Pod') pods.set(name, file);
    else if (o.kind && POD_OWNERS.has(o.kind)) owners.push(`${o.kind}/${name}`);
  };
  for (const { file, text } of applied) for (const doc of parseAllDocuments(text)) if (!('empty' in doc && doc.empty)) visit(doc.toJS(), file);
  return { pods, owners, files: [...new Set(applied.map((a) => a.file))] };
}

/**
 * How long a Pod of this name may be missing before the wait gives up on it: none when the
 * applied manifests create it directly (`kubectl apply` has returned, so it exists unless it was
 * deleted) or nothing applied creates Pods at all; a short grace when only controllers (a Job, …)
 * make Pods here, as they create theirs a moment after the apply.
 */
export const OWNED_POD_GRACE_MS = 10_000;

export function absentGraceMs(pod: string, sources: PodSources, ownedGraceMs = OWNED_POD_GRACE_MS): number {
  return !sources.pods.has(pod) && sources.owners.length > 0 ? ownedGraceMs : 0;
}

export interface WaitOptions {
  /** Poll interval; tests shorten it. */
  pollIntervalMs?: number;
  /**
   * What this run has applied (appliedUpTo). With it, a missing Pod fails the wait at once (after
   * absentGraceMs); without it, a missing Pod counts as "not yet" until the deadline.
   */
  applied?: AppliedManifest[];
  /** Grace for controller-made Pods (default OWNED_POD_GRACE_MS); tests shorten it. */
  ownedGraceMs?: number;
  /** Language of the failure that names the Pods present. */
  lang?: LabLang;
  /**
   * The status watch's lines so far (StatusWatch.lines), read on every poll by a `statusSeen`
   * condition; a wait with one throws at once without them (the run did not start the watch).
   */
  statusLines?: () => string[];
}

/** Why the Pod will not come, naming the Pods that are there; undefined when it is there after all (or the list failed). */
async function absentPod(kubectl: Kubectl, namespace: string, pod: string, sources: PodSources, seen: boolean, graceMs: number, lang?: LabLang): Promise<Error | undefined> {
  let names: string[];
  try {
    names = (await kubectl.json<{ items: Pod[] }>(['get', 'pods', '-n', namespace])).items.map((p) => p.metadata.name);
  } catch {
    return undefined;
  }
  if (names.includes(pod)) return undefined; // created between the two reads
  const m = messages(lang).podAbsent;
  const file = sources.pods.get(pod);
  const reason = seen || file ? m.deleted(pod, file ? [file] : sources.owners) : sources.owners.length ? m.notAppeared(pod, sources.owners, Number((graceMs / 1000).toFixed(1))) : m.notCreated(pod, sources.files);
  return new Error(`${reason}; ${m.existing(namespace, names)}${seen || file ? '' : `; ${m.fix}`}`);
}

export async function waitFor(kubectl: Kubectl, namespace: string, wait: Wait, o: WaitOptions = {}): Promise<Pod> {
  if (readsStatusWatch(wait.until) && !o.statusLines) throw new Error(`waiting for ${describeUntil(wait.pod, wait.until, 'en')} needs the status watch (status-watch.ts), which this run did not start`);
  const sources = o.applied && podSources(o.applied);
  const graceMs = sources ? absentGraceMs(wait.pod, sources, o.ownedGraceMs) : Infinity;
  let last: Pod | undefined;
  let seen = false;
  let absentSince = Date.now();
  let lastError: string | undefined;
  let absent: Error | undefined;
  try {
    return await poll(
      describeUntil(wait.pod, wait.until, o.lang),
      async () => {
        // A failed read (API server restarting, request timeout) counts as "not yet" until the deadline.
        try {
          last = await kubectl.pod(namespace, wait.pod);
          lastError = undefined;
        } catch (err) {
          lastError = (err as Error).message.split('\n')[0];
          return undefined;
        }
        if (last) {
          seen = true;
          absentSince = Date.now();
        } else if (sources && Date.now() - absentSince >= graceMs) {
          absent = await absentPod(kubectl, namespace, wait.pod, sources, seen, graceMs, o.lang);
          if (absent) throw absent;
        }
        return last && reached(wait.until, last, o.statusLines?.()) ? last : undefined;
      },
      { timeoutMs: wait.timeoutSeconds * 1000, intervalMs: o.pollIntervalMs ?? 1000 },
    );
  } catch (err) {
    if (err === absent) throw err;
    const m = messages(o.lang).wait;
    const seenAs = last ? describePod(last, o.lang) : m.noPod;
    throw new Error(`${(err as Error).message}; ${m.lastSeen(seenAs)}${lastError ? `; ${m.lastError(lastError)}` : ''}`);
  }
}
