/**
 * However a run ends, it leaves nothing behind: each way of ending, tried on a real cluster in
 * the middle of a lab (init-failure: after applying it waits for its Pod's first back-off, at least
 * ~15 s, time enough to end the run there 2 s after the apply). After each, no namespace of that run may be left after a bounded wait. A run
 * killed with SIGKILL cannot clean up: the next run must sweep what it left. Two runs at once
 * must both pass without touching each other's namespace.
 * Runs the CLI as a reader does (tsx scripts/cli.ts … --kubeconfig), on the cluster the cluster
 * tests use (cluster-target.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../lib/output/messages';
import { findClusterOrWarn, onCluster, type Connected } from '../support/cluster-target';
import { said } from '../support/lang-lines';

/** The runs below speak the runner's default language, Korean. */
const m = MESSAGES.ko;

const root = join(import.meta.dirname, '..', '..', '..');
let cluster: Connected | string | undefined;
beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  pid: number;
}

/**
 * Starts `run <lab> --kubeconfig …`; once it has applied its manifests (it prints
 * `kubectl apply -n <ns>`), calls `act` with the child and the namespace. Resolves when it exits.
 */
function runAndAct(c: Connected, lab: string, act?: (child: ReturnType<typeof spawn>, ns: string) => void, env: NodeJS.ProcessEnv = {}) {
  const { kubeconfig, context } = c.kubectl.target;
  // Its own process group, as a terminal gives a command: a closed terminal signals the group.
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', 'run', lab, '--kubeconfig', kubeconfig, '--context', context], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  let ns: string | undefined;
  child.stdout!.on('data', (d) => (stdout += d));
  child.stdout!.on('error', () => {});
  child.stderr!.on('data', (d) => {
    stderr += d;
    const m = !ns && stderr.match(/kubectl apply -n (lab-[\w-]+) /);
    if (m) {
      ns = m[1];
      act?.(child, ns);
    }
  });
  return new Promise<Ended & { ns?: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, pid: child.pid!, ns })));
}

/**
 * Polls (1 s) until the namespace no longer exists; fails after `seconds`. Prints how long after
 * the run ended it took (the closing figures of issue 15 come from these lines).
 */
async function expectGone(c: Connected, ns: string | undefined, how: string, seconds = 90): Promise<number> {
  expect(ns, 'the run never applied its manifests').toBeDefined();
  const ms = await c.kubectl.waitNamespaceGone(ns!, seconds * 1000);
  console.log(`ending "${how}": namespace ${ns} gone ${(ms / 1000).toFixed(1)} s after the run ended`);
  return ms;
}

/**
 * Each way of ending: how to end the child, the exit code the shell then sees (null: tsx itself
 * died of the signal, as npm and the shell do when a terminal closes; the runner under it still
 * cleans up), and the line the runner prints.
 */
const endings: [string, (child: ReturnType<typeof spawn>) => void, number | null, RegExp][] = [
  ['SIGINT (Ctrl-C)', (child) => child.kill('SIGINT'), 130, said(m.stopping.stopped(m.stopping.sigint))],
  ['SIGTERM', (child) => child.kill('SIGTERM'), 143, said(m.stopping.stopped(m.stopping.sigterm))],
  // A closed terminal sends SIGHUP to the whole foreground process group.
  ['SIGHUP (terminal closed)', (child) => process.kill(-child.pid!, 'SIGHUP'), null, said(m.stopping.stopped(m.stopping.sighup))],
  // The reader of stdout goes away (`… | head`): the next line the runner prints meets EPIPE.
  ['a closed stdout (EPIPE)', (child) => child.stdout!.destroy(), 141, said(m.stopping.stopped(m.stopping.epipe('stdout')))],
];

describe('however a run ends, it leaves no namespace behind', () => {
  // Each: ~5 s to apply, 2 s, cleanup with 1 s grace, then ≤ 90 s for the namespace to go.
  it.for(endings)('%s', { timeout: 3 * 60_000 }, async ([how, end, code, said], ctx) => {
    const c = onCluster(cluster, ctx);
    const r = await runAndAct(c, 'init-failure', (child) => setTimeout(() => end(child), 2000));
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(said);
    expect(r.stderr).toContain(m.namespace.outcome(r.ns!, m.namespace.outcomes.deleting));
    await expectGone(c, r.ns, how);
  });

  it('an error nobody caught', { timeout: 3 * 60_000 }, async (ctx) => {
    const c = onCluster(cluster, ctx);
    const r = await runAndAct(c, 'init-failure', undefined, { LAB_INJECT_FAULT: 'uncaught' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(m.stopping.stopped(m.stopping.uncaught('Error: LAB_INJECT_FAULT=uncaught')));
    await expectGone(c, r.ns, 'an error nobody caught');
  });

  // sidecar-shutdown's first wait takes ~6 s (startup probes): a 1 s timeout ends it there.
  it('the runner\'s own timeout', { timeout: 3 * 60_000 }, async (ctx) => {
    const c = onCluster(cluster, ctx);
    const r = await runAndAct(c, 'sidecar-shutdown', undefined, { LAB_INJECT_FAULT: 'timeout' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(said(m.progress.timedOut('WHAT', 'ELAPSED'), 'WHAT', 'ELAPSED'));
    await expectGone(c, r.ns, 'the runner\'s own timeout');
  });

  it('SIGKILL leaves its namespace, and the next run sweeps it', { timeout: 4 * 60_000 }, async (ctx) => {
    const c = onCluster(cluster, ctx);
    let owner: number | undefined;
    // SIGKILL to the whole group: the runner (its pid is in the namespace's owner annotation) and tsx.
    const killed = await runAndAct(c, 'init-failure', (child, ns) =>
      setTimeout(async () => {
        const info = (await c.kubectl.labNamespaceInfo()).find((n) => n.name === ns);
        owner = info?.owner?.pid;
        process.kill(-child.pid!, 'SIGKILL');
      }, 2000),
    );
    expect(killed.code).toBe(null);
    expect(owner, 'the namespace had no owner annotation').toBeDefined();
    expect(await c.kubectl.labNamespaces()).toContain(killed.ns);
    const next = await runAndAct(c, 'shared-volume');
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(m.sweep.line(killed.ns!, m.sweep.leftBehind(owner!)));
    await expectGone(c, killed.ns, 'SIGKILL, swept by the next run');
  });

  it('two runs at once both pass and leave each other alone', { timeout: 4 * 60_000 }, async (ctx) => {
    const c = onCluster(cluster, ctx);
    const [a, b] = await Promise.all([runAndAct(c, 'init-failure'), runAndAct(c, 'shared-volume')]);
    for (const r of [a, b]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(said(m.sweep.leftBehind(0), '0'));
    }
    await expectGone(c, a.ns, 'two runs at once (init-failure)');
    await expectGone(c, b.ns, 'two runs at once (shared-volume)');
  });
});
