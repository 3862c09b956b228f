import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clean } from '../commands/clean';
import { run } from '../commands/run';
import { Kubectl } from '../lib/kubectl';
import { fakeExec, type Rule } from './fake-exec';

const kubeconfig = join(mkdtempSync(join(tmpdir(), 'run-test-')), 'config');
writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
const context = 'given-ctx';

/** A cluster where every wait is reached at once; the argv is what these tests look at. */
const pod = {
  metadata: { name: 'backend-proxy-pod' },
  // app has restarted once: co-located's second step waits for that.
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'app', restartCount: 1, state: { running: {} } }] },
};
const cluster: Rule[] = [
  [/config get-contexts/, { stdout: `other\n${context}\n` }],
  [/ version -o json/, { stdout: '{"serverVersion":{"gitVersion":"v1.34.0"}}' }],
  [/ get pod /, { stdout: JSON.stringify(pod) }],
  [/ get events /, { stdout: '{"items":[]}' }],
  [/ get namespace lab-/, { stdout: 'multi-container-pod-lab' }],
  [/ exec /, { stdout: 'hello from main-app\nproxy_pass http://127.0.0.1:8080;' }],
  [/ logs /, { stdout: '"GET / HTTP/1.1" 200' }],
];

beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('run against a given kubeconfig/context', () => {
  it('passes --kubeconfig and --context on every kubectl call and never switches context', async () => {
    const exec = fakeExec(cluster);
    await run(exec, { names: ['co-located'], all: false, json: true, keep: false, kubeconfig, context });
    // Only reads of the kubeconfig file itself go without --context.
    const fileReads = exec.calls.filter((c) => c[1] === 'config');
    for (const argv of fileReads) expect(['current-context', 'get-contexts']).toContain(argv[2]);
    const clusterCalls = exec.calls.filter((c) => c[0] === 'kubectl' && !c.includes('--client') && c[1] !== 'config');
    expect(clusterCalls.length).toBeGreaterThan(5);
    for (const argv of clusterCalls) expect(argv.slice(0, 5), argv.join(' ')).toEqual(['kubectl', '--kubeconfig', kubeconfig, '--context', context]);
    expect(exec.calls.flat()).not.toContain('use-context');
    expect(exec.calls.some((c) => c[0] === 'kind')).toBe(false);
  });

  it('applies into its own namespace and deletes only that namespace', async () => {
    const exec = fakeExec(cluster);
    await run(exec, { names: ['co-located'], all: false, json: true, keep: false, kubeconfig, context });
    const applies = exec.calls.filter((c) => c.includes('apply'));
    const ns = applies.find((c) => c.includes('-n'))!.at(-3)!;
    expect(ns).toMatch(/^lab-co-located-[0-9a-f]{5}$/);
    // Besides its namespace, a lab deletes only Pods it made, inside that namespace (`delete` steps).
    const deletes = exec.calls.filter((c) => c.includes('delete') && !c.includes('pod'));
    expect(deletes).toEqual([['kubectl', '--kubeconfig', kubeconfig, '--context', context, 'delete', 'namespace', ns, '--wait=false', '--ignore-not-found']]);
  });

  it('leaves the namespace with --keep', async () => {
    const exec = fakeExec(cluster);
    await run(exec, { names: ['co-located'], all: false, json: true, keep: true, kubeconfig, context });
    expect(exec.calls.some((c) => c.includes('delete') && c.includes('namespace'))).toBe(false);
  });

  it('fails (exit 1) when a check fails', async () => {
    const exec = fakeExec([[/ exec /, { code: 1, stderr: 'wget: can\'t connect' }], ...cluster]);
    await expect(run(exec, { names: ['co-located'], all: false, json: true, keep: false, kubeconfig, context })).resolves.toBe(1);
  });
});

describe('cleanup safety', () => {
  it('does not delete a namespace without the runner label', async () => {
    const exec = fakeExec([[/ get namespace /, { stdout: '' }]]);
    await expect(new Kubectl(exec, { kubeconfig, context }).deleteLabNamespace('lab-x-12345')).resolves.toBe('not ours');
    expect(exec.calls.some((c) => c.includes('delete'))).toBe(false);
  });

  it('is safe to run twice: an absent namespace is fine', async () => {
    const exec = fakeExec([[/ get namespace /, { code: 1, stderr: 'Error from server (NotFound): namespaces "lab-x" not found' }]]);
    await expect(new Kubectl(exec, { kubeconfig, context }).deleteLabNamespace('lab-x-12345')).resolves.toBe('absent');
  });

  it('leaves a namespace that is already terminating alone', async () => {
    const exec = fakeExec([[/ get namespace /, { stdout: 'multi-container-pod-lab Terminating' }]]);
    await expect(new Kubectl(exec, { kubeconfig, context }).deleteLabNamespace('lab-x-12345')).resolves.toBe('already terminating');
    expect(exec.calls.some((c) => c.includes('delete'))).toBe(false);
  });

  it('clean --cluster refuses a cluster the runner did not create', async () => {
    await expect(clean(fakeExec([]), { cluster: true, kubeconfig })).rejects.toThrow(/deletes only the dedicated kind cluster/);
  });

  it('clean deletes only labelled namespaces, in the given context', async () => {
    const exec = fakeExec([...cluster.slice(0, 2), [/get namespaces -l/, { stdout: 'lab-a-11111 lab-b-22222' }], [/ get namespace lab-/, { stdout: 'multi-container-pod-lab' }]]);
    await clean(exec, { cluster: false, kubeconfig, context });
    const listed = exec.calls.find((c) => c.includes('namespaces'))!;
    expect(listed).toContain('app.kubernetes.io/managed-by=multi-container-pod-lab');
    expect(exec.calls.filter((c) => c.includes('delete')).map((c) => c[7])).toEqual(['lab-a-11111', 'lab-b-22222']);
  });
});
