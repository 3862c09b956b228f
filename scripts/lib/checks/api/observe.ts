/**
 * Gathers what the API check kinds need (schema.ts), and what the run must capture for them as
 * it goes: the output of each step's `kubectl apply`, and the Pod as it went while a step deleted it.
 */
import type { ExecResult } from '../../exec';
import type { Kubectl } from '../../target/kubectl';
import type { Pod } from '../pod';
import { log } from '../../progress';
import { watchPods } from '../../evidence/trace';
import type { ApiCheck, ApiObservation, QuotaStatus } from './judge';

/** What the run keeps for these checks (RunMemory.api in observe.ts). */
export interface ApiMemory {
  /** The manifests this run applies (a variant's where it replaces one): file → text. */
  manifests: Map<string, string>;
  /** File → what the step's `kubectl apply` of it printed. */
  applied: Map<string, ExecResult>;
  /** Pod name → the Pod objects seen while a step deleted it (see watchDeletion). */
  deletions: Map<string, Pod[]>;
}

export function newApiMemory(): ApiMemory {
  return { manifests: new Map(), applied: new Map(), deletions: new Map() };
}

/** A ResourceQuota's status, or undefined while it does not exist. */
async function quotaStatus(kubectl: Kubectl, namespace: string, name: string): Promise<QuotaStatus | undefined> {
  const r = await kubectl.run(['get', 'resourcequota', name, '-n', namespace, '-o', 'json'], { allowFailure: true });
  if (r.code !== 0) return undefined;
  const { hard, used } = (JSON.parse(r.stdout) as { status?: QuotaStatus }).status ?? {};
  return { hard, used };
}

/**
 * The quota controller fills a new quota's `status.used` a moment after it is created, and until
 * then admission refuses Pods with "status unknown for quota". Waits for it, ≤ 30 s (it takes
 * under a second on an idle cluster), so the check judges the quota, not the controller's delay.
 */
const QUOTA_READY_MS = 30_000;

async function quotaReady(kubectl: Kubectl, namespace: string, name: string, resource: string): Promise<QuotaStatus | undefined> {
  const t0 = Date.now();
  for (;;) {
    const s = await quotaStatus(kubectl, namespace, name);
    if (s?.used?.[resource] !== undefined || Date.now() - t0 > QUOTA_READY_MS) return s;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function applyOwn(kubectl: Kubectl, namespace: string, file: string, manifest: string, dryRun: boolean): Promise<NonNullable<ApiObservation['apply']>> {
  const flags = dryRun ? ['--dry-run=server'] : [];
  log(`kubectl apply -n ${namespace} ${flags.join(' ')}${flags.length ? ' ' : ''}-f manifests/${file} (the check's own apply)`);
  const r = await kubectl.run(['apply', '-n', namespace, ...flags, '-f', '-'], { input: manifest, allowFailure: true });
  return { command: `kubectl apply -n ${namespace} ${flags.map((f) => `${f} `).join('')}-f ${file}`, code: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** The deletion as the server recorded it: the first object with a deletionTimestamp (see ApiObservation.deletion). */
export function deletionOf(objects: Pod[]): ApiObservation['deletion'] {
  const first = objects.find((p) => p.metadata.deletionTimestamp);
  if (!first) return undefined;
  const grace = Number(first.metadata.deletionGracePeriodSeconds ?? 0);
  const at = Date.parse(first.metadata.deletionTimestamp as string) - grace * 1000;
  return { requestedAt: new Date(at).toISOString().replace('.000Z', 'Z'), gracePeriodSeconds: grace };
}

/** Observation for an API check; `pod` is the Pod the check names (fresh), or the last seen while it was deleted. */
export async function observeApiCheck(kubectl: Kubectl, namespace: string, check: ApiCheck, memory: ApiMemory): Promise<{ pod: Pod; api: ApiObservation }> {
  const none: Pod = { metadata: { name: '(no pod)', namespace } };
  const text = (file: string) => {
    const t = memory.manifests.get(file);
    if (t === undefined) throw new Error(`manifests/${file} is not a manifest of this lab`);
    return t;
  };
  switch (check.kind) {
    case 'apply-rejected':
      return { pod: none, api: { apply: await applyOwn(kubectl, namespace, check.manifest, text(check.manifest), check.dryRun ?? false) } };
    case 'apply-warned':
      return { pod: none, api: { applyStderr: memory.applied.get(check.manifest)?.stderr } };
    case 'stored-field':
      return { pod: (await kubectl.pod(namespace, check.pod)) ?? { metadata: { name: check.pod, namespace } }, api: {} };
    case 'killed-after-delete': {
      const seen = memory.deletions.get(check.pod) ?? [];
      return { pod: seen.at(-1) ?? { metadata: { name: check.pod, namespace } }, api: { deletion: deletionOf(seen) } };
    }
    case 'quota-admission': {
      const before = await quotaReady(kubectl, namespace, check.quota, check.resource);
      const apply = await applyOwn(kubectl, namespace, check.manifest, text(check.manifest), false);
      const after = await quotaStatus(kubectl, namespace, check.quota);
      return { pod: none, api: { apply, quota: { before, after } } };
    }
  }
}

/**
 * Watches one Pod (`kubectl get pods -w`, one JSON object per line) while a step deletes it, so
 * that its last status (exit codes, finish times) and the deletion request stay known after the
 * Pod is gone. Call before the delete; `stop` after it returns the objects seen, in order.
 */
export async function watchDeletion(kubectl: Kubectl, namespace: string, pod: string): Promise<{ stop: () => Promise<Pod[]> }> {
  const objects: Pod[] = [];
  const stop = await watchPods(kubectl, namespace, ['--field-selector', `metadata.name=${pod}`, '-o', 'jsonpath={@}{"\\n"}'], (line) => {
    try {
      objects.push(JSON.parse(line) as Pod);
    } catch {
      // a line cut off when the watch was stopped
    }
  });
  return {
    async stop() {
      // The watch's DELETED event can trail `kubectl delete --wait` by a moment.
      await new Promise((r) => setTimeout(r, 500));
      await stop();
      return objects;
    },
  };
}
