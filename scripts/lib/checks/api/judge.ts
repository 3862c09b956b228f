/**
 * Judges the API check kinds (schema.ts) from what observe.ts gathered. Pure, like
 * scripts/lib/checks/judge.ts, so the unit tests feed it observations recorded from a real cluster.
 */
import type { Check } from '../../labs/lab-schema';
import { containerStatus, type Pod } from '../pod';
import { parseQuantity } from './quantity';
import { API_CHECK_KINDS } from './schema';

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

export function judgeApiCheck(check: ApiCheck, obs: { pod: Pod; api?: ApiObservation }): ApiVerdict {
  const api = obs.api ?? {};
  switch (check.kind) {
    case 'apply-rejected': {
      const a = api.apply;
      if (!a) return { pass: false, evidence: `${check.manifest}: not applied` };
      const how = check.dryRun ? ' (server-side dry run)' : '';
      if (a.code === 0) return { pass: false, evidence: `${check.manifest}${how}: accepted: ${flat(a.stdout)} (expected a refusal containing ${check.messageIncludes.map((t) => JSON.stringify(t)).join(', ')})` };
      const missing = check.messageIncludes.filter((t) => !a.stderr.includes(t));
      return {
        pass: missing.length === 0,
        evidence: `${check.manifest}${how}: rejected (exit ${a.code}): ${flat(a.stderr, 600)}${missing.length ? `; the message lacks ${missing.map((t) => JSON.stringify(t)).join(', ')}` : ''}`,
      };
    }
    case 'apply-warned': {
      if (api.applyStderr === undefined) return { pass: false, evidence: `${check.manifest}: no step applied it, so there is no apply output to read` };
      const warnings = api.applyStderr.split('\n').filter((l) => /^Warning:/.test(l.trim()));
      const hit = warnings.find((l) => l.includes(check.text));
      return {
        pass: hit !== undefined,
        evidence: hit ? `${check.manifest}: kubectl apply warned: ${flat(hit)}` : `${check.manifest}: ${warnings.length ? `warnings ${warnings.map((w) => flat(w)).join('; ')}` : 'no warning'} (expected one containing ${JSON.stringify(check.text)})`,
      };
    }
    case 'stored-field': {
      const name = obs.pod.metadata.name;
      if (!obs.pod.metadata.uid) return { pass: false, evidence: `pod/${name} does not exist` };
      const f = lookup(obs.pod, check.path);
      if (f.parent === false) return { pass: false, evidence: `pod/${name}: ${f.missing} is not in the stored Pod, so ${check.path} cannot be read` };
      const shown = f.present ? `is ${JSON.stringify(f.value)}` : 'is absent';
      const pass = check.absent ? !f.present : f.present && f.value === check.equals;
      const expected = check.absent ? 'absent' : JSON.stringify(check.equals);
      return { pass, evidence: `pod/${name}: stored ${check.path} ${shown} (expected ${expected}); stored keys beside it: ${parentKeys(obs.pod, check.path)}` };
    }
    case 'killed-after-delete': {
      const d = api.deletion;
      if (!d) return { pass: false, evidence: `pod/${check.pod} was not deleted by a step before this check (give the step delete: { pod: ${check.pod} })` };
      const s = containerStatus(obs.pod, check.container);
      const t = s?.state?.terminated;
      if (!t?.finishedAt) return { pass: false, evidence: `${check.container}: not seen terminated before pod/${check.pod} was gone (delete requested at ${d.requestedAt})` };
      const after = seconds(t.finishedAt) - seconds(d.requestedAt);
      const pass = t.exitCode === check.exitCode && after >= check.minSeconds && after <= check.maxSeconds;
      return {
        pass,
        evidence: `${check.container}: exited ${t.exitCode}${t.reason ? ` (${t.reason})` : ''} at ${t.finishedAt}, ${after}s after the delete at ${d.requestedAt} (grace period ${d.gracePeriodSeconds}s; expected exit ${check.exitCode}, ${check.minSeconds}–${check.maxSeconds}s)`,
      };
    }
    case 'quota-admission': {
      const a = api.apply;
      if (!a) return { pass: false, evidence: `${check.manifest}: not applied` };
      const expected = `expected ${check.admitted ? 'admitted' : 'rejected'}, requested: ${check.resource}=${check.requested}`;
      if (a.code !== 0) {
        const r = quotaRefusal(a.stderr);
        if (!r) return { pass: false, evidence: `${check.manifest}: refused, but not by a quota: ${flat(a.stderr)} (${expected})` };
        const pass = !check.admitted && r.quota === check.quota && r.requested.split(',').includes(`${check.resource}=${check.requested}`);
        return { pass, evidence: `${check.manifest}: rejected by quota ${r.quota}, requested: ${r.requested}, used: ${r.used}, limited: ${r.limited} (${expected})` };
      }
      const before = api.quota?.before?.used?.[check.resource];
      const after = api.quota?.after?.used?.[check.resource];
      const hard = api.quota?.after?.hard?.[check.resource] ?? '?';
      if (before === undefined || after === undefined) return { pass: false, evidence: `${check.manifest}: admitted, but quota ${check.quota} counts no ${check.resource} (used: ${JSON.stringify(api.quota?.after?.used ?? {})}) (${expected})` };
      const grew = parseQuantity(after) - parseQuantity(before);
      const pass = check.admitted && grew === parseQuantity(check.requested);
      return { pass, evidence: `${check.manifest}: admitted, requested: ${check.resource}=${formatGrowth(check.resource, grew)} (quota ${check.quota}: used ${before} → ${after} of ${hard}) (${expected})` };
    }
  }
}

/** A growth in base units, written as the quota writes it: cpu in millicores (`200m`), the rest as a number. */
function formatGrowth(resource: string, value: number): string {
  return /cpu$/.test(resource) ? `${Math.round(value * 1000)}m` : String(value);
}
