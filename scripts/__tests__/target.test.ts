import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindConfig, NODE_IMAGE, parseNodeCount } from '../lib/kind';
import { connect, resolveTarget } from '../lib/target';
import { fakeExec } from './fake-exec';

const kubeconfig = join(mkdtempSync(join(tmpdir(), 'target-test-')), 'config');
writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
const env = { XDG_CACHE_HOME: '/cache' };

describe('preflight', () => {
  it.each([
    ['kubectl', /^kubectl is not installed .*https:\/\/kubernetes\.io\/docs\/tasks\/tools/],
    ['kind', /^kind is not installed .*go install sigs\.k8s\.io\/kind@v0\.30\.0/],
    ['docker', /^docker is not installed .*Docker Engine .*Docker Desktop/],
  ])('names a missing %s and how to install it', async (tool, message) => {
    const exec = fakeExec([[new RegExp(`^${tool} `), 'missing']]);
    await expect(resolveTarget(exec, { create: true, env })).rejects.toThrow(message);
  });

  it('does not need kind or docker for an explicit kubeconfig', async () => {
    const exec = fakeExec([[/^(kind|docker) /, 'missing'], [/config current-context/, { stdout: 'ctx-a\n' }]]);
    await expect(resolveTarget(exec, { kubeconfig, create: true, env })).resolves.toEqual({ kubeconfig, context: 'ctx-a', dedicated: false });
  });

  it('says when docker is installed but its daemon is down', async () => {
    const exec = fakeExec([[/^docker /, { code: 1, stderr: 'Cannot connect to the Docker daemon' }]]);
    await expect(resolveTarget(exec, { create: true, env })).rejects.toThrow(/docker is installed but does not work: Cannot connect.*start Docker/);
  });
});

describe('target', () => {
  it('reads the current context of the given kubeconfig and never changes it', async () => {
    const exec = fakeExec([[/config current-context/, { stdout: 'ctx-a\n' }]]);
    await resolveTarget(exec, { kubeconfig, create: true, env });
    expect(exec.calls).toContainEqual(['kubectl', 'config', 'current-context', '--kubeconfig', kubeconfig]);
    expect(exec.calls.flat()).not.toContain('use-context');
  });

  it('asks for --context when the kubeconfig has no current-context', async () => {
    const exec = fakeExec([[/config current-context/, { code: 1, stderr: 'error: current-context is not set' }], [/get-contexts/, { stdout: 'a\nb\n' }]]);
    await expect(resolveTarget(exec, { kubeconfig, create: true, env })).rejects.toThrow(/has no current-context: pass --context NAME \(contexts in that file: a, b\)/);
  });

  it('rejects a --context that is not in the kubeconfig, listing the ones that are', async () => {
    const exec = fakeExec([[/get-contexts/, { stdout: 'a\nb\n' }]]);
    await expect(resolveTarget(exec, { kubeconfig, context: 'nope', create: true, env })).rejects.toThrow(/has no context "nope": pass --context NAME \(contexts in that file: a, b\)/);
  });

  it('rejects a kubeconfig file that does not exist', async () => {
    await expect(resolveTarget(fakeExec([]), { kubeconfig: '/nonexistent', create: true, env })).rejects.toThrow(/kubeconfig \/nonexistent does not exist/);
  });

  it('uses the dedicated kind cluster with its own kubeconfig, creating it when missing', async () => {
    const exec = fakeExec([[/^kind get clusters/, { stdout: 'other\n' }]]);
    const target = await resolveTarget(exec, { create: true, env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'xdg-')) } });
    expect(target?.context).toBe('kind-multi-container-pod');
    const create = exec.calls.find((c) => c[1] === 'create')!;
    expect(create).toEqual(['kind', 'create', 'cluster', '--name', 'multi-container-pod', '--image', expect.stringMatching(/^kindest\/node:v1\.34\.0/), '--kubeconfig', target!.kubeconfig, '--wait', '120s']);
    expect(target!.kubeconfig).toMatch(/multi-container-pod\/kind\/kubeconfig$/);
  });

  it('names the context and kubeconfig of an unreachable cluster', async () => {
    const exec = fakeExec([[/ version -o json/, { code: 1, stderr: 'Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: connection refused' }]]);
    await expect(connect(exec, { kubeconfig, context: 'ctx-a', dedicated: false })).rejects.toThrow(
      new RegExp(`cannot reach the cluster of context "ctx-a" in kubeconfig ${kubeconfig}: Unable to connect.*get nodes`),
    );
  });
});

