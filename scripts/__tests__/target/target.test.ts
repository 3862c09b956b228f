import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_VERSION, kindConfig, kindKubeconfigPath, NODE_IMAGE, parseNodeCount } from '../../lib/target/kind';
import type { LabLang } from '../../lib/labs/lab-text';
import { MESSAGES } from '../../lib/output/messages';
import { connect, resolveTarget } from '../../lib/target/target';
import { kindBinaryInstall } from '../../lib/target/tools';
import { withLogSink } from '../../lib/progress';
import { fakeExec, type Rule } from '../support/fake-exec';
import { tempDir } from '../support/temp-dir';
import { setMessageLang } from '../../lib/output/messages';

// These tests read the runner's lines in English; cli.test.ts checks both languages end to end.
setMessageLang('en');

const kubeconfig = join(tempDir('target-test-'), 'config');
writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
const env = { XDG_CACHE_HOME: '/cache' };

describe('preflight', () => {
  it('names a missing kubectl and how to install it', async () => {
    const exec = fakeExec([[/^kubectl /, 'missing']]);
    await expect(resolveTarget(exec, { create: true, env })).rejects.toThrow(/^kubectl is not installed .*https:\/\/kubernetes\.io\/docs\/tasks\/tools/);
  });

  /** The message of a failed preflight, split into lines. */
  const preflight = async (rules: Rule[], lang?: LabLang) => {
    const err = await resolveTarget(fakeExec(rules), { create: true, env, lang }).then(() => undefined, (e: Error) => e);
    expect(err, 'the preflight passed').toBeInstanceOf(Error);
    return err!.message.split('\n');
  };
  const kindBinary = `https://kind.sigs.k8s.io/dl/v${KIND_VERSION}/kind-linux-${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;

  it.each(['ko', 'en'] as const)('a missing kind (%s): one line of reason, then your own cluster with --kubeconfig, then a kind install without Go', async (lang) => {
    const lines = await preflight([[/^kind /, 'missing']], lang);
    const m = MESSAGES[lang];
    expect(lines[0]).toBe(m.toolsMissing(['kind']));
    const rest = lines.slice(1).join('\n');
    // The reader's own cluster first: the flags, and that without them $KUBECONFIG is never used.
    expect(rest).toContain('--kubeconfig FILE [--context NAME]');
    expect(rest).toContain(m.ownCluster.kubeconfigEnv);
    expect(m.ownCluster.kubeconfigEnv).toMatch(/\$KUBECONFIG/);
    expect(m.ownCluster.kubeconfigEnv).toMatch(/--context/);
    expect(rest.indexOf('--kubeconfig FILE')).toBeLessThan(rest.indexOf('brew install kind'));
    // kind as its quick start installs it without Go: the pinned release binary, Homebrew, Chocolatey.
    expect(rest).toContain(`curl -Lo ./kind ${kindBinary} && chmod +x ./kind && sudo mv ./kind /usr/local/bin/kind`);
    expect(rest).toMatch(/macOS: +brew install kind\n/);
    expect(rest).toMatch(/Windows: +choco install kind\n/);
    expect(rest).not.toContain('go install');
    if (lang === 'en') expect(rest).not.toMatch(/\p{Script=Hangul}/u);
  });

  it('speaks Korean by default', async () => {
    setMessageLang('ko'); // the CLI's default; this file reads English otherwise
    try {
      const [first] = await preflight([[/^kind /, 'missing']]);
      expect(first).toMatch(/^kind가 설치되어 있지 않습니다/);
    } finally {
      setMessageLang('en');
    }
  });

  it('picks kind\'s binary for the CPU', () => {
    expect(kindBinaryInstall('arm64')).toContain(`/dl/v${KIND_VERSION}/kind-linux-arm64`);
    expect(kindBinaryInstall('x64')).toContain(`/dl/v${KIND_VERSION}/kind-linux-amd64`);
  });

  it('a missing docker: the reader\'s own cluster, or Docker Engine / Docker Desktop', async () => {
    const lines = await preflight([[/^docker /, 'missing']], 'en');
    expect(lines[0]).toBe('Docker is not installed (not found on PATH); without --kubeconfig the runner makes a kind cluster of its own, which needs kind and Docker.');
    expect(lines.join('\n')).toMatch(/--kubeconfig FILE \[--context NAME\][\s\S]*install Docker: Docker Engine .*Docker Desktop/);
  });

  it('kind and docker both missing: said at once, with both installs', async () => {
    const lines = await preflight([[/^(kind|docker) /, 'missing']], 'en');
    expect(lines[0]).toMatch(/^kind and Docker are not installed/);
    expect(lines.join('\n')).toMatch(/brew install kind[\s\S]*install Docker:/);
  });

  it('never falls back to $KUBECONFIG: without --kubeconfig nothing is read from it', async () => {
    const exec = fakeExec([[/^kind /, 'missing']]);
    await expect(resolveTarget(exec, { create: true, env: { ...env, KUBECONFIG: kubeconfig } })).rejects.toThrow();
    expect(exec.calls.flat()).not.toContain(kubeconfig);
  });

  it('does not need kind or docker for an explicit kubeconfig', async () => {
    const exec = fakeExec([[/^(kind|docker) /, 'missing'], [/config current-context/, { stdout: 'ctx-a\n' }]]);
    await expect(resolveTarget(exec, { kubeconfig, create: true, env })).resolves.toEqual({ kubeconfig, context: 'ctx-a', dedicated: false });
  });

  it('says when docker is installed but its daemon is down, and offers the reader\'s own cluster', async () => {
    const lines = await preflight([[/^docker /, { code: 1, stderr: 'Cannot connect to the Docker daemon' }]], 'en');
    expect(lines[0]).toMatch(/^Docker is installed but does not work: Cannot connect to the Docker daemon\. Without --kubeconfig/);
    expect(lines.join('\n')).toMatch(/--kubeconfig FILE[\s\S]*start Docker/);
    // Docker's own question stays a question
    const asked = await preflight([[/^docker /, { code: 1, stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' }]], 'en');
    expect(asked[0]).toContain('Is the docker daemon running? Without --kubeconfig');
  });

  it('says how to join the docker group when Docker refuses this user its socket (not "start Docker")', async () => {
    const denied = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/version": dial unix /var/run/docker.sock: connect: permission denied';
    for (const lang of ['en', 'ko'] as const) {
      const lines = (await preflight([[/^docker /, { code: 1, stderr: denied }]], lang)).join('\n');
      expect(lines).toContain('sudo usermod -aG docker $USER');
      expect(lines).not.toContain('systemctl start docker');
    }
    const daemonDown = (await preflight([[/^docker /, { code: 1, stderr: 'Cannot connect to the Docker daemon' }]], 'en')).join('\n');
    expect(daemonDown).not.toContain('usermod');
  });

  it('writes each tool as its project does, with the Korean particle its name takes', async () => {
    setMessageLang('ko');
    try {
      expect((await preflight([[/^(kind|docker) /, 'missing']]))[0]).toMatch(/^kind와 Docker가 설치되어 있지 않습니다/);
      expect((await preflight([[/^docker /, 'missing']]))[0]).toMatch(/^Docker가 설치되어 있지 않습니다/);
      const exec = fakeExec([[/^kubectl /, 'missing']]);
      await expect(resolveTarget(exec, { create: true, env })).rejects.toThrow(/^kubectl이 설치되어 있지 않습니다/);
    } finally {
      setMessageLang('en');
    }
  });
});

describe('target', () => {
  it('says a kubeconfig list is a list, from --kubeconfig "$KUBECONFIG" or from $KUBECONFIG with --context only', async () => {
    const exec = fakeExec([[/config current-context/, { stdout: 'ctx-a\n' }]]);
    await expect(resolveTarget(exec, { kubeconfig: `${kubeconfig}:/other/config`, create: true, env })).rejects.toThrow(
      /^--kubeconfig lists 2 files, and the runner reads one; pass the one that holds the context with --kubeconfig FILE$/,
    );
    await expect(resolveTarget(exec, { context: 'ctx-a', create: true, env: { ...env, KUBECONFIG: `${kubeconfig}:/other/config` } })).rejects.toThrow(/^KUBECONFIG lists 2 files/);
    // One file, with an empty entry beside it (`a:`), is that file.
    await expect(resolveTarget(exec, { kubeconfig: `${kubeconfig}:`, create: true, env })).resolves.toMatchObject({ kubeconfig, context: 'ctx-a' });
    // A file whose own name holds the separator is that one file, not a list.
    const colonName = join(dirname(kubeconfig), 'team:a.config');
    copyFileSync(kubeconfig, colonName);
    await expect(resolveTarget(exec, { kubeconfig: colonName, create: true, env })).resolves.toMatchObject({ kubeconfig: colonName, context: 'ctx-a' });
  });

  it('reads the current context of the given kubeconfig and never changes it', async () => {
    const exec = fakeExec([[/config current-context/, { stdout: 'ctx-a\n' }]]);
    await resolveTarget(exec, { kubeconfig, create: true, env });
    expect(exec.calls).toContainEqual(['kubectl', 'config', 'current-context', '--kubeconfig', kubeconfig]);
    expect(exec.calls.flat()).not.toContain('use-context');
  });

  it('says a file kubectl cannot load is not a kubeconfig, with kubectl\'s reason, instead of asking for --context', async () => {
    const stderr = 'error: error loading config file "/k": yaml: line 1: did not find expected node content\n';
    const exec = fakeExec([[/config current-context/, { code: 1, stderr }]]);
    await expect(resolveTarget(exec, { kubeconfig, create: true, env, lang: 'en' })).rejects.toThrow(`${kubeconfig} is not a kubeconfig kubectl can read (yaml: line 1: did not find expected node content): pass the kubeconfig file of your cluster with --kubeconfig`);
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
    const target = await resolveTarget(exec, { create: true, env: { XDG_CACHE_HOME: tempDir('xdg-') } });
    expect(target?.context).toBe('kind-multi-container-pod');
    const create = exec.calls.find((c) => c[1] === 'create')!;
    expect(create).toEqual(['kind', 'create', 'cluster', '--name', 'multi-container-pod', '--image', expect.stringMatching(/^kindest\/node:v1\.34\.0/), '--kubeconfig', target!.kubeconfig, '--wait', '120s']);
    expect(target!.kubeconfig).toMatch(/multi-container-pod\/kind\/kubeconfig$/);
  });

  it('says it uses an existing dedicated cluster as it is only to run and check (create), not to clean', async () => {
    const env = { XDG_CACHE_HOME: tempDir('xdg-') };
    const exec = fakeExec([[/^kind get clusters/, { stdout: 'multi-container-pod\n' }]]);
    const said = async (create: boolean) => {
      const lines: string[] = [];
      await withLogSink((line) => lines.push(line.replace(/^\[[^\]]*\] /, '')), () => resolveTarget(exec, { create, env }));
      return lines;
    };
    expect(await said(true)).toEqual([MESSAGES.en.target.reusing('kind-multi-container-pod', kindKubeconfigPath(env))]);
    expect(await said(false)).toEqual([]);
  });

  it('names the context and kubeconfig of an unreachable cluster', async () => {
    const exec = fakeExec([[/ version -o json/, { code: 1, stderr: 'Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: connection refused' }]]);
    await expect(connect(exec, { kubeconfig, context: 'ctx-a', dedicated: false })).rejects.toThrow(
      new RegExp(`cannot reach the cluster of context "ctx-a" in kubeconfig ${kubeconfig}: Unable to connect.*get nodes`),
    );
  });
});

describe('the kind cluster the runner creates', () => {
  const fresh = () => ({ XDG_CACHE_HOME: tempDir('xdg-') });
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
