/** Wait conditions over a Pod recorded from a real cluster (see judge.test.ts for how to regenerate). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeExec } from '../../__tests__/fake-exec';
import { Kubectl } from '../target/kubectl';
import { loadAllLabs, manifestsFor } from '../labs/labs';
import { MESSAGES } from '../output/messages';
import type { Recording } from '../evidence/record';
import { absentGraceMs, appliedUpTo, OWNED_POD_GRACE_MS, podSources, reached, waitFor } from './wait';
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
