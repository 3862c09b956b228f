/**
 * The API check kinds on observations RECORDED from the real cluster (scripts/lib/checks/__fixtures__,
 * `npm run lab -- run <lab> [--variant broken] --kubeconfig FILE --record scripts/lib/checks/__fixtures__`).
 * scripts/lib/checks/judge.test.ts already replays every recording and breaks it (breakers.ts); these
 * tests pin what each kind reads and says, and the pure helpers behind them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, type Check } from '../../labs/lab-schema';
import { judge as judgeIn } from '../judge';
import type { Recording } from '../../evidence/record';
import { deletionOf } from './observe';
import { lookup, quotaRefusal } from './judge';
import { parseQuantity } from './quantity';

/** The canonical (English) evidence, as recorded and parsed; evidence-lang.test.ts covers Korean. */
const judge = (...[check, obs]: Parameters<typeof judgeIn>) => judgeIn(check, obs, 'en');

const DIR = join(import.meta.dirname, '..', '__fixtures__');
function rec(file: string): Recording {
  const path = join(DIR, file);
  expect(existsSync(path), `no recording ${file}: record it from the real cluster (see the header of this file)`).toBe(true);
  return JSON.parse(readFileSync(path, 'utf8')) as Recording;
}
type Of<K extends Check['kind']> = Extract<Check, { kind: K }>;

describe('apply-rejected (sidecar-fields, recorded)', () => {
  it('passes on the server\'s refusal and quotes it', () => {
    const r = rec('sidecar-fields.probes-rejected.json');
    const v = judge(r.check.check, r.observation);
    expect(v.pass).toBe(true);
    expect(v.evidence).toContain('(server-side dry run): rejected (exit 1)');
    expect(v.evidence).toContain('spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always');
  });

  it('fails, naming the missing text, when the message lacks one', () => {
    const r = rec('sidecar-fields.probes-rejected.json');
    const c = r.check.check as Of<'apply-rejected'>;
    const v = judge({ ...c, messageIncludes: [...c.messageIncludes, 'spec.initContainers[0].startupProbe'] }, r.observation);
    expect(v).toEqual({ pass: false, evidence: expect.stringContaining('the message lacks "spec.initContainers[0].startupProbe"') });
  });

  it('fails on the sidecar version, which the server accepted (recorded from the broken variant)', () => {
    const r = rec('sidecar-fields~broken.probes-rejected.json');
    const v = judge(r.check.check, r.observation);
    expect(v).toEqual({ pass: false, evidence: expect.stringMatching(/^probe-on-init\.yaml \(server-side dry run\): accepted: "pod\/probe-on-init created \(server dry run\)"/) });
  });
});

describe('stored-field (sidecar-fields, recorded)', () => {
  it('restartPolicy under containers is absent from the stored Pod; the evidence lists what was stored', () => {
    const r = rec('sidecar-fields.restart-policy-dropped.json');
    const v = judge(r.check.check, r.observation);
    expect(v.pass).toBe(true);
    expect(v.evidence).toMatch(/stored spec\.containers\[log-agent\]\.restartPolicy is absent \(expected absent\); stored keys beside it: command, image, /);
  });

  it('reads a stored value: the same recording has imagePullPolicy IfNotPresent', () => {
    const r = rec('sidecar-fields.restart-policy-dropped.json');
    const c = r.check.check as Of<'stored-field'>;
    expect(judge({ kind: 'stored-field', pod: c.pod, path: 'spec.containers[log-agent].imagePullPolicy', equals: 'IfNotPresent' }, r.observation).pass).toBe(true);
    expect(judge({ kind: 'stored-field', pod: c.pod, path: 'spec.restartPolicy', equals: 'Always' }, r.observation)).toEqual({ pass: false, evidence: expect.stringContaining('stored spec.restartPolicy is "Never" (expected "Always")') });
  });

  it('a container that is not there fails as such, never as an absent field (broken variant: log-agent moved to initContainers)', () => {
    const r = rec('sidecar-fields~broken.restart-policy-dropped.json');
    expect(judge(r.check.check, r.observation)).toEqual({ pass: false, evidence: expect.stringContaining('spec.containers[log-agent] is not in the stored Pod') });
    // There it is stored, with the value that makes it a sidecar.
    expect(judge({ kind: 'stored-field', pod: 'always-in-containers', path: 'spec.initContainers[log-agent].restartPolicy', equals: 'Always' }, r.observation).pass).toBe(true);
  });

  it('the schema wants exactly one of absent and equals', () => {
    const base = { kind: 'stored-field', pod: 'p', path: 'spec.restartPolicy' };
    expect(checkSchema.safeParse({ ...base, absent: true }).success).toBe(true);
    expect(checkSchema.safeParse({ ...base, equals: 'Never' }).success).toBe(true);
    expect(checkSchema.safeParse(base).success).toBe(false);
    expect(checkSchema.safeParse({ ...base, absent: true, equals: 'Never' }).success).toBe(false);
    expect(checkSchema.safeParse({ ...base, path: 'spec..x', absent: true }).success).toBe(false);
  });
});

