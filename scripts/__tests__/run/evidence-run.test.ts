import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../commands/run';
import { readEvidence } from '../../lib/evidence/evidence';
import { LABS_DIR, loadLab } from '../../lib/labs/labs';
import { fakeExec, type Rule } from '../support/fake-exec';
import { tempDir } from '../support/temp-dir';
import { setMessageLang } from '../../lib/output/messages';

// These tests read the runner's lines in English; cli.test.ts checks both languages end to end.
setMessageLang('en');

const kubeconfig = join(tempDir('evidence-run-'), 'config');
writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');

const pod = {
  metadata: { name: 'shared-volume-pod', uid: 'u1', creationTimestamp: '2025-01-01T00:00:00Z' },
  spec: { containers: [{ name: 'writer' }, { name: 'server' }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: ['writer', 'server'].map((name) => ({ name, state: { running: { startedAt: '2025-01-01T00:00:01Z' } }, restartCount: 0 })),
  },
};
const cluster: Rule[] = [
  [/config current-context/, { stdout: 'ctx\n' }],
  [/ version -o json/, { stdout: '{"serverVersion":{"gitVersion":"v1.34.4"}}' }],
  [/ get pods -w .* -o wide/, { stdout: 'NAME  READY  STATUS\nshared-volume-pod  0/2  Pending\nshared-volume-pod  2/2  Running\n' }],
  [/ get pods -w .* -o jsonpath/, { stdout: `${JSON.stringify(pod)}\n` }],
  [/ get pods -n \S+ -o json/, { stdout: JSON.stringify({ items: [pod] }) }],
  [/ get pod /, { stdout: JSON.stringify(pod) }],
  [/ get events /, { stdout: '{"items":[]}' }],
  [/ get namespace lab-/, { stdout: 'multi-container-pod-lab' }],
  [/ get namespaces -l /, { stdout: '{"items":[]}' }],
  [/ exec /, { stdout: 'line 1 from writer' }],
  [/ logs /, { stdout: 'LIFECYCLE 100.50 writer Starting\n' }],
];

beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('run --evidence', () => {
  it('watches the namespace and writes a valid evidence.json only when the lab passes', async () => {
    const labsDir = tempDir('labs-');
    cpSync(join(LABS_DIR, 'shared-volume'), join(labsDir, 'shared-volume'), { recursive: true, filter: (src) => !src.endsWith('evidence.json') });
    const exec = fakeExec(cluster);
    const code = await run(exec, { names: ['shared-volume'], all: false, json: true, keep: false, kubeconfig, evidence: true, labsDir });
    const file = join(labsDir, 'shared-volume', 'evidence.json');
    expect(exec.calls.some((c) => c.includes('-w') && c.includes('wide'))).toBe(true);
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const e = readEvidence(join(labsDir, 'shared-volume'));
    expect(e.serverVersion).toBe('v1.34.4');
    expect(e.transcript.map((l) => l.replace(/^\s*[\d.]+s {2}/, ''))).toEqual(['NAME  READY  STATUS', 'shared-volume-pod  0/2  Pending', 'shared-volume-pod  2/2  Running']);
    expect(e.timeline.map((t) => t.container)).toEqual(['writer', 'server']);
    expect(e.lifecycle[0]).toEqual({ pod: 'shared-volume-pod', container: 'writer', uptime: 100.5, event: 'Starting' });
  });

  it('with --lang en prints and reports English titles, and evidence.json keeps the Korean ones', async () => {
    const labsDir = tempDir('labs-');
    cpSync(join(LABS_DIR, 'shared-volume'), join(labsDir, 'shared-volume'), { recursive: true, filter: (src) => !src.endsWith('evidence.json') });
    const { lab } = await loadLab('shared-volume', labsDir);
    vi.mocked(process.stdout.write).mockClear();
    vi.mocked(process.stderr.write).mockClear();
    const code = await run(fakeExec(cluster), { names: ['shared-volume'], all: false, json: true, keep: false, kubeconfig, evidence: true, lang: 'en', labsDir });
    expect(code).toBe(0);
    const printed = vi.mocked(process.stderr.write).mock.calls.map(([chunk]) => String(chunk)).join('');
    expect(printed).toContain(`: ${lab.en.title}  (namespace `);
    expect(printed).toContain(`step 1/1: ${lab.en.steps[0]}`);
    const report = JSON.parse(vi.mocked(process.stdout.write).mock.calls.map(([chunk]) => String(chunk)).join('')) as {
      labs: { lang: string; steps: { title: string }[]; checks: { id: string; title: string }[] }[];
    };
    expect(report.labs[0].lang).toBe('en');
    expect(report.labs[0].steps.map((st) => st.title)).toEqual(lab.en.steps);
    expect(report.labs[0].checks.map((c) => [c.id, c.title])).toEqual(Object.entries(lab.en.checks));
    const e = readEvidence(join(labsDir, 'shared-volume'));
    expect(e.checks.map((c) => [c.id, c.title])).toEqual(lab.steps.flatMap((st) => st.checks.map((c) => [c.id, c.title])));
  });

  it('writes nothing when a check fails', async () => {
    const labsDir = tempDir('labs-');
    cpSync(join(LABS_DIR, 'shared-volume'), join(labsDir, 'shared-volume'), { recursive: true, filter: (src) => !src.endsWith('evidence.json') });
    const failing: Rule[] = [[/ exec /, { stdout: 'something else' }], ...cluster];
    expect(await run(fakeExec(failing), { names: ['shared-volume'], all: false, json: true, keep: false, kubeconfig, evidence: true, labsDir })).toBe(1);
    expect(existsSync(join(labsDir, 'shared-volume', 'evidence.json'))).toBe(false);
  });

  it('refuses --variant: the page shows the lab itself', async () => {
    await expect(run(fakeExec(cluster), { names: ['shared-volume'], all: false, json: true, keep: false, kubeconfig, evidence: true, variant: 'broken' })).rejects.toThrow(/leave out --variant/);
  });
});
