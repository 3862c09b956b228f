/**
 * The exam boxes' commands, run as the boxes show them. `kubectl run … --dry-run=client -o yaml`
 * builds the manifest on the client, but kubectl still asks an API server which resources exist
 * (discovery), even with `--kubeconfig /dev/null`; a tiny local server answers that for Pods
 * only, so this test needs no cluster. The output is completed as the box says and checked;
 * starts.cluster.test.ts has a real API server accept the completed manifests.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../__tests__/lib/repo';
import { examKubectl } from './kubectl';
import { additionText, complete, examStarts, kubectlRunArgs, manifestFile, shellWord, startCommand } from './starts';

const kubectl = examKubectl();
const required = Boolean(process.env.CI);
const starts = Object.entries(examStarts).map(([page, start]) => ({ page, start, name: page }));

/** Answers kubectl's discovery requests: the core API group with one resource, Pods. */
function discoveryServer(): Server {
  return createServer((req, res) => {
    const send = (body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/api') return send({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
    if (pathname === '/apis') return send({ kind: 'APIGroupList', apiVersion: 'v1', groups: [] });
    if (pathname === '/api/v1') {
      return send({ kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['create', 'get', 'list'], shortNames: ['po'] }] });
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
  });
}

let dir = '';
let server: Server | undefined;
let env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  if (!kubectl) {
    if (required) throw new Error('no kubectl: build it (npm run cluster:up) or install it');
    console.warn('skipping exam command tests: no kubectl (the project build in ~/.cache/multi-container-pod/bin/ or one on PATH)');
    return;
  }
  dir = mkdtempSync(path.join(os.tmpdir(), 'exam-'));
  server = discoveryServer();
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const kubeconfig = path.join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters:\n- name: discovery\n  cluster:\n    server: http://127.0.0.1:${port}\ncontexts:\n- name: discovery\n  context:\n    cluster: discovery\ncurrent-context: discovery\nusers: []\n`,
  );
  // The box's command line runs in a shell as written: kubectl comes first on PATH, finds the
  // discovery server through KUBECONFIG, and keeps its discovery cache out of $HOME.
  const bin = kubectl === 'kubectl' ? '' : path.dirname(kubectl);
  env = { PATH: [bin, process.env.PATH].filter(Boolean).join(path.delimiter), KUBECONFIG: kubeconfig, KUBECACHEDIR: path.join(dir, 'cache'), HOME: dir };
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('exam boxes', () => {
  it('shellWord quotes what a shell would split or expand', () => {
    expect(shellWord('--image=busybox:1.36')).toBe('--image=busybox:1.36');
    expect(shellWord('echo a; sleep 1')).toBe(`'echo a; sleep 1'`);
    expect(shellWord(`it's`)).toBe(`'it'\\''s'`);
  });

  it.each(starts)('$name: the start command is the kubectl run the box describes', ({ start }) => {
    expect(startCommand(start)).toMatch(/^kubectl run \S+ --image=busybox:1\.36 --dry-run=client -o yaml -- .+ > \S+\.yaml$/);
  });

  // Async: the discovery server runs in this process, so the test must not block while kubectl asks it.
  it.for(starts)('$name: the box\'s command writes a Pod manifest, and completing it as the box says gives the pattern', { timeout: 60_000 }, async ({ page, start }, ctx) => {
    if (!kubectl) return ctx.skip();
    const cwd = mkdtempSync(path.join(dir, `${page}-`));
    await promisify(execFile)('sh', ['-c', startCommand(start)], { cwd, env, timeout: 50_000 });
    const printed = readFileSync(path.join(cwd, manifestFile(start)), 'utf8');
    const generated = parse(printed);
    expect(generated.metadata.name).toBe(start.pod);
    expect(generated.spec.containers, 'kubectl run writes one container, named after the Pod, running the args after --').toEqual([
      expect.objectContaining({ name: start.pod, image: start.image, args: start.args }),
    ]);
    expect(generated.spec.initContainers, 'kubectl run writes no init containers').toBeUndefined();

    const pod = complete(printed, start) as unknown as { spec: { containers: { name: string }[]; initContainers?: { name: string; restartPolicy?: string }[] } };
    const names = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c) => c.name);
    expect(new Set(names).size, 'container names are unique in a Pod').toBe(names.length);
    if (page === 'co-located') {
      expect(pod.spec.containers).toHaveLength(2);
      expect(pod.spec.initContainers).toBeUndefined();
    } else if (page === 'init-containers') {
      expect(pod.spec.initContainers).toHaveLength(1);
      expect(pod.spec.initContainers![0].restartPolicy, 'a plain init container runs to completion').toBeUndefined();
    } else {
      expect(pod.spec.initContainers).toHaveLength(1);
      expect(pod.spec.initContainers![0].restartPolicy, 'a native sidecar is an init container with restartPolicy: Always').toBe('Always');
    }
    // What the box shows to add is YAML that pastes under spec as the box says.
    const shown = parse(additionText(start));
    expect(start.field === 'containers' ? shown : shown[start.field]).toEqual(parse(start.containers));
  });

  // Both editions embed each page's box: the commands live only in src/exam/starts.ts.
  const editions = ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'];
  it.each(starts.flatMap((s) => editions.map((e) => ({ ...s, file: `${e}/multi-container-pod/${s.page}.mdx`, name: `${e}/…/${s.page}.mdx` }))))(
    '$name shows its exam box',
    ({ page, file }) => {
      const source = readFileSync(fromRoot(file), 'utf8');
      expect(source, `${file}: a :::tip[시험에서는]{#exam} (English: [In the exam]) box`).toMatch(/^:::tip\[(시험에서는|In the exam)\]\{#exam\}$/m);
      expect(source, `${file}: the box shows <KubectlStart start={examStarts['${page}']} />`).toContain(`<KubectlStart start={examStarts['${page}']} />`);
    },
  );
});
