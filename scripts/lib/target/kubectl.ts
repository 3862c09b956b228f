/**
 * kubectl against one target. Every call passes --kubeconfig and --context explicitly, so the
 * runner never depends on (or changes) anyone's current context.
 */
import { eventLines, type KubeEvent } from '../run/events';
import type { Exec, ExecOptions, ExecResult } from '../exec';
import { messages } from '../output/messages';
import { currentOwner, formatOwner, parseOwner, type Owner } from '../run/owner';
import type { Job, Pod } from '../checks/pod';

export interface Target {
  kubeconfig: string;
  context: string;
}

export const MANAGED_BY = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'multi-container-pod-lab';
export const LAB_LABEL = 'multi-container-pod/lab';
/** The run that created a namespace: `host/pid/start` (owner.ts). */
export const OWNER_ANNOTATION = 'multi-container-pod/owner';
/** Set on a namespace kept with --keep: sweeps leave it; `clean` deletes it. */
export const KEPT_ANNOTATION = 'multi-container-pod/kept';

/** One of the runner's namespaces, as a sweep sees it. */
export interface LabNamespace {
  name: string;
  terminating: boolean;
  /** Undefined for a namespace made by a runner older than owner annotations. */
  owner?: Owner;
  kept: boolean;
}

/**
 * The kubelet's answer when the container runtime no longer has the container whose log was asked
 * for: HTTP 200 with this line as the whole body, so kubectl prints it on stdout and exits 0. Seen
 * for `kubectl logs --previous` of an init container waiting in `Init:Error` (the kubelet keeps only
 * its last run), with `containerd://<id>`.
 */
export function isLogRefusal(stdout: string): boolean {
  return /^unable to retrieve container logs for [a-z]+:\/\/\S+$/.test(stdout.trim());
}

/** Most calls answer in seconds; the bound keeps a hung API server from hanging the run. */
const CALL_TIMEOUT_MS = 60_000;

export class Kubectl {
  constructor(
    readonly exec: Exec,
    readonly target: Target,
  ) {}

  argv(args: string[]): string[] {
    return ['kubectl', '--kubeconfig', this.target.kubeconfig, '--context', this.target.context, ...args];
  }

  run(args: string[], options: ExecOptions = {}): Promise<ExecResult> {
    return this.exec(this.argv(args), { timeoutMs: CALL_TIMEOUT_MS, ...options });
  }

  async json<T>(args: string[]): Promise<T> {
    return JSON.parse((await this.run([...args, '-o', 'json'])).stdout) as T;
  }

  /** The server's version, and at the same time the reachability check (10 s request timeout). */
  async serverVersion(): Promise<string> {
    const r = await this.run(['version', '-o', 'json', '--request-timeout=10s'], { timeoutMs: 30_000 });
    const v = JSON.parse(r.stdout) as { serverVersion?: { gitVersion?: string } };
    return v.serverVersion?.gitVersion ?? 'unknown';
  }

  /** The Pod, or undefined while it does not exist yet. */
  async pod(namespace: string, name: string): Promise<Pod | undefined> {
    const r = await this.run(['get', 'pod', name, '-n', namespace, '-o', 'json'], { allowFailure: true });
    if (r.code === 0) return JSON.parse(r.stdout) as Pod;
    if (/NotFound|not found/.test(r.stderr)) return undefined;
    throw new Error(messages().command.kubectlFailed(`kubectl get pod ${name} -n ${namespace}`, r.stderr.trim()));
  }

  apply(namespace: string, manifest: string): Promise<ExecResult> {
    return this.run(['apply', '-n', namespace, '-f', '-'], { input: manifest });
  }

  execIn(namespace: string, pod: string, container: string, command: string[]): Promise<ExecResult> {
    return this.run(['exec', '-n', namespace, pod, '-c', container, '--', ...command], { allowFailure: true });
  }

  /**
   * A container's log. With `previous`, the run before the current one: '' when there is none to
   * read (never restarted: kubectl exits 1; or removed by the kubelet, see isLogRefusal), since
   * the callers add it to the current log and a message there would read as a line the container printed.
   */
  async logs(namespace: string, pod: string, container: string, tail?: number, previous = false): Promise<string> {
    const args = ['logs', '-n', namespace, pod, '-c', container, ...(tail ? [`--tail=${tail}`] : []), ...(previous ? ['--previous'] : [])];
    const r = await this.run(args, { allowFailure: true });
    const refused = r.code === 0 && isLogRefusal(r.stdout);
    if (r.code === 0 && !refused) return r.stdout;
    if (previous) return '';
    return messages().command.noLogs((refused ? r.stdout : r.stderr).trim());
  }

  /**
   * Follows a container's log until the container exits (`kubectl logs -f` ends then), or
   * until `timeoutMs`. Returns what was printed, from the container's first line.
   */
  async followLogs(namespace: string, pod: string, container: string, timeoutMs: number): Promise<string> {
    const r = await this.run(['logs', '-f', '-n', namespace, pod, '-c', container], { allowFailure: true, timeoutMs });
    return r.stdout;
  }