describe('the kind cluster the runner creates', () => {
  const fresh = () => ({ XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'xdg-')) });
  const createCall = (calls: string[][]) => calls.find((c) => c[0] === 'kind' && c[1] === 'create')!;

  it('uses the pinned node image by default, $LAB_KIND_NODE_IMAGE over it, --node-image over both', async () => {
    const none = fakeExec([[/^kind get clusters/, { stdout: '' }]]);
    await resolveTarget(none, { create: true, env: fresh() });
    expect(createCall(none.calls)).toContain(NODE_IMAGE);

    const fromEnv = fakeExec([[/^kind get clusters/, { stdout: '' }]]);
    await resolveTarget(fromEnv, { create: true, env: { ...fresh(), LAB_KIND_NODE_IMAGE: 'offline/node:v1' } });
    expect(createCall(fromEnv.calls)).toContain('offline/node:v1');

    const fromFlag = fakeExec([[/^kind get clusters/, { stdout: '' }]]);
    await resolveTarget(fromFlag, { create: true, nodeImage: 'flag/node:v2', env: { ...fresh(), LAB_KIND_NODE_IMAGE: 'offline/node:v1' } });
    expect(createCall(fromFlag.calls)).toContain('flag/node:v2');
  });

  it('--nodes 2 passes kind a config with a control plane and a worker', async () => {
    const exec = fakeExec([[/^kind get clusters/, { stdout: '' }]]);
    await resolveTarget(exec, { create: true, nodes: 2, env: fresh() });
    const call = createCall(exec.calls);
    const file = call[call.indexOf('--config') + 1];
    expect(readFileSync(file, 'utf8')).toBe(kindConfig(2));
    expect(kindConfig(2)).toMatch(/nodes:\n\s+- role: control-plane\n\s+- role: worker\n/);
  });

  it('one node needs no kind config', async () => {
    const exec = fakeExec([[/^kind get clusters/, { stdout: '' }]]);
    await resolveTarget(exec, { create: true, nodes: 1, env: fresh() });
    expect(createCall(exec.calls)).not.toContain('--config');
  });

  it('reuses an existing cluster without creating one', async () => {
    const exec = fakeExec([[/^kind get clusters/, { stdout: 'multi-container-pod\n' }], [/^kind get nodes/, { stdout: 'multi-container-pod-control-plane\n' }]]);
    await resolveTarget(exec, { create: true, nodes: 1, env: fresh() });
    expect(exec.calls.find((c) => c[1] === 'create')).toBeUndefined();
  });

  it('refuses an existing cluster of another size, saying how to delete it', async () => {
    const exec = fakeExec([[/^kind get clusters/, { stdout: 'multi-container-pod\n' }], [/^kind get nodes/, { stdout: 'multi-container-pod-control-plane\n' }]]);
    await expect(resolveTarget(exec, { create: true, nodes: 2, env: fresh() })).rejects.toThrow(
      /has 1 node\(s\) and --nodes asks for 2: delete it first \(npm run lab -- clean --cluster\)/,
    );
  });

  it('refuses --nodes and --node-image with a cluster of the user\'s own', async () => {
    await expect(resolveTarget(fakeExec([]), { kubeconfig, nodes: 2, create: true, env })).rejects.toThrow(/--nodes and --node-image shape the dedicated kind cluster/);
  });

  it.each(['0', '-1', '1.5', 'two', '9'])('rejects --nodes %s with the range', (v) => {
    expect(() => parseNodeCount(v)).toThrow(/give a whole number from 1 to 5/);
  });
});
