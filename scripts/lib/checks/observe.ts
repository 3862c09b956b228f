/** Gathers, fresh from the cluster, what the judge needs for one check. */
import { isApiCheck } from './api/judge';
import { newApiMemory, observeApiCheck, type ApiMemory } from './api/observe';
import type { Kubectl } from '../target/kubectl';
import type { Check } from '../labs/lab-schema';
import type { Observation } from './judge';
import { messages } from '../output/messages';
import { log } from '../progress';
import { containerNames, containerStatus, type Job, type Pod } from './pod';
import { linesOf } from './status-history';
import type { StatusWatch } from '../run/status-watch';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** managedFields and the last-applied copy of the manifest are noise; dropping them keeps recorded fixtures readable. */
function trim(pod: Pod): Pod {
  const { managedFields: _drop, annotations, ...metadata } = pod.metadata as Pod['metadata'] & { annotations?: Record<string, string> };
  const { [LAST_APPLIED]: _applied, ...rest } = annotations ?? {};
  return { ...pod, metadata: { ...metadata, ...(Object.keys(rest).length ? { annotations: rest } : {}) } };
}

/** What the run remembers between steps, for checks that compare with earlier moments. */
export interface RunMemory {
  /** Pod name → the `metadata.uid` the run first saw (to tell "restarted in place" from "recreated"). */
  uids: Map<string, string>;
  /** Pod name → its containers' logs, followed while a `delete` step took the Pod down. */
  finalLogs: Map<string, string>;
  /** The run's `kubectl get pods -w` (labs with `pod-status-seen` checks; status-watch.ts). */
  statusWatch?: StatusWatch;
  /** Apply outputs, deleted Pods' last objects, the run's manifests: for the API checks (api-checks/). */
  api: ApiMemory;
}

export function newRunMemory(): RunMemory {
  return { uids: new Map(), finalLogs: new Map(), api: newApiMemory() };
}

/** Remembers the first uid seen for each Pod name. */
export function rememberPod(memory: RunMemory, pod: Pod | undefined): void {
  const uid = pod?.metadata.uid as string | undefined;
  if (pod && uid && !memory.uids.has(pod.metadata.name)) memory.uids.set(pod.metadata.name, uid);
}

/** Tries to read a restarted container's previous log this many times, 1 s apart. */
const PREVIOUS_LOG_TRIES = 5;

/**
 * The previous run's log of a container that has restarted. Right after a restart, under load,
 * the kubelet can still refuse it (kubectl.logs then gives '', seen once in CI on co-located's
 * crash-once Pod), although the runtime keeps that run's log: so it asks again, up to 5 times
 * 1 s apart. '' if it never comes (the runtime no longer has that run).
 */