  /** Deletes a Pod and waits (bounded) until it is gone. */
  deletePod(namespace: string, pod: string, timeoutSeconds: number): Promise<ExecResult> {
    return this.run(['delete', 'pod', pod, '-n', namespace, '--wait=true', `--timeout=${timeoutSeconds}s`], { timeoutMs: (timeoutSeconds + 30) * 1000 });
  }

  /** The Job, or undefined while it does not exist. */
  async job(namespace: string, name: string): Promise<Job | undefined> {
    const r = await this.run(['get', 'job', name, '-n', namespace, '-o', 'json'], { allowFailure: true });
    if (r.code === 0) return JSON.parse(r.stdout) as Job;
    if (/NotFound|not found/.test(r.stderr)) return undefined;
    throw new Error(messages().command.kubectlFailed(`kubectl get job ${name} -n ${namespace}`, r.stderr.trim()));
  }

  /** The Pods a Job created (label set by the Job controller). */
  async jobPods(namespace: string, job: string): Promise<Pod[]> {
    return (await this.json<{ items: Pod[] }>(['get', 'pods', '-n', namespace, '-l', `batch.kubernetes.io/job-name=${job}`])).items;
  }

  /** The namespace's events, one line each, in time order (events.ts says how). */
  async events(namespace: string): Promise<string[]> {
    return eventLines((await this.json<{ items: KubeEvent[] }>(['get', 'events', '-n', namespace])).items);
  }

  /**
   * Creates a namespace carrying the runner's labels and its owner (this run: host, pid and
   * start time; see owner.ts), in one call (apply).
   */
  createNamespace(name: string, lab: string, owner: Owner = currentOwner()): Promise<ExecResult> {
    const ns = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: { [MANAGED_BY]: MANAGED_BY_VALUE, [LAB_LABEL]: lab }, annotations: { [OWNER_ANNOTATION]: formatOwner(owner) } },
    };
    return this.run(['apply', '-f', '-'], { input: JSON.stringify(ns) });
  }

  /** Marks a namespace as kept on purpose (--keep), so that sweeps leave it to `clean`. */
  markKept(name: string): Promise<ExecResult> {
    return this.run(['annotate', 'namespace', name, `${KEPT_ANNOTATION}=true`, '--overwrite']);
  }

  /** Namespaces the runner created (by label). */
  async labNamespaces(): Promise<string[]> {
    return (await this.labNamespaceInfo()).map((n) => n.name);
  }

  /** The runner's namespaces with what a sweep needs: phase, owner, whether kept on purpose. */
  async labNamespaceInfo(): Promise<LabNamespace[]> {
    const list = await this.json<{ items: { metadata: { name: string; annotations?: Record<string, string> }; status?: { phase?: string } }[] }>([
      'get', 'namespaces', '-l', `${MANAGED_BY}=${MANAGED_BY_VALUE}`,
    ]);
    return list.items.map((n) => ({
      name: n.metadata.name,
      terminating: n.status?.phase === 'Terminating',
      owner: parseOwner(n.metadata.annotations?.[OWNER_ANNOTATION]),
      kept: n.metadata.annotations?.[KEPT_ANNOTATION] === 'true',
    }));
  }

  /**
   * Waits until a namespace no longer exists, polling every second; resolves with the time it
   * took (ms). Errors: still there after `timeoutMs`.
   */
  async waitNamespaceGone(name: string, timeoutMs: number): Promise<number> {
    const t0 = Date.now();
    for (;;) {
      const r = await this.run(['get', 'namespace', name, '-o', 'name'], { allowFailure: true });
      if (r.code !== 0 && /NotFound|not found/.test(r.stderr)) return Date.now() - t0;
      if (Date.now() - t0 > timeoutMs) throw new Error(messages().namespace.stillThere(name, Math.round(timeoutMs / 1000)));
      await new Promise((res) => setTimeout(res, 1000));
    }
  }

  /**
   * Deletes a namespace only if it carries the runner's label; a missing one is fine (safe to
   * run twice). Returns what happened, for the log.
   */
  async deleteLabNamespace(name: string): Promise<'deleting' | 'absent' | 'not ours' | 'already terminating'> {
    const r = await this.run(['get', 'namespace', name, '-o', `jsonpath={.metadata.labels.${MANAGED_BY.replace(/\./g, '\\.')}} {.status.phase}`], { allowFailure: true });
    if (r.code !== 0) {
      if (/NotFound|not found/.test(r.stderr)) return 'absent';
      throw new Error(messages().command.kubectlFailed(`kubectl get namespace ${name}`, r.stderr.trim()));
    }
    const [label, phase] = r.stdout.trim().split(' ');
    if (label !== MANAGED_BY_VALUE) return 'not ours';
    if (phase === 'Terminating') return 'already terminating';
    // The lab is over: its Pods get 1 s to stop instead of their grace period, so containers that
    // ignore SIGTERM as PID 1 (busybox httpd, sleep) do not hold the namespace for 30 s. Labs that
    // prove how a shutdown goes delete their Pod themselves, in a step, before this.
    await this.run(['delete', 'pods', '--all', '-n', name, '--grace-period=1', '--wait=false', '--ignore-not-found'], { allowFailure: true });
    // --wait=false: the namespace finishes terminating in the background (waitNamespaceGone waits).
    await this.run(['delete', 'namespace', name, '--wait=false', '--ignore-not-found']);
    return 'deleting';
  }
}
