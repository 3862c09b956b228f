/**
 * How a run ends: one lab with its verdict and what it showed (in the chosen language), two or
 * more with the table; --json keeps stdout the JSON alone. And a wait for a Pod that the lab's
 * manifests never create fails the run at once. All against a fake cluster.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../commands/run';
import type { LabLang } from '../../lib/labs/lab-text';
import { LABS_DIR, loadLab } from '../../lib/labs/labs';
import { MESSAGES } from '../../lib/output/messages';
import { type jsonReport, verdictLines } from '../../lib/output/report';
import type { LabResult } from '../../lib/run/run-lab';
import { fakeExec, type Rule } from '../support/fake-exec';
import { tempDir } from '../support/temp-dir';

// A fake cluster's answers never change: reading a late-arriving check again only costs time here.
vi.mock(import('../../lib/checks/arrival'), async (original) => ({ ...(await original()), ARRIVAL_WINDOW_MS: 0 }));

const kubeconfig = join(tempDir('verdict-test-'), 'config');
writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
const context = 'given-ctx';

const { lab: coLocated } = await loadLab('co-located');
const ids = coLocated.steps.flatMap((s) => s.checks.map((c) => c.id));

/** A co-located result: every check passed except `failed`; `ran` checks ran (a failed step stops the rest). */
function result(o: { lang?: LabLang; failed?: string[]; ran?: number; stepError?: number; variant?: string; expectFailing?: string[] } = {}): LabResult {
  const checks = ids.slice(0, o.ran ?? ids.length).map((id) => ({ id, kind: 'container-running' as const, title: id, pass: !o.failed?.includes(id), evidence: '' }));
  const steps = coLocated.steps.map((s, i) => ({ title: `step-${i + 1}`, passed: i !== o.stepError, ...(i === o.stepError ? { error: 'timed out' } : {}) }));
  const failedIds = checks.filter((c) => !c.pass).map((c) => c.id);
  const passed = o.stepError === undefined && (o.expectFailing ? failedIds.length === o.expectFailing.length && o.expectFailing.every((id) => failedIds.includes(id)) : failedIds.length === 0);
  return { lab: 'co-located', lang: o.lang ?? 'ko', variant: o.variant, expectFailing: o.expectFailing, passed, durationMs: 1, namespace: 'lab-co-located-1', steps, checks };
}

describe('the verdict of one lab', () => {
  it('a pass: the verdict, then what the lab showed, in Korean by default', () => {
    expect(verdictLines(result(), coLocated)).toEqual(['✔ co-located 통과: 확인 항목 11개 모두 통과', '이 실습으로 확인한 것:', ...coLocated.proves.map((p) => `  - ${p}`)]);
  });

  it('a pass with --lang en: English verdict and English proves', () => {
    const lines = verdictLines(result({ lang: 'en' }), coLocated);
    expect(lines).toEqual(['✔ co-located passed: all 11 checks passed', 'What this lab showed:', ...coLocated.en.proves.map((p) => `  - ${p}`)]);
    expect(lines.join('\n')).not.toMatch(/\p{Script=Hangul}/u);
  });

  it('a failure names the failed checks and shows no proves', () => {
    expect(verdictLines(result({ failed: ['proxy-over-localhost', 'proxy-logged-request'] }), coLocated)).toEqual(['✘ co-located 실패: 11개 중 9개 통과 (실패한 확인 항목: proxy-over-localhost, proxy-logged-request)']);
    expect(verdictLines(result({ lang: 'en', failed: ['both-running'] }), coLocated)).toEqual(['✘ co-located failed: 10 of 11 passed (failed: both-running)']);
  });

  it('a failed step: checks it kept from running count as not passed, and the step is named', () => {
    expect(verdictLines(result({ lang: 'en', ran: 5, stepError: 1 }), coLocated)).toEqual(['✘ co-located failed: 5 of 11 passed (stopped at step 2: step-2)']);
  });

  it('a broken variant that fails exactly where expected passes, and shows the breakage it caught', () => {
    const lines = verdictLines(result({ lang: 'en', variant: 'broken', expectFailing: ['subpath-keeps-other-files'], failed: ['subpath-keeps-other-files'] }), coLocated);
    expect(lines).toEqual([
      '✔ co-located [broken] passed: the checks caught it (failed as expected: subpath-keeps-other-files; the other 10/10 passed)',
      'The breakage the checks caught:',
      `  - ${coLocated.en.variants.broken.why}`,
    ]);
    const ko = verdictLines(result({ variant: 'broken', expectFailing: ['subpath-keeps-other-files'], failed: ['subpath-keeps-other-files'] }), coLocated);
    expect(ko[0]).toBe('✔ co-located [broken] 통과: 확인 항목이 고장을 잡았습니다(예상대로 실패: subpath-keeps-other-files; 나머지 10/10 통과)');
  });

  it('a broken variant the checks miss fails, saying what passed and what failed unexpectedly', () => {
    const lines = verdictLines(result({ lang: 'en', variant: 'broken', expectFailing: ['subpath-keeps-other-files'], failed: ['both-running'] }), coLocated);
    expect(lines).toEqual(['✘ co-located [broken] failed (expected to fail but passed: subpath-keeps-other-files; failed unexpectedly: both-running)']);
  });
});

