/** Wait conditions over a Pod recorded from a real cluster (see judge.test.ts for how to regenerate). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeExec } from '../../__tests__/support/fake-exec';
import { Kubectl } from '../target/kubectl';
import { loadAllLabs, manifestsFor } from '../labs/labs';
import { MESSAGES } from '../output/messages';
import type { Recording } from '../evidence/record';
import { absentGraceMs, appliedUpTo, describeUntil, OWNED_POD_GRACE_MS, podSources, reached, readsStatusWatch, waitFor } from './wait';
import { needsStatusWatch } from './status-watch';
import { loadLab } from '../labs/labs';
import { setMessageLang } from '../output/messages';

// These tests read the runner's lines in English; cli.test.ts checks both languages end to end.
setMessageLang('en');

const DIR = join(import.meta.dirname, '..', 'checks', '__fixtures__');
const file = readdirSync(DIR).find((f) => f.startsWith('co-located.both-running'));

it('reads conditions, phase and container states from a recorded running Pod', () => {
  expect(file, `no co-located.both-running fixture in ${DIR}: run npm run lab -- run --all --kubeconfig FILE --record scripts/lib/checks/__fixtures__`).toBeDefined();
  const { pod } = (JSON.parse(readFileSync(join(DIR, file!), 'utf8')) as Recording).observation;
  expect(reached({ condition: 'Ready' }, pod)).toBe(true);
  expect(reached({ phase: 'Running' }, pod)).toBe(true);
  expect(reached({ phase: 'Succeeded' }, pod)).toBe(false);
  expect(reached({ containerRunning: 'nginx-proxy' }, pod)).toBe(true);
  expect(reached({ containerTerminated: 'main-app' }, pod)).toBe(false);
});

it('waits for a restart count (a crash loop has come round)', () => {
  const pod = { metadata: { name: 'p' }, status: { containerStatuses: [{ name: 'app', restartCount: 1 }] } };
  expect(reached({ restartsAtLeast: { container: 'app', count: 1 } }, pod)).toBe(true);
  expect(reached({ restartsAtLeast: { container: 'app', count: 2 } }, pod)).toBe(false);
  expect(reached({ restartsAtLeast: { container: 'other', count: 1 } }, pod)).toBe(false);
});

describe('a wait on the status watch (statusSeen), with anyOf and allOf', () => {
  // The watch's lines of a real init-failure run (its evidence.json's transcript, v1.34, kept here
  // because that file is re-recorded): restart 1 at 4.3 s, the first Init:CrashLoopBackOff at
  // 14.8 s for half a second, restart 2 at 15.3 s.
  const transcript = (JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', 'init-failure-watch.json'), 'utf8')) as { transcript: string[] }).transcript;
  const upTo = (t: number) => transcript.filter((l) => { const m = /^\s*(\d+(?:\.\d+)?)s /.exec(l); return m !== null && Number(m[1]) <= t; });
  const always = (restartCount: number, mainRunning = false) => ({
    metadata: { name: 'init-fails-always' },
    status: {
      phase: mainRunning ? 'Running' : 'Pending',
      initContainerStatuses: [{ name: 'check-db', restartCount }],
      containerStatuses: [{ name: 'main-app', restartCount: 0, state: mainRunning ? { running: {} } : { waiting: {} } }],
    },
  });
  const until = {
    anyOf: [
      { allOf: [{ statusSeen: 'Init:CrashLoopBackOff' }, { restartsAtLeast: { container: 'check-db', count: 2 } }] },
      { containerRunning: 'main-app' },
    ],
  };

  it('finds the recorded run it reads', () => {
    expect(upTo(14.8).some((l) => l.includes('init-fails-always') && l.includes('Init:CrashLoopBackOff')), 'the recorded watch has no Init:CrashLoopBackOff of init-fails-always at 14.8 s').toBe(true);
  });

  it('reads a STATUS from the watch\'s lines of that Pod only, however briefly it showed', () => {
    expect(reached({ statusSeen: 'Init:CrashLoopBackOff' }, always(1), upTo(14.7))).toBe(false);
    expect(reached({ statusSeen: 'Init:CrashLoopBackOff' }, always(1), upTo(14.8))).toBe(true);
    expect(reached({ statusSeen: 'Init:CrashLoopBackOff' }, { ...always(1), metadata: { name: 'init-fails-never' } }, transcript)).toBe(false);
    expect(reached({ statusSeen: 'Init:CrashLoopBackOff' }, always(1))).toBe(false); // no lines: never met
  });

  it('allOf needs every condition at once; anyOf needs one of its members', () => {
    expect(reached(until, always(1), upTo(14.8))).toBe(false); // back-off seen, restart 2 not yet
    expect(reached(until, always(2), upTo(14.7))).toBe(false); // restarted twice, back-off not seen yet
    expect(reached(until, always(2), upTo(15.3))).toBe(true);
    expect(reached(until, always(0, true), [])).toBe(true); // the broken variant: main-app runs
  });

  it('says what it waits for in both languages', () => {
    expect(describeUntil('init-fails-always', until, 'en')).toBe('(pod/init-fails-always STATUS Init:CrashLoopBackOff seen (kubectl get pods -w) and pod/init-fails-always container check-db restarted ≥ 2 time(s)) or pod/init-fails-always container main-app running');
    expect(describeUntil('p', { statusSeen: 'Init:Error' }, 'ko')).toBe('pod/p의 STATUS가 Init:Error 상태로 보임 (kubectl get pods -w)');
    expect(describeUntil('p', { allOf: [{ phase: 'Running' }, { containerRunning: 'a' }] }, 'ko')).toBe('pod/p의 phase가 Running 그리고 pod/p의 컨테이너 a 실행 중');
  });

  it('a lab whose wait reads the watch starts it; a wait without the watch\'s lines fails at once', async () => {
    expect(readsStatusWatch(until)).toBe(true);
    expect(readsStatusWatch({ anyOf: [{ phase: 'Running' }, { containerRunning: 'a' }] })).toBe(false);
    const { lab } = await loadLab('init-failure');
    expect(needsStatusWatch({ ...lab, steps: lab.steps.map((s) => ({ ...s, checks: s.checks.filter((c) => c.check.kind !== 'pod-status-seen') })) })).toBe(true);
    const exec = fakeExec([]);
    await expect(waitFor(new Kubectl(exec, { kubeconfig: '/k', context: 'c' }), 'ns', { pod: 'init-fails-always', until, timeoutSeconds: 60 })).rejects.toThrow(/needs the status watch/);
    expect(exec.calls).toEqual([]);
  });

  it('polls until the watch shows the STATUS, reading its lines anew each time', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let t = 10;
    const exec = fakeExec([[/ get pod init-fails-always /, { stdout: JSON.stringify(always(2)) }]]);
    const statusLines = () => upTo((t += 1));
    const pod = await waitFor(new Kubectl(exec, { kubeconfig: '/k', context: 'c' }), 'ns', { pod: 'init-fails-always', until, timeoutSeconds: 60 }, { pollIntervalMs: 5, statusLines });
    expect(pod.metadata.name).toBe('init-fails-always');
    expect(t).toBe(15); // the first read that includes the line at 14.8 s
  });
});

describe('a wait for a Pod that is not there', () => {
  const ns = 'lab-x-12345';
  const target = { kubeconfig: '/k', context: 'c' };
  const notFound = (name: string) => ({ code: 1, stderr: `Error from server (NotFound): pods "${name}" not found` });
  const podList = (...names: string[]) => ({ stdout: JSON.stringify({ items: names.map((name) => ({ metadata: { name } })) }) });
  const ready = (name: string) => ({ stdout: JSON.stringify({ metadata: { name }, status: { conditions: [{ type: 'Ready', status: 'True' }] } }) });
  const podYaml = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers: []\n`;
  const jobYaml = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: sidecar-job\nspec:\n  template:\n    spec:\n      containers: []\n';
  const wait = (pod: string) => ({ pod, until: { condition: 'Ready' as const }, timeoutSeconds: 60 });

  beforeEach(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  it('reads what the applied manifests create: Pods by name, and controllers that make Pods', () => {
    const s = podSources([
      { file: 'a.yaml', text: `${podYaml('one')}---\n${podYaml('two')}` },
      { file: 'job.yaml', text: jobYaml },
      { file: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n' },
    ]);
    expect([...s.pods]).toEqual([['one', 'a.yaml'], ['two', 'a.yaml']]);
    expect(s.owners).toEqual(['Job/sidecar-job']);
    expect(absentGraceMs('one', s)).toBe(0);
    expect(absentGraceMs('sidecar-job-x7k2p', s)).toBe(OWNED_POD_GRACE_MS);
    expect(absentGraceMs('other', podSources([{ file: 'a.yaml', text: podYaml('one') }]))).toBe(0);
  });

  it('fails at once when nothing applied creates it, naming the Pods that are there (ko and en)', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const exec = fakeExec([[/ get pod crash-onse /, notFound('crash-onse')], [/ get pods -n /, podList('backend-proxy-pod', 'crash-once')]]);
      const t0 = Date.now();
      const err = await waitFor(new Kubectl(exec, target), ns, wait('crash-onse'), { lang, applied: [{ file: 'pod.yaml', text: podYaml('crash-once') }] }).catch((e: Error) => e);
      expect(Date.now() - t0, 'it used up time that a Pod nobody creates cannot need').toBeLessThan(2000);
      const m = MESSAGES[lang].podAbsent;
      expect((err as Error).message).toBe(`${m.notCreated('crash-onse', ['pod.yaml'])}; ${m.existing(ns, ['backend-proxy-pod', 'crash-once'])}; ${m.fix}`);
    }
    expect(MESSAGES.en.podAbsent.existing(ns, ['a', 'b'])).toBe(`Pods in namespace ${ns}: a, b`);
  });

  it('fails at once when the Pod the manifests created has been deleted', async () => {
    const exec = fakeExec([[/ get pod app /, notFound('app')], [/ get pods -n /, podList()]]);
    const err = await waitFor(new Kubectl(exec, target), ns, wait('app'), { lang: 'en', applied: [{ file: 'pod.yaml', text: podYaml('app') }] }).catch((e: Error) => e);
    expect((err as Error).message).toBe(`pod/app does not exist: pod.yaml, applied in this run, created it, and it has since been deleted; namespace ${ns} has no Pods`);
  });

  it('waits for a Pod a Job creates a moment after the apply', async () => {
    let reads = 0;
    const exec = fakeExec([[/ get pod sidecar-job-x7k2p /, () => (++reads < 4 ? notFound('sidecar-job-x7k2p') : ready('sidecar-job-x7k2p'))], [/ get pods -n /, podList()]]);
    const pod = await waitFor(new Kubectl(exec, target), ns, wait('sidecar-job-x7k2p'), { pollIntervalMs: 20, ownedGraceMs: 2000, applied: [{ file: 'job.yaml', text: jobYaml }] });
    expect(pod.metadata.name).toBe('sidecar-job-x7k2p');
    expect(reads).toBe(4);
  });

  it('gives up on a controller\'s Pod after the short grace, not the whole timeout', async () => {
    const exec = fakeExec([[/ get pod sidecar-job-x7k2p /, notFound('sidecar-job-x7k2p')], [/ get pods -n /, podList('sidecar-job-a1b2c')]]);
    const t0 = Date.now();
    const err = await waitFor(new Kubectl(exec, target), ns, wait('sidecar-job-x7k2p'), { lang: 'en', pollIntervalMs: 20, ownedGraceMs: 200, applied: [{ file: 'job.yaml', text: jobYaml }] }).catch((e: Error) => e);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect((err as Error).message).toMatch(/^pod\/sidecar-job-x7k2p did not appear within 0.2s of the apply: this run's manifests create Pods only through Job\/sidecar-job; Pods in namespace lab-x-12345: sidecar-job-a1b2c; check/);
  });

  it('keeps waiting when the Pod turns up between the two reads', async () => {
    let reads = 0;
    const exec = fakeExec([[/ get pod app /, () => (++reads === 1 ? notFound('app') : ready('app'))], [/ get pods -n /, podList('app')]]);
    const pod = await waitFor(new Kubectl(exec, target), ns, wait('app'), { pollIntervalMs: 10, applied: [{ file: 'pod.yaml', text: podYaml('app') }] });
    expect(pod.metadata.name).toBe('app');
  });

  it('without the applied manifests, a missing Pod is "not yet" until the deadline (as before)', async () => {
    const exec = fakeExec([[/ get pod app /, notFound('app')]]);
    await expect(waitFor(new Kubectl(exec, target), ns, { ...wait('app'), timeoutSeconds: 1 }, { pollIntervalMs: 100 })).rejects.toThrow(/^timed out after .* waiting for pod\/app condition Ready; last seen: the Pod does not exist$/);
  });

  it('every wait of every lab and variant names a Pod that the manifests applied by then create', async () => {
    for (const loaded of await loadAllLabs()) {
      for (const variant of [undefined, ...loaded.variants.keys()]) {
        loaded.lab.steps.forEach((step, i) => {
          if (!step.wait) return;
          const sources = podSources(appliedUpTo(loaded.lab, manifestsFor(loaded, variant), i));
          expect(sources.pods.has(step.wait.pod) || sources.owners.length > 0, `${loaded.lab.name}${variant ? ` [${variant}]` : ''} step ${i + 1} waits for pod/${step.wait.pod}, which nothing applied creates`).toBe(true);
        });
      }
    }
  });
});