describe('lookup', () => {
  const obj = { spec: { containers: [{ name: 'a', ports: [{ containerPort: 80 }] }, { name: 'b' }] } };
  it('follows keys, [name] and [index]', () => {
    expect(lookup(obj, 'spec.containers[a].ports[0].containerPort')).toEqual({ parent: true, present: true, value: 80 });
    expect(lookup(obj, 'spec.containers[1].name')).toEqual({ parent: true, present: true, value: 'b' });
    expect(lookup(obj, 'spec.containers[b].ports')).toEqual({ parent: true, present: false, value: undefined });
  });
  it('reports a missing parent', () => {
    expect(lookup(obj, 'spec.containers[c].ports')).toEqual({ parent: false, missing: 'spec.containers[c]' });
    expect(lookup(obj, 'status.phase')).toEqual({ parent: false, missing: 'status' });
  });
});

describe('quantities and quota messages', () => {
  it('parses the forms a quota writes', () => {
    expect(parseQuantity('300m')).toBe(0.3);
    expect(parseQuantity('0')).toBe(0);
    expect(parseQuantity('1.5')).toBe(1.5);
    expect(parseQuantity('128Mi')).toBe(128 * 2 ** 20);
    expect(parseQuantity('200m') - parseQuantity('0')).toBe(parseQuantity('200m'));
    expect(() => parseQuantity('lots')).toThrow(/not a Kubernetes quantity: "lots"/);
  });
  it('reads the parts of the quota admission message (as the v1.34.0 API server wrote it)', () => {
    const msg = 'Error from server (Forbidden): error when creating "STDIN": pods "sidecar-first" is forbidden: exceeded quota: cpu-250m, requested: requests.cpu=300m, used: requests.cpu=0, limited: requests.cpu=250m\n';
    expect(quotaRefusal(msg)).toEqual({ quota: 'cpu-250m', requested: 'requests.cpu=300m', used: 'requests.cpu=0', limited: 'requests.cpu=250m' });
    expect(quotaRefusal('The Pod "x" is invalid')).toBeUndefined();
  });
});

describe('deletionOf', () => {
  const pod = (meta: Record<string, unknown>) => ({ metadata: { name: 'p', ...meta } });
  it('takes the request time from the first object being deleted (deletionTimestamp − grace), not the kubelet\'s final one', () => {
    // As the watch saw slow-stop: running, then deleting with grace 10, then the kubelet's final delete with grace 0.
    const seen = [pod({}), pod({ deletionTimestamp: '2026-11-29T16:40:01Z', deletionGracePeriodSeconds: 10 }), pod({ deletionTimestamp: '2026-11-29T16:40:02Z', deletionGracePeriodSeconds: 0 })];
    expect(deletionOf(seen)).toEqual({ requestedAt: '2026-11-29T16:39:51Z', gracePeriodSeconds: 10 });
    expect(deletionOf([pod({})])).toBeUndefined();
  });
});