/** A cluster where every wait is reached at once (as in run.test.ts). */
const pod = {
  metadata: { name: 'backend-proxy-pod' },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'app', restartCount: 1, state: { running: {} } }] },
};
const cluster: Rule[] = [
  [/config get-contexts/, { stdout: `other\n${context}\n` }],
  [/ version -o json/, { stdout: '{"serverVersion":{"gitVersion":"v1.34.0"}}' }],
  [/ get pod /, { stdout: JSON.stringify(pod) }],
  [/ get pods -n /, { stdout: JSON.stringify({ items: [pod] }) }],
  [/ get events /, { stdout: '{"items":[]}' }],
  [/ get namespace lab-/, { stdout: 'multi-container-pod-lab' }],
  [/ get namespaces -l /, { stdout: '{"items":[]}' }],
  [/ exec /, { stdout: 'hello from main-app\nproxy_pass http://127.0.0.1:8080;' }],
  [/ logs /, { stdout: '"GET / HTTP/1.1" 200' }],
];

describe('how a run ends', () => {
  let stdout: string[];
  let stderr: string[];
  beforeEach(() => {
    stdout = [];
    stderr = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  });
  const base = { all: false, keep: false, kubeconfig, context };
  const verdictLine = /^[✔✘] co-located (passed|failed): (all 11 checks passed|\d+ of 11 passed)/;

  it('one lab ends with its verdict, after every check line, then what it showed', async () => {
    const code = await run(fakeExec(cluster), { ...base, names: ['co-located'], json: false, lang: 'en' });
    const lines = stdout.join('').trimEnd().split('\n');
    const at = lines.findIndex((l) => verdictLine.test(l));
    expect(at, lines.join('\n')).toBeGreaterThan(0);
    expect(lines.slice(at + 1).some((l) => /^\s+[✔✘] /.test(l)), 'a check line after the verdict').toBe(false);
    expect(lines[at].startsWith('✔')).toBe(code === 0);
    if (code === 0) expect(lines.slice(at + 1)).toEqual(['What this lab showed:', ...coLocated.en.proves.map((p) => `  - ${p}`)]);
    else expect(lines.at(-1)).toBe(lines[at]);
    expect(lines.join('\n')).not.toMatch(/^LAB +RESULT/m);
  });

  it('a passing lab ends with ✔, its count and what it showed, in Korean by default', async () => {
    const { lab: sharedVolume } = await loadLab('shared-volume');
    const svPod = { metadata: { name: 'shared-volume-pod' }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: ['writer', 'server'].map((name) => ({ name, restartCount: 0, state: { running: {} } })) } };
    const passing: Rule[] = [[/ get pod /, { stdout: JSON.stringify(svPod) }], [/ exec /, { stdout: 'line 1 from writer\n' }], ...cluster];
    expect(await run(fakeExec(passing), { ...base, names: ['shared-volume'], json: false })).toBe(0);
    const lines = stdout.join('').trimEnd().split('\n');
    expect(lines.slice(-(sharedVolume.proves.length + 3))).toEqual(['', '✔ shared-volume 통과: 확인 항목 3개 모두 통과', '이 실습으로 확인한 것:', ...sharedVolume.proves.map((p) => `  - ${p}`)]);
  });

  it('with --json, stdout is the JSON alone and the verdict goes to stderr', async () => {
    await run(fakeExec(cluster), { ...base, names: ['co-located'], json: true, lang: 'en' });
    const report = JSON.parse(stdout.join('')) as { labs: { lab: string }[] };
    expect(report.labs.map((l) => l.lab)).toEqual(['co-located']);
    expect(stderr.join('')).toMatch(/\n[✔✘] co-located (passed|failed): (all 11 checks passed|\d+ of 11 passed)/);
  });

  it('two labs end with the table, not a verdict', async () => {
    await run(fakeExec(cluster), { ...base, names: ['co-located', 'shared-volume'], json: false, lang: 'en' });
    const text = stdout.join('');
    expect(text).toMatch(/^LAB +RESULT +CHECKS PASSED +TIME$/m);
    expect(text).not.toMatch(/What this lab showed/);
    expect(text.split('\n').some((l) => verdictLine.test(l))).toBe(false);
  });
});

