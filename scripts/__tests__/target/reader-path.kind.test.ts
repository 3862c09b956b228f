/**
 * The reader's path on a real kind cluster: the runner exactly as the pages print it
 * (`npm run lab -- run <lab>`, no --kubeconfig), against the dedicated cluster that an earlier
 * `npm run lab -- run --all` created (CI does that first, then runs this file: `npm run test:kind`).
 * Asserts what a reader relies on: a second run reuses the cluster, the user's kubeconfig is left
 * byte for byte as it was, Ctrl-C (SIGINT) in the middle of a lab leaves no namespace of the
 * runner, and `clean --cluster` removes the cluster (last, so it runs after the others).
 *
 * Needs Docker, kind and the cluster: under CI or LAB_REQUIRE_CLUSTER a missing one fails,
 * elsewhere the file skips saying why.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../lib/exec';
import { CLUSTER_NAME, clusterExists, kindKubeconfigPath, KIND_CONTEXT } from '../../lib/target/kind';
import { LAB_LABEL } from '../../lib/target/kubectl';
import { MESSAGES } from '../../lib/output/messages';
import { said } from '../support/lang-lines';
import { tempDir } from '../support/temp-dir';

/** The runs below speak the runner's default language, Korean. */
const m = MESSAGES.ko;

const required = Boolean(process.env.CI || process.env.LAB_REQUIRE_CLUSTER);
const root = join(import.meta.dirname, '..', '..', '..');

/** A home of the reader's own: ~/.kube/config with a current context of its own, also named by $KUBECONFIG. */
const home = tempDir('reader-home-');
const userKubeconfig = join(home, '.kube', 'config');
mkdirSync(join(home, '.kube'));
writeFileSync(
  userKubeconfig,
  `apiVersion: v1
kind: Config
current-context: my-work-cluster
clusters:
- name: my-work-cluster
  cluster: { server: 'https://127.0.0.1:1' }
contexts:
- name: my-work-cluster
  context: { cluster: my-work-cluster, user: me }
users:
- name: me
  user: { token: not-a-real-token }
`,
);
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const before = sha(userKubeconfig);

/** The reader's environment: their HOME and KUBECONFIG, our cache (where the runner keeps the kind kubeconfig). */
const readerEnv = { ...process.env, HOME: home, KUBECONFIG: userKubeconfig, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? join(process.env.HOME ?? home, '.cache') };

/** `npm run lab -- …` as a reader types it; resolves with its output and exit code. */
function lab(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    // tsx directly (what `npm run lab` runs), so that a signal reaches the runner and not npm.
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { cwd: root, env: readerEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr, child);
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const kubectl = (args: string[]) =>
  exec(['kubectl', '--kubeconfig', kindKubeconfigPath(readerEnv), '--context', KIND_CONTEXT, ...args], { timeoutMs: 60_000 });

let missing: string | undefined;
beforeAll(async () => {
  try {
    if (!(await clusterExists(exec))) missing = `no kind cluster "${CLUSTER_NAME}" (create it with npm run lab -- run --all)`;
  } catch (err) {
    missing = `kind or Docker is not usable: ${(err as Error).message}`;
  }
  if (missing && required) throw new Error(missing);
}, 60_000);

describe('the reader\'s path on kind', () => {
  // A lab run on a warm cluster takes 10–40 s; 5 min leaves room for a slow machine.
  it('a second run reuses the cluster and does not create one', { timeout: 5 * 60_000 }, async (ctx) => {
    if (missing) return ctx.skip(missing);
    const r = await lab(['run', 'shared-volume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(said(m.target.reusing(KIND_CONTEXT, 'KUBECONFIG'), 'KUBECONFIG'));
    expect(r.stderr).not.toMatch(said(m.target.creating(KIND_CONTEXT, 1, 'IMAGE', 'KUBECONFIG'), '1', 'IMAGE', 'KUBECONFIG'));
    const nodes = await exec(['kind', 'get', 'nodes', '--name', CLUSTER_NAME]);
    expect(nodes.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1);
  });

  // The lab that needs native sidecars off, on the runner's kind cluster (whose Kubernetes always runs
  // them): one line saying why and where its result is, no namespace made. 2 min: a cold tsx and a dry run.
  it('sidecar-gate-off on the kind cluster fails in one line that says why and what to do instead', { timeout: 2 * 60_000 }, async (ctx) => {
    if (missing) return ctx.skip(missing);
    const r = await lab(['run', 'sidecar-gate-off']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(said(m.nativeSidecars.presentOnKind('VERSION', ['sidecar-gate-off']), 'VERSION'));
    expect(r.stderr).not.toMatch(/kubectl apply -n /);
    expect(sha(userKubeconfig)).toBe(before);
  });

  it('leaves the user\'s kubeconfig byte for byte as it was', (ctx) => {
    if (missing) return ctx.skip(missing);
    expect(sha(userKubeconfig)).toBe(before);
    expect(readFileSync(userKubeconfig, 'utf8')).toMatch(/current-context: my-work-cluster/);
  });

  // init-failure waits ≥ ~15 s for its Pod's first back-off, long enough to interrupt 2 s after the apply; then ≤ 2 min for the namespace to go.
  it('SIGINT in the middle of a lab leaves no namespace of the runner behind', { timeout: 5 * 60_000 }, async (ctx) => {
    if (missing) return ctx.skip(missing);
    let sent = false;
    const r = await lab(['run', 'init-failure'], (text, child) => {
      // Interrupt once the lab has applied its manifests (its namespace exists).
      if (!sent && /kubectl apply -n /.test(text)) {
        sent = true;
        setTimeout(() => child.kill('SIGINT'), 2000);
      }
    });
    expect(sent, `the run never got to a point to interrupt:\n${r.stderr}`).toBe(true);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain(m.stopping.cleaningUp(m.stopping.sigint));
    expect(r.stderr).toContain(m.stopping.stopped(m.stopping.sigint));
    const deadline = Date.now() + 120_000;
    let left = '';
    do {
      left = (await kubectl(['get', 'namespaces', '-l', LAB_LABEL, '-o', 'jsonpath={.items[*].metadata.name}'])).stdout.trim();
      if (!left) break;
      await new Promise((res) => setTimeout(res, 2000));
    } while (Date.now() < deadline);
    expect(left, 'namespaces of the runner still there 2 min after SIGINT').toBe('');
    expect(sha(userKubeconfig)).toBe(before);
  });

  // kind deletes its node containers in seconds; 5 min covers a slow Docker.
  it('clean --cluster removes the cluster', { timeout: 5 * 60_000 }, async (ctx) => {
    if (missing) return ctx.skip(missing);
    const r = await lab(['clean', '--cluster']);
    expect(r.code, r.stderr).toBe(0);
    const clusters = await exec(['kind', 'get', 'clusters']);
    expect(clusters.stdout.split('\n').map((l) => l.trim())).not.toContain(CLUSTER_NAME);
    expect(sha(userKubeconfig)).toBe(before);
  });
});
