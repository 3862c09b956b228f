/**
 * A check whose subject arrives after the step's wait (a log line a sidecar's `tail -F` copies a
 * second later; checks/arrival.ts) is read again while it fails, and only then judged; a check of
 * another kind is judged on one read. The fake cluster is pure logic: what the runner does with
 * answers that change between reads.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Kubectl } from '../../lib/target/kubectl';
import { labSchema, type LabDefinition } from '../../lib/labs/lab-schema';
import type { LoadedLab } from '../../lib/labs/labs';
import { runLab } from '../../lib/run/run-lab';
import { fakeExec, type Rule } from '../support/fake-exec';
import { setMessageLang } from '../../lib/output/messages';
import { ARRIVAL_POLL_MS, ARRIVAL_WINDOW_MS } from '../../lib/checks/arrival';

beforeEach(() => {
  setMessageLang('en');
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

const target = { kubeconfig: 'kubeconfig', context: 'ctx' };
const pod = JSON.stringify({
  metadata: { name: 'p', uid: 'u1' },
  spec: { initContainers: [{ name: 'log-shipper', restartPolicy: 'Always' }], containers: [{ name: 'web-app' }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    initContainerStatuses: [{ name: 'log-shipper', restartCount: 0, state: { running: { startedAt: '2026-01-01T00:00:00Z' } } }],
    containerStatuses: [{ name: 'web-app', restartCount: 0, state: { running: { startedAt: '2026-01-01T00:00:03Z' } } }],
  },
});

function loaded(check: LabDefinition['steps'][number]['checks'][number]['check']): LoadedLab {
  const def = {
    name: 'tmp-lab',
    title: 't',
    proves: ['p'],
    doc: 'd',
    steps: [{ title: 'create', apply: ['pod.yaml'], wait: { pod: 'p', until: { condition: 'Ready' }, timeoutSeconds: 5 }, checks: [{ id: 'c', title: 'c', check }] }],
    en: { title: 't', proves: ['p'], steps: ['create'], checks: { c: 'c' } },
  } satisfies LabDefinition;
  return { lab: labSchema.parse(def), dir: '.', manifests: new Map([['pod.yaml', 'kind: Pod\n']]), variants: new Map() };
}

/** The log-shipper's log: empty for the first `late` reads, then with the line. */
function cluster(late: number): Rule[] {
  let reads = 0;
  return [
    [/ get pod p /, { stdout: pod }],
    [/ logs /, () => ({ stdout: reads++ < late ? '' : 'web-app started\n' })],
    [/ get namespace /, { stdout: 'multi-container-pod-lab' }],
    [/ get events /, { stdout: '{"items":[]}' }],
  ];
}
const logReads = (calls: string[][]) => calls.filter((c) => c.includes('logs')).length;
const shipsFirstLine = { kind: 'log-includes', pod: 'p', container: 'log-shipper', text: 'web-app started' } as const;

describe('a check whose subject arrives late', () => {
  it('passes when the log line arrives within the window, after reading again', async () => {
    const exec = fakeExec(cluster(2));
    const result = await runLab(loaded(shipsFirstLine), { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    expect(result.checks[0]).toMatchObject({ id: 'c', pass: true });
    expect(logReads(exec.calls)).toBe(3);
  });

  it('fails when the line never arrives, after reading for the whole window', async () => {
    const exec = fakeExec(cluster(Infinity));
    const t0 = Date.now();
    const result = await runLab(loaded(shipsFirstLine), { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    expect(result.checks[0]).toMatchObject({ id: 'c', pass: false });
    // The last read comes within one poll of the window's end.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(ARRIVAL_WINDOW_MS - ARRIVAL_POLL_MS);
    expect(logReads(exec.calls)).toBeGreaterThan(2);
  }, ARRIVAL_WINDOW_MS + 10_000);

  it('a failing check of another kind is judged on its one read: a container that exits a moment later does not pass it', async () => {
    // web-app is running for the first second, then has exited 0: read again, the check would pass.
    const t0 = Date.now();
    const exited = JSON.parse(pod) as { status: { containerStatuses: { state: unknown }[] } };
    exited.status.containerStatuses[0].state = { terminated: { exitCode: 0, reason: 'Completed', finishedAt: '2026-01-01T00:00:05Z' } };
    const exec = fakeExec([[/ get pod p /, () => ({ stdout: Date.now() - t0 < 1000 ? pod : JSON.stringify(exited) })], ...cluster(0)]);
    const result = await runLab(loaded({ kind: 'container-exited', pod: 'p', container: 'web-app', exitCode: 0 }), { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    expect(Date.now() - t0, 'the run ended within the first second').toBeLessThan(1000);
    expect(result.checks[0]).toMatchObject({ id: 'c', pass: false });
  });
});
