/**
 * Judges the API check kinds (schema.ts) from what observe.ts gathered. Pure, like
 * scripts/lib/checks/judge.ts, so the unit tests feed it observations recorded from a real cluster.
 */
import type { Check } from '../../labs/lab-schema';
import { containerStatus, type Pod } from '../pod';
import { parseQuantity } from './quantity';
import { API_CHECK_KINDS } from './schema';
import type { LabLang } from '../../labs/lab-text';
import { messages } from '../../output/messages';

export type ApiCheck = Extract<Check, { kind: (typeof API_CHECK_KINDS)[number] }>;

export function isApiCheck(check: Check): check is ApiCheck {
  return (API_CHECK_KINDS as readonly string[]).includes(check.kind);
}

/** A ResourceQuota's `status`, as read before and after an apply. */
export interface QuotaStatus {
  hard?: Record<string, string>;
  used?: Record<string, string>;
}

/** What observe.ts gathers for the API checks, beside the Pod. */
export interface ApiObservation {
  /** `apply-rejected`, `quota-admission`: the check's own apply (command shown without kubeconfig). */
  apply?: { command: string; code: number; stdout: string; stderr: string };
  /** `apply-warned`: what the step's `kubectl apply` of the manifest printed on stderr; undefined if no step applied it. */
  applyStderr?: string;
  /**
   * `killed-after-delete`: when the delete was requested, from the first Pod object seen with a
   * `deletionTimestamp` (the server sets it to request time + grace period, so request time =
   * deletionTimestamp − deletionGracePeriodSeconds); the observation's `pod` is the last object seen.
   */
  deletion?: { requestedAt: string; gracePeriodSeconds: number };
  /** `quota-admission`: the quota's status before and after the apply (undefined if it does not exist). */
  quota?: { before?: QuotaStatus; after?: QuotaStatus };
}

export interface ApiVerdict {
  pass: boolean;
  evidence: string;
}

/** One line of output, flattened and cut, in quotes. */
function flat(text: string, max = 300): string {
  const t = text.trim().replace(/\s*\n\s*/g, ' ⏎ ');
  return JSON.stringify(t.length > max ? `${t.slice(0, max)}…` : t);
}

type Found = { parent: true; present: boolean; value: unknown } | { parent: false; missing: string };

/**
 * Follows `path` (schema.ts: `spec.containers[app].restartPolicy`) through an object. A missing
 * parent (no such container) is reported as such, never as an absent field.
 */
export function lookup(obj: unknown, path: string): Found {
  const segments = path.split('.');
  let at: unknown = obj;
  let walked = '';
  for (const [i, seg] of segments.entries()) {
    const [, key, sel] = /^(\w+)(?:\[([\w-]+)\])?$/.exec(seg) ?? [];
    const last = i === segments.length - 1;
    if (!at || typeof at !== 'object') return { parent: false, missing: walked || '(root)' };
    const here = at as Record<string, unknown>;
    if (last && sel === undefined) return { parent: true, present: key in here, value: here[key] };
    at = here[key];
    walked = walked ? `${walked}.${key}` : key;
    if (sel !== undefined) {
      if (!Array.isArray(at)) return { parent: false, missing: walked };
      at = /^\d+$/.test(sel) ? at[Number(sel)] : at.find((e) => (e as { name?: string })?.name === sel);
      walked += `[${sel}]`;
      if (at === undefined) return { parent: false, missing: walked };
      if (last) return { parent: true, present: true, value: at };
    }
  }
  return { parent: true, present: at !== undefined, value: at };
}

/** The parent object of `path`'s last key, for the evidence (its keys show what was stored). */
function parentKeys(pod: Pod, path: string): string {
  const parent = path.split('.').slice(0, -1).join('.');
  const f = parent ? lookup(pod, parent) : { parent: true as const, present: true, value: pod };
  return f.parent && f.value && typeof f.value === 'object' ? Object.keys(f.value).sort().join(', ') : '?';
}

