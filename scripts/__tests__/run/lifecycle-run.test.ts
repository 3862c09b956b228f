/**
 * The runner's steps for lifecycle evidence, against a fake kubectl: a `delete` step follows
 * every container's log while the Pod goes away, and checks after it read those logs; a
 * `same-pod` check compares with the uid seen right after the Pod was created.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteFollowingLogs } from '../../lib/run/delete-step';
import { Kubectl } from '../../lib/target/kubectl';
import { labSchema, type LabDefinition } from '../../lib/labs/lab-schema';
import type { LoadedLab } from '../../lib/labs/labs';
import { runLab } from '../../lib/run/run-lab';
import { fakeExec, type Rule } from '../support/fake-exec';
import { setMessageLang } from '../../lib/output/messages';

// These tests read the runner's lines in English; cli.test.ts checks both languages end to end.
setMessageLang('en');

const target = { kubeconfig: 'kubeconfig', context: 'ctx' };

function podJson(uid: string, restarts = 0) {
  return JSON.stringify({
    metadata: { name: 'p', uid },
    spec: { initContainers: [{ name: 'sidecar', restartPolicy: 'Always' }], containers: [{ name: 'main' }] },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }],
      initContainerStatuses: [{ name: 'sidecar', restartCount: restarts, state: { running: { startedAt: '2026-01-01T00:00:00Z' } }, ...(restarts ? { lastState: { terminated: { exitCode: 1 } } } : {}) }],
      containerStatuses: [{ name: 'main', restartCount: 0, state: { running: { startedAt: '2026-01-01T00:00:01Z' } } }],
    },
  });
}

// Text as the real cluster printed it (native-sidecar lab, Kubernetes v1.34.4).
const logs: Record<string, string> = {
  sidecar: 'LIFECYCLE 2375.89 log-agent Starting\nLIFECYCLE 2375.89 log-agent Started\nLIFECYCLE 2380.62 log-agent Exiting\n',
  main: 'LIFECYCLE 2372.86 app Starting\nLIFECYCLE 2372.87 app Started\nLIFECYCLE 2380.54 app Exiting\n',
};

beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('delete step', () => {
  it('follows each running container\'s log before deleting, keeps restarted runs (--previous), and returns it all', async () => {
    const exec = fakeExec([
      [/ get pod p /, { stdout: podJson('u1', 1) }],
      [/ logs .* -c sidecar --previous/, { stdout: 'LIFECYCLE 2371.86 log-agent Starting\n' }],
      [/ logs -f .* -c (\w+)/, (argv) => ({ stdout: logs[argv.at(-1)!] })],
    ]);
    const text = await deleteFollowingLogs(new Kubectl(exec, target), 'ns', 'p', 30, 0);
    const verbs = exec.calls.map((c) => c.slice(5).filter((a) => !/^(-n|ns)$/.test(a)).join(' '));
    const deleteAt = verbs.findIndex((v) => v.startsWith('delete pod p'));
    expect(verbs.slice(0, deleteAt)).toEqual(['get pod p -o json', 'logs p -c sidecar --previous', 'logs -f p -c sidecar', 'logs -f p -c main']);
    expect(verbs[deleteAt]).toBe('delete pod p --wait=true --timeout=30s');
    expect(text).toContain('LIFECYCLE 2371.86 log-agent Starting');
    expect(text).toContain('LIFECYCLE 2380.54 app Exiting');
  });

  it('says which Pod is missing when there is nothing to delete', async () => {
    const exec = fakeExec([[/ get pod /, { code: 1, stderr: 'Error from server (NotFound): pods "p" not found' }]]);
    await expect(deleteFollowingLogs(new Kubectl(exec, target), 'ns', 'p', 30, 0)).rejects.toThrow(/pod\/p does not exist/);
  });
});

describe('runLab with lifecycle steps', () => {
  const def = {
    name: 'tmp-lab',
    title: 't',
    proves: ['p'],
    doc: 'd',
    steps: [
      {
        title: 'create',
        apply: ['pod.yaml'],
        wait: { pod: 'p', until: { condition: 'Ready' }, timeoutSeconds: 5 },
        checks: [{ id: 'same', title: 'same Pod', check: { kind: 'same-pod', pod: 'p' } }],
      },
      {
        title: 'delete',
        delete: { pod: 'p', timeoutSeconds: 30 },
        checks: [{ id: 'order', title: 'main stops first', check: { kind: 'lifecycle-order', pod: 'p', first: { container: 'app', event: 'Exiting' }, then: { container: 'log-agent', event: 'Exiting' } } }],
      },
    ],
    en: { title: 't', proves: ['p'], steps: ['create', 'delete'], checks: { same: 'same Pod', order: 'main stops first' } },
  } satisfies LabDefinition;
  const loaded: LoadedLab = { lab: labSchema.parse(def), dir: '.', manifests: new Map([['pod.yaml', 'kind: Pod\n']]), variants: new Map() };

  function cluster(uids: string[]): Rule[] {
    let deleted = false;
    let gets = 0;
    return [
      [/ delete pod /, () => ((deleted = true), {})],
      [/ get pod p /, () => (deleted ? { code: 1, stderr: 'Error from server (NotFound): pods "p" not found' } : { stdout: podJson(uids[Math.min(gets++, uids.length - 1)]) })],
      [/ logs -f .* -c (\w+)/, (argv) => ({ stdout: logs[argv.at(-1)!] })],
      [/ get namespace /, { stdout: 'multi-container-pod-lab' }],
      [/ get events /, { stdout: '{"items":[]}' }],
    ];
  }

  it('judges checks after a delete step from the logs it followed', async () => {
    const exec = fakeExec(cluster(['u1']));
    const result = await runLab(loaded, { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    expect(result.checks.map((c) => [c.id, c.pass])).toEqual([['same', true], ['order', true]]);
    expect(result.checks[1].evidence).toMatch(/^app Exiting @2380\.54s; log-agent Exiting @2380\.62s \(80ms later\)/);
  });

  it('fails same-pod when the Pod was replaced after it was created', async () => {
    const exec = fakeExec(cluster(['u1', 'u2']));
    const result = await runLab(loaded, { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    expect(result.checks[0]).toMatchObject({ id: 'same', pass: false, evidence: expect.stringContaining('first seen with uid u1') });
  });
});