async function previousLog(kubectl: Kubectl, namespace: string, pod: string, container: string): Promise<string> {
  for (let i = 1; ; i++) {
    const text = await kubectl.logs(namespace, pod, container, undefined, true);
    if (text || i >= PREVIOUS_LOG_TRIES) return text;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * Every container's log, the previous run's too for a restarted container (a restart replaces
 * `kubectl logs`; `--previous` keeps one run back), one after another. The lifecycle parser
 * sorts the LIFECYCLE lines by time and drops duplicates.
 */
export async function podLogs(kubectl: Kubectl, namespace: string, pod: Pod): Promise<string> {
  const parts: string[] = [];
  const lost: string[] = [];
  for (const name of containerNames(pod)) {
    const s = containerStatus(pod, name);
    if (!s || !(s.state?.running || s.state?.terminated || s.lastState?.terminated)) continue;
    const previous = s.restartCount ? await previousLog(kubectl, namespace, pod.metadata.name, name) : '';
    if (previous) parts.push(previous);
    else if (s.restartCount) lost.push(name);
    parts.push(await kubectl.logs(namespace, pod.metadata.name, name));
  }
  if (lost.length) parts.push(await lifecycleFile(kubectl, namespace, pod, lost));
  return parts.join('\n');
}

/**
 * Where lab containers that restart also append their LIFECYCLE lines: a file on an emptyDir
 * that every container of the Pod mounts at `/lifecycle` (co-located's restart-pod.yaml,
 * native-sidecar's lifecycle-pod.yaml). It outlives a container's runs, for as long as the Pod.
 */
export const LIFECYCLE_FILE = '/lifecycle/events.log';

/**
 * The LIFECYCLE file, read in a running container that mounts it, when a restarted container's
 * previous run has no log any more: the kubelet's container GC (every minute) removes it when its
 * pass falls between the new run's creation and its start, since a created container counts as
 * dead and only the newest dead one per container is kept (kuberuntime_gc.go; seen under load on
 * native-sidecar's sidecar-lifecycle Pod). The parser drops the lines the logs already had.
 * '' (and a line saying so) when no running container mounts the file.
 */
async function lifecycleFile(kubectl: Kubectl, namespace: string, pod: Pod, lost: string[]): Promise<string> {
  const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])] as { name: string; volumeMounts?: { mountPath: string }[] }[];
  const reader = specs.find((c) => containerStatus(pod, c.name)?.state?.running && c.volumeMounts?.some((v) => LIFECYCLE_FILE.startsWith(`${v.mountPath.replace(/\/$/, '')}/`)));
  const m = messages().lifecycleFile;
  if (!reader) {
    log(m.none(pod.metadata.name, lost, LIFECYCLE_FILE));
    return '';
  }
  log(m.reading(pod.metadata.name, lost, LIFECYCLE_FILE, reader.name));
  const r = await kubectl.execIn(namespace, pod.metadata.name, reader.name, ['cat', LIFECYCLE_FILE]);
  return r.code === 0 ? r.stdout : '';
}

export async function observe(kubectl: Kubectl, namespace: string, check: Check, memory: RunMemory = newRunMemory()): Promise<Observation> {
  if (isApiCheck(check)) {
    const o = await observeApiCheck(kubectl, namespace, check, memory.api);
    return { ...o, pod: trim(o.pod) };
  }
  if (check.kind === 'job-condition') {
    const job = await kubectl.job(namespace, check.job);
    const jobPods = (await kubectl.jobPods(namespace, check.job)).map(trim);
    return { pod: jobPods[0] ?? { metadata: { name: `(no pod of job/${check.job})`, namespace } }, ...(job ? { job: trimJob(job) } : {}), jobPods };
  }
  const found = await kubectl.pod(namespace, check.pod);
  rememberPod(memory, found);
  const pod = found ? trim(found) : { metadata: { name: check.pod, namespace } };
  if (check.kind === 'exec') {
    const r = await kubectl.execIn(namespace, check.pod, check.container, check.command);
    return { pod, exec: { code: r.code, stdout: r.stdout, stderr: r.stderr } };
  }
  if (check.kind === 'log-includes') {
    // Current first, then previous: a run that ends in between shows up in one of the two.
    const current = await kubectl.logs(namespace, check.pod, check.container);
    const previous = check.includePrevious ? await kubectl.logs(namespace, check.pod, check.container, undefined, true) : '';
    return { pod, log: [previous, current].filter(Boolean).join('\n') };
  }
  if (check.kind === 'same-pod') return { pod, firstUid: memory.uids.get(check.pod) };
  if (check.kind === 'pod-status-seen') return { pod, watch: linesOf(memory.statusWatch?.lines() ?? [], check.pod) };
  if (check.kind === 'lifecycle-order' || check.kind === 'lifecycle-count' || check.kind === 'lifecycle-together') {
    const kept = memory.finalLogs.get(check.pod);
    return { pod, lifecycle: kept ?? (found ? await podLogs(kubectl, namespace, found) : '') };
  }
  return { pod };
}

function trimJob(job: Job): Job {
  const { managedFields: _drop, annotations: _annotations, ...metadata } = job.metadata as Job['metadata'] & { managedFields?: unknown; annotations?: unknown };
  return { ...job, metadata };
}