/** `exceeded quota: q, requested: requests.cpu=300m, used: requests.cpu=0, limited: requests.cpu=250m` → its parts. */
export function quotaRefusal(stderr: string): { quota: string; requested: string; used: string; limited: string } | undefined {
  const m = /exceeded quota: ([\w.-]+), requested: (\S+), used: (\S+), limited: (\S+)/.exec(stderr);
  return m ? { quota: m[1], requested: m[2], used: m[3], limited: m[4].replace(/[,.]$/, '') } : undefined;
}

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** Like judge.ts `judge`: the evidence in `lang`, else in the CLI's --lang; the English line is canonical. */
export function judgeApiCheck(check: ApiCheck, obs: { pod: Pod; api?: ApiObservation }, lang?: LabLang): ApiVerdict {
  const api = obs.api ?? {};
  const m = messages(lang).evidence;
  switch (check.kind) {
    case 'apply-rejected': {
      const a = api.apply;
      if (!a) return { pass: false, evidence: m.notApplied(check.manifest) };
      const how = check.dryRun ? m.dryRun : '';
      if (a.code === 0) return { pass: false, evidence: `${check.manifest}${how}: ${m.accepted(flat(a.stdout), check.messageIncludes)}` };
      const missing = check.messageIncludes.filter((t) => !a.stderr.includes(t));
      return { pass: missing.length === 0, evidence: `${check.manifest}${how}: ${m.rejected(String(a.code), flat(a.stderr, 600), missing)}` };
    }
    case 'apply-warned': {
      if (api.applyStderr === undefined) return { pass: false, evidence: m.noApplyOutput(check.manifest) };
      const warnings = api.applyStderr.split('\n').filter((l) => /^Warning:/.test(l.trim()));
      const hit = warnings.find((l) => l.includes(check.text));
      return {
        pass: hit !== undefined,
        evidence: `${check.manifest}: ${hit ? m.warned(flat(hit)) : `${warnings.length ? m.warnings(warnings.map((w) => flat(w))) : m.noWarning}${m.warningExpected(check.text)}`}`,
      };
    }
    case 'stored-field': {
      const name = obs.pod.metadata.name;
      if (!obs.pod.metadata.uid) return { pass: false, evidence: m.podMissing(name) };
      const f = lookup(obs.pod, check.path);
      if (f.parent === false) return { pass: false, evidence: m.notInStoredPod(name, f.missing, check.path) };
      const pass = check.absent ? !f.present : f.present && f.value === check.equals;
      return { pass, evidence: m.stored(name, check.path, f.present ? JSON.stringify(f.value) : undefined, check.absent ? undefined : JSON.stringify(check.equals), parentKeys(obs.pod, check.path)) };
    }
    case 'killed-after-delete': {
      const d = api.deletion;
      if (!d) return { pass: false, evidence: m.notDeleted(check.pod) };
      const s = containerStatus(obs.pod, check.container);
      const t = s?.state?.terminated;
      if (!t?.finishedAt) return { pass: false, evidence: m.notSeenTerminated(check.container, check.pod, d.requestedAt) };
      const after = seconds(t.finishedAt) - seconds(d.requestedAt);
      const pass = t.exitCode === check.exitCode && after >= check.minSeconds && after <= check.maxSeconds;
      const exit = `${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`;
      return {
        pass,
        evidence: m.killedAfterDelete(check.container, exit, t.finishedAt, String(after), d.requestedAt, String(d.gracePeriodSeconds), String(check.exitCode), `${check.minSeconds}–${check.maxSeconds}`),
      };
    }
    case 'quota-admission': {
      const a = api.apply;
      if (!a) return { pass: false, evidence: m.notApplied(check.manifest) };
      const expected = m.quotaExpected(check.admitted, `${check.resource}=${check.requested}`);
      if (a.code !== 0) {
        const r = quotaRefusal(a.stderr);
        if (!r) return { pass: false, evidence: m.notByQuota(check.manifest, flat(a.stderr), expected) };
        const pass = !check.admitted && r.quota === check.quota && r.requested.split(',').includes(`${check.resource}=${check.requested}`);
        return { pass, evidence: m.rejectedByQuota(check.manifest, r.quota, r.requested, r.used, r.limited, expected) };
      }
      const before = api.quota?.before?.used?.[check.resource];
      const after = api.quota?.after?.used?.[check.resource];
      const hard = api.quota?.after?.hard?.[check.resource] ?? '?';
      if (before === undefined || after === undefined) return { pass: false, evidence: m.notCounted(check.manifest, check.quota, check.resource, JSON.stringify(api.quota?.after?.used ?? {}), expected) };
      const grew = parseQuantity(after) - parseQuantity(before);
      const pass = check.admitted && grew === parseQuantity(check.requested);
      return { pass, evidence: m.admitted(check.manifest, `${check.resource}=${formatGrowth(check.resource, grew)}`, check.quota, before, after, hard, expected) };
    }
  }
}

/** A growth in base units, written as the quota writes it: cpu in millicores (`200m`), the rest as a number. */
function formatGrowth(resource: string, value: number): string {
  return /cpu$/.test(resource) ? `${Math.round(value * 1000)}m` : String(value);
}
