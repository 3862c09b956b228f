import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { clean } from '../../commands/clean';
import { run } from '../../commands/run';
import { hostname } from 'node:os';
import { CLUSTER_NAME, KIND_CONTEXT, kindKubeconfigPath } from '../../lib/target/kind';
import { Kubectl } from '../../lib/target/kubectl';
import { processStart } from '../../lib/run/owner';
import { sweepReason } from '../../lib/run/sweep';
import { fakeExec, type Rule } from '../support/fake-exec';
import { tempDir } from '../support/temp-dir';
import { MESSAGES, setMessageLang } from '../../lib/output/messages';

// A fake cluster's answers never change: reading a late-arriving check again only costs time here.
vi.mock(import('../../lib/checks/arrival'), async (original) => ({ ...(await original()), ARRIVAL_WINDOW_MS: 0 }));

// These tests read the runner's lines in English; cli.test.ts checks both languages end to end.
setMessageLang('en');

const kubeconfig = join(tempDir('run-test-'), 'config');
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
  [/ get namespaces -l /, { stdout: '{"items":[]}' }],
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
    // Besides its namespace, a lab deletes only Pods it made, inside that namespace (`delete` steps,
    // and every Pod of its namespace with a 1 s grace period just before the namespace itself).
    const deletes = exec.calls.filter((c) => c.includes('delete'));
    const prefix = ['kubectl', '--kubeconfig', kubeconfig, '--context', context, 'delete'];
    for (const d of deletes) {
      expect(d.slice(0, 6)).toEqual(prefix);
      if (d[6] === 'namespace') expect(d).toEqual([...prefix, 'namespace', ns, '--wait=false', '--ignore-not-found']);
      else expect(d.slice(6).join(' ')).toMatch(new RegExp(`^pods? \\S+ -n ${ns} `));
    }
    expect(deletes.filter((d) => d[6] === 'namespace')).toHaveLength(1);
    expect(deletes.at(-1)![6]).toBe('namespace');
  });

  it('leaves the namespace with --keep, marked as kept so that sweeps leave it to clean', async () => {
    const exec = fakeExec(cluster);
    await run(exec, { names: ['co-located'], all: false, json: true, keep: true, kubeconfig, context });
    expect(exec.calls.some((c) => c.includes('delete') && c.includes('namespace'))).toBe(false);
    expect(exec.calls.find((c) => c.includes('annotate'))?.slice(5).join(' ')).toMatch(/^annotate namespace lab-co-located-\w+ multi-container-pod\/kept=true --overwrite$/);
  });

  it('records its owner (host, pid, start time) on the namespace it creates', async () => {
    const exec = fakeExec(cluster);
    await run(exec, { names: ['shared-volume'], all: false, json: true, keep: false, kubeconfig, context });
    const create = exec.calls.findIndex((c) => c.includes('apply') && !c.includes('-n'));
    const body = JSON.parse(exec.inputs[create]!) as { kind: string; metadata: { annotations: Record<string, string> } };
    expect(body.kind).toBe('Namespace');
    expect(body.metadata.annotations['multi-container-pod/owner']).toBe(`${hostname()}/${process.pid}/${processStart(process.pid)}`);
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

  it('clean --cluster says that it deletes the dedicated cluster, then does that and nothing else (no "reusing" line)', async () => {
    vi.stubEnv('XDG_CACHE_HOME', tempDir('xdg-'));
    onTestFinished(() => void vi.unstubAllEnvs());
    const runnerKubeconfig = kindKubeconfigPath();
    mkdirSync(dirname(runnerKubeconfig), { recursive: true });
    writeFileSync(runnerKubeconfig, 'apiVersion: v1\nkind: Config\n');
    const exec = fakeExec([[/^kind get clusters/, { stdout: `${CLUSTER_NAME}\n` }]]);
    vi.mocked(process.stderr.write).mockClear();
    expect(await clean(exec, { cluster: true })).toBe(0);
    const printed = vi.mocked(process.stderr.write).mock.calls.map(([chunk]) => String(chunk).replace(/^\[[^\]]*\] /, '').trimEnd());
    const m = MESSAGES.en;
    const title = m.target.deletingCluster(KIND_CONTEXT);
    expect(printed).toEqual([m.progress.working(title), expect.stringMatching(new RegExp(`^${title}: done after `))]);
    // Of kind's commands that change something, only the delete (no export of the kubeconfig, no create).
    expect(exec.calls.filter((c) => c[0] === 'kind' && ['create', 'delete', 'export'].includes(c[1]))).toEqual([
      ['kind', 'delete', 'cluster', '--name', CLUSTER_NAME, '--kubeconfig', runnerKubeconfig],
    ]);
  });

  it('clean deletes only labelled namespaces, in the given context, and never one whose run is alive', async () => {
    const ns = (name: string, owner?: string) => ({ metadata: { name, annotations: owner ? { 'multi-container-pod/owner': owner } : {} }, status: { phase: 'Active' } });
    const alive = `${hostname()}/${process.pid}/${processStart(process.pid)}`;
    const items = [ns('lab-a-11111'), ns('lab-b-22222', `${hostname()}/999999/1`), ns('lab-c-33333', alive), ns('lab-d-44444', 'other-host/1/1')];
    const exec = fakeExec([...cluster.slice(0, 2), [/get namespaces -l/, { stdout: JSON.stringify({ items }) }], [/ get namespace lab-/, { stdout: 'multi-container-pod-lab' }]]);
    await clean(exec, { cluster: false, kubeconfig, context });
    const listed = exec.calls.find((c) => c.includes('namespaces'))!;
    expect(listed).toContain('app.kubernetes.io/managed-by=multi-container-pod-lab');
    expect(exec.calls.filter((c) => c.includes('delete') && c.includes('namespace')).map((c) => c[7])).toEqual(['lab-a-11111', 'lab-b-22222']);
  });

  it('run sweeps only namespaces whose run on this host has ended, and not kept ones', () => {
    const mine = { host: hostname(), pid: process.pid, start: processStart(process.pid)! };
    const ended = { host: hostname(), pid: 999999, start: '1' };
    const base = { terminating: false, kept: false };
    expect(sweepReason({ ...base, name: 'a', owner: ended }, 'run')?.delete).toBe(true);
    expect(sweepReason({ ...base, name: 'b', owner: mine }, 'run')).toBeUndefined();
    expect(sweepReason({ ...base, name: 'c', owner: ended, kept: true }, 'run')).toBeUndefined();
    expect(sweepReason({ ...base, name: 'd' }, 'run')).toBeUndefined();
    expect(sweepReason({ ...base, name: 'e', owner: { ...ended, host: 'elsewhere' } }, 'run')).toBeUndefined();
    expect(sweepReason({ ...base, name: 'f', owner: ended, terminating: true }, 'run')).toBeUndefined();
    expect(sweepReason({ ...base, name: 'g', owner: ended, kept: true }, 'clean')?.delete).toBe(true);
    expect(sweepReason({ ...base, name: 'h', owner: mine }, 'clean')).toEqual({ delete: false, why: `left alone: its run (pid ${process.pid}) is still going` });
  });
});
