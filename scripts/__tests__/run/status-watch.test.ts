/**
 * A lab with a `pod-status-seen` check: the runner watches `kubectl get pods -w -o wide` for the
 * whole run and judges the check from the lines of its Pod; a lab without one starts no watch.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Kubectl } from '../../lib/target/kubectl';
import { labSchema, type LabDefinition } from '../../lib/labs/lab-schema';
import type { LoadedLab } from '../../lib/labs/labs';
import { runLab } from '../../lib/run/run-lab';
import { fakeExec, type Rule } from '../support/fake-exec';

const target = { kubeconfig: 'kubeconfig', context: 'ctx' };

// As kubectl printed them on the real cluster (init-failure lab, v1.34.4), without the runner's stamps.
const WATCH = [
  'NAME                READY   STATUS     RESTARTS   AGE   IP       NODE       NOMINATED NODE   READINESS GATES',
  'init-fails-always   0/1     Pending    0          0s    <none>   <none>     <none>           <none>',
  'init-fails-always   0/1     Init:0/1   0          0s    <none>   lab-node   <none>           <none>',
  'init-fails-always   0/1     Init:Error   0          1s    10.244.0.129   lab-node   <none>           <none>',
  'init-fails-always   0/1     Init:CrashLoopBackOff   1 (16s ago)   17s   10.244.0.129   lab-node   <none>           <none>',
].join('\n');

const POD = JSON.stringify({ metadata: { name: 'init-fails-always', uid: 'u1' }, status: { phase: 'Pending' } });

function lab(withSeen: boolean): LoadedLab {
  const def = {
    name: 'tmp-lab',
    title: 't',
    proves: ['p'],
    doc: 'd',
    steps: [
      {
        title: 'create',
        apply: ['pod.yaml'],
        checks: [
          withSeen
            ? { id: 'seen', title: 'seen', check: { kind: 'pod-status-seen', pod: 'init-fails-always', sequence: ['Init:Error', 'Init:CrashLoopBackOff'] } }
            : { id: 'seen', title: 'seen', check: { kind: 'pod-phase', pod: 'init-fails-always', phase: 'Pending' } },
        ],
      },
    ],
    en: { title: 't', proves: ['p'], steps: ['create'], checks: { seen: 'seen' } },
  } satisfies LabDefinition;
  return { lab: labSchema.parse(def), dir: '.', manifests: new Map([['pod.yaml', 'kind: Pod\n']]), variants: new Map() };
}

const rules: Rule[] = [
  [/ get pods -w /, { stdout: `${WATCH}\n` }],
  [/ get pod init-fails-always /, { stdout: POD }],
  [/ get namespace /, { stdout: 'multi-container-pod-lab' }],
  [/ get events /, { stdout: '{"items":[]}' }],
];

beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('runLab with pod-status-seen', () => {
  it('watches the namespace from the start and judges the Pod\'s STATUS changes', async () => {
    const exec = fakeExec(rules);
    const result = await runLab(lab(true), { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    const watches = exec.calls.filter((c) => c.includes('-w'));
    expect(watches.map((c) => c.slice(5).join(' '))).toEqual([expect.stringMatching(/^get pods -w -n lab-tmp-lab-\w+ -o wide$/)]);
    // The watch starts before the first manifest is applied (the namespace's apply has no -n).
    expect(exec.calls.indexOf(watches[0])).toBeLessThan(exec.calls.findIndex((c) => c.includes('apply') && c.includes('-n')));
    expect(result.checks[0]).toMatchObject({
      id: 'seen',
      pass: true,
      evidence: expect.stringMatching(/^init-fails-always: STATUS Pending @\d+\.\ds → Init:0\/1 @\d+\.\ds → Init:Error @\d+\.\ds → Init:CrashLoopBackOff @\d+\.\ds \(expected Init:Error → Init:CrashLoopBackOff in this order\)$/),
    });
  });

  it('starts no watch for a lab without such a check', async () => {
    const exec = fakeExec(rules);
    await runLab(lab(false), { kubectl: new Kubectl(exec, target), serverVersion: 'v1.34.4', out: () => undefined, pollIntervalMs: 1 });
    expect(exec.calls.filter((c) => c.includes('-w'))).toEqual([]);
  });
});