describe('labs that run --all leaves out', () => {
  /** A labs folder with co-located, sidecar-gate-off (needs native sidecars off) and `plain` (a lab without variants). */
  function labsFolder(): string {
    const labsDir = tempDir('verdict-labs-');
    for (const name of ['co-located', 'sidecar-gate-off']) cpSync(join(LABS_DIR, name), join(labsDir, name), { recursive: true });
    mkdirSync(join(labsDir, 'plain', 'manifests'), { recursive: true });
    const plain = { name: 'plain', title: 't', proves: ['p'], doc: 'd', steps: [{ title: 's', apply: ['pod.yaml'], checks: [] }], en: { title: 'T', proves: ['P'], steps: ['S'], checks: {} } };
    writeFileSync(join(labsDir, 'plain', 'lab.ts'), `export default ${JSON.stringify(plain)};\n`);
    writeFileSync(join(labsDir, 'plain', 'manifests', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers: []\n');
    return labsDir;
  }
  type Report = ReturnType<typeof jsonReport>;
  const runAll = async (variant?: string) => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await run(fakeExec(cluster), { all: true, names: [], keep: false, kubeconfig, context, json: true, lang: 'en', variant, labsDir: labsFolder() });
    return { code, report: JSON.parse(out.join('')) as Report };
  };

  it('the JSON names each lab left out and why, apart from the labs that ran; the exit code is theirs alone', async () => {
    const { code, report } = await runAll();
    expect(report.labs.map((l) => l.lab).sort()).toEqual(['co-located', 'plain']);
    expect(report.skipped).toEqual([{ lab: 'sidecar-gate-off', reason: 'needs-native-sidecars-off' }]);
    expect(code).toBe(report.labs.every((l) => l.passed) ? 0 : 1);
  });

  it('with --variant, a lab without that variant is left out too, and neither is counted as passed', async () => {
    const { code, report } = await runAll('broken');
    expect(report.labs.map((l) => [l.lab, l.variant])).toEqual([['co-located', 'broken']]);
    expect(report.skipped).toEqual([
      { lab: 'sidecar-gate-off', reason: 'needs-native-sidecars-off' },
      { lab: 'plain', reason: 'no-variant' },
    ]);
    expect(code).toBe(report.labs[0].passed ? 0 : 1);
  });
});

describe('a wait for a Pod the lab never creates', () => {
  it('fails the step at once, naming the Pods that exist', async () => {
    // A lab whose wait names `ap` while its manifest creates `app`.
    const labsDir = tempDir('verdict-labs-');
    mkdirSync(join(labsDir, 'typo-lab', 'manifests'), { recursive: true });
    const lab = {
      name: 'typo-lab',
      title: 't',
      proves: ['p'],
      doc: 'd',
      steps: [{ title: 's', apply: ['pod.yaml'], wait: { pod: 'ap', until: { condition: 'Ready' }, timeoutSeconds: 120 }, checks: [] }],
      en: { title: 'T', proves: ['P'], steps: ['S'], checks: {} },
    };
    writeFileSync(join(labsDir, 'typo-lab', 'lab.ts'), `export default ${JSON.stringify(lab)};\n`);
    writeFileSync(join(labsDir, 'typo-lab', 'manifests', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers: []\n');
    const exec = fakeExec([[/ get pod ap /, { code: 1, stderr: 'Error from server (NotFound): pods "ap" not found' }], [/ get pods -n /, { stdout: JSON.stringify({ items: [{ metadata: { name: 'app' } }] }) }], ...cluster]);
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const t0 = Date.now();
    const code = await run(exec, { all: false, keep: false, kubeconfig, context, names: ['typo-lab'], json: false, lang: 'en', labsDir });
    expect(code).toBe(1);
    expect(Date.now() - t0, 'the wait used up its 120 s deadline').toBeLessThan(5000);
    const m = MESSAGES.en.podAbsent;
    const text = out.join('');
    expect(text).toContain(`✘ step failed: ${m.notCreated('ap', ['pod.yaml'])}; Pods in namespace `);
    expect(text).toMatch(/: app; check that the wait's pod in lab\.ts is the manifest's metadata\.name/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('✘ typo-lab failed: 0 of 0 passed (stopped at step 1: S)');
  });
});

describe('the table after two or more labs', () => {
  const result = (lab: string, passed: boolean, lang: LabLang): LabResult => ({ lab, lang, passed, durationMs: 12_340, namespace: 'ns', steps: [], checks: [{ id: 'c', kind: 'container-running', title: 't', pass: passed, evidence: '' }] });

  it('speaks the run\'s language, and lines up its columns as a terminal shows Hangul (two columns each)', async () => {
    const { summaryTable, displayWidth } = await import('../../lib/output/report');
    expect(displayWidth('실습')).toBe(4);
    expect(displayWidth('co-located')).toBe(10);
    const ko = summaryTable([result('co-located', true, 'ko'), result('init-failure', false, 'ko')], 'ko').split('\n');
    expect(ko[0]).toMatch(/^실습 +결과 +통과한 확인 항목 +시간$/);
    expect(ko[1]).toMatch(/^co-located +통과 +1\/1 +12\.3s$/);
    expect(ko[2]).toMatch(/^init-failure +실패 +0\/1 +12\.3s$/);
    // Each column starts at the same display column on every row.
    const starts = (line: string) => [...line.matchAll(/(?<=  )\S/g)].map((m) => displayWidth(line.slice(0, m.index)));
    expect(starts(ko[1])).toEqual(starts(ko[0]));
    expect(starts(ko[2])).toEqual(starts(ko[0]));
    const en = summaryTable([result('co-located', true, 'en')], 'en').split('\n');
    expect(en[0]).toMatch(/^LAB +RESULT +CHECKS PASSED +TIME$/);
    expect(en[1]).toMatch(/^co-located +PASS +1\/1 +12\.3s$/);
  });
});