describe('killed-after-delete (grace-period, recorded)', () => {
  it('app was killed (137) at the 10 s grace period, read from the last Pod object the watch saw', () => {
    const r = rec('grace-period.killed-at-grace.json');
    const v = judge(r.check.check, r.observation);
    expect(v.pass, v.evidence).toBe(true);
    expect(v.evidence).toMatch(/^app: exited 137 \(Error\) at \S+, (9|10|11|12)s after the delete at \S+ \(grace period 10s; expected exit 137, 9–12s\)$/);
    expect(r.observation.api?.deletion?.gracePeriodSeconds).toBe(10);
  });

  it('with a 30 s grace period (broken variant) app finished its cleanup and exited 0 after ~18 s, which fails', () => {
    const r = rec('grace-period~broken.killed-at-grace.json');
    const v = judge(r.check.check, r.observation);
    expect(v).toEqual({ pass: false, evidence: expect.stringMatching(/^app: exited 0 \(Completed\) at \S+, 1[7-9]s after the delete at \S+ \(grace period 30s;/) });
  });

  it('without a delete step there is nothing to judge, and it says how to fix that', () => {
    const r = rec('grace-period.killed-at-grace.json');
    const v = judge(r.check.check, { ...r.observation, api: {} });
    expect(v).toEqual({ pass: false, evidence: 'pod/slow-stop was not deleted by a step before this check (give the step delete: { pod: slow-stop })' });
  });
});

describe('values a page quotes from these checks (evidence-values.ts), read from the committed evidence', () => {
  it('grace-period: exit code, seconds after the delete, grace period', async () => {
    const { readEvidence } = await import('../../evidence/evidence');
    const { observedValue } = await import('../../evidence/evidence-values');
    const e = readEvidence(join(import.meta.dirname, '..', '..', '..', '..', 'labs', 'grace-period'));
    expect(observedValue(e, 'exitCode', 'killed-at-grace')).toBe('137');
    expect(Number(observedValue(e, 'secondsAfterDelete', 'killed-at-grace'))).toBeGreaterThanOrEqual(9);
    expect(observedValue(e, 'gracePeriodSeconds', 'killed-at-grace')).toBe('10');
  });
});

describe('apply-warned (shared-port, recorded)', () => {
  it('quotes the server\'s warning', () => {
    const r = rec('shared-port.duplicate-port-warned.json');
    expect(judge(r.check.check, r.observation)).toEqual({ pass: true, evidence: 'pod.yaml: kubectl apply warned: "Warning: spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]"' });
  });
  it('fails on the contrasting version (another port), which drew no warning', () => {
    const r = rec('shared-port~broken.duplicate-port-warned.json');
    expect(judge(r.check.check, r.observation)).toEqual({ pass: false, evidence: 'pod.yaml: no warning (expected one containing "duplicate port definition")' });
  });
});

describe('quota-admission (sidecar-quota, recorded)', () => {
  it('sidecar-first was refused at 300m, as KEP-753\'s formula says (the docs\' would give 200m)', () => {
    const r = rec('sidecar-quota.sidecar-first-rejected.json');
    expect(judge(r.check.check, r.observation)).toEqual({
      pass: true,
      evidence: 'sidecar-first.yaml: rejected by quota cpu-250m, requested: requests.cpu=300m, used: requests.cpu=0, limited: requests.cpu=250m (expected rejected, requested: requests.cpu=300m)',
    });
  });

  it('init-first was admitted, and the quota\'s usage grew by exactly 200m', () => {
    const r = rec('sidecar-quota.init-first-admitted.json');
    const v = judge(r.check.check, r.observation);
    expect(v).toEqual({ pass: true, evidence: 'init-first.yaml: admitted, requested: requests.cpu=200m (quota cpu-250m: used 0 → 200m of 250m) (expected admitted, requested: requests.cpu=200m)' });
    // The same admission, expected at another request, fails: the growth is really compared.
    expect(judge({ ...(r.check.check as Of<'quota-admission'>), requested: '300m' }, r.observation).pass).toBe(false);
  });

  it('in the broken variant the reordered sidecar-first takes 200m, and init-first is then refused', () => {
    const a = rec('sidecar-quota~broken.sidecar-first-rejected.json');
    expect(judge(a.check.check, a.observation)).toEqual({ pass: false, evidence: expect.stringContaining('admitted, requested: requests.cpu=200m (quota cpu-250m: used 0 → 200m of 250m)') });
    const b = rec('sidecar-quota~broken.init-first-admitted.json');
    expect(judge(b.check.check, b.observation)).toEqual({ pass: false, evidence: expect.stringContaining('rejected by quota cpu-250m, requested: requests.cpu=200m, used: requests.cpu=200m') });
  });

  it('a refusal that is not the quota\'s is no quota rejection', () => {
    const r = rec('sidecar-quota.sidecar-first-rejected.json');
    const obs = { ...r.observation, api: { ...r.observation.api, apply: { ...r.observation.api!.apply!, stderr: 'The Pod "sidecar-first" is invalid: spec.containers: Required value' } } };
    expect(judge(r.check.check, obs)).toEqual({ pass: false, evidence: expect.stringContaining('refused, but not by a quota') });
  });

  it('the page reads 300m and 200m from the committed evidence', async () => {
    const { readEvidence } = await import('../../evidence/evidence');
    const { observedValue } = await import('../../evidence/evidence-values');
    const e = readEvidence(join(import.meta.dirname, '..', '..', '..', '..', 'labs', 'sidecar-quota'));
    expect(observedValue(e, 'requested', 'sidecar-first-rejected')).toBe('300m');
    expect(observedValue(e, 'requested', 'init-first-admitted')).toBe('200m');
  });
});
