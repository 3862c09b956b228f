/**
 * checkTask's waits, against a fake cluster whose Pod never gets anywhere: the `until` wait says
 * it is still waiting, a failed step keeps the later ones from holding and from counting as
 * passed, and a check naming a container the answer's Pod lacks fails at once. Then, on a cluster
 * whose Pod runs: a check that fails right after a successful wait is read again until it passes
 * (the Pod status lags what a log already showed), and only after a successful wait.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTask } from '../../lib/practice/check-task';
import { readAnswer } from '../../lib/practice/input';
import { loadTask, type LoadedTask } from '../../lib/practice/tasks';
import type { Kubectl } from '../../lib/target/kubectl';
import { withLogSink } from '../../lib/progress';
import { MESSAGES } from '../../lib/output/messages';

/** A cluster that accepts everything and whose Pod has no container status and no log. */
function fakeKubectl(): Kubectl {
  const fake = {
    createNamespace: async () => undefined,
    markKept: async () => undefined,
    deleteLabNamespace: async () => 'deleted',
    apply: async () => undefined,
    run: async () => ({ code: 0, stdout: 'pod/webapp created', stderr: '' }),
    pod: async (_ns: string, name: string) => ({ metadata: { name }, status: { phase: 'Pending' } }),
    jobPods: async () => [],
    logs: async (_ns: string, pod: string, c: string) => MESSAGES.en.command.noLogs(`error: container ${c} is not valid for pod ${pod}`),
    events: async () => [],
  };
  return fake as unknown as Kubectl;
}

/** log-sidecar with its 60 s wait cut to `seconds` (its step 2 still holds 8 s). */
async function shortTask(seconds: number): Promise<LoadedTask> {
  const loaded = await loadTask('log-sidecar');
  return { ...loaded, task: { ...loaded.task, steps: loaded.task.steps.map((s) => (s.until ? { ...s, until: { ...s.until, timeoutSeconds: seconds } } : s)) } };
}

/**
 * A cluster whose Pod webapp has app and log-shipper, log-shipper's log holding every line the
 * task looks for, and app reported running only `appAfterMs` after the first read of the Pod.
 */
function runningKubectl(appAfterMs: number, reads = { notRunning: 0 }): Kubectl {
  let first = 0;
  const running = { running: { startedAt: '2026-11-30T00:00:00Z' } };
  return {
    ...(fakeKubectl() as unknown as Record<string, unknown>),
    pod: async (_ns: string, name: string) => {
      first ||= Date.now();
      const appUp = Date.now() - first >= appAfterMs;
      if (!appUp) reads.notRunning++;
      return {
        metadata: { name },
        spec: { containers: [{ name: 'app' }, { name: 'log-shipper' }] },
        status: {
          phase: appUp ? 'Running' : 'Pending',
          containerStatuses: [
            { name: 'app', restartCount: 0, state: appUp ? running : { waiting: { reason: 'ContainerCreating' } } },
            { name: 'log-shipper', restartCount: 0, state: running },
          ],
        },
      };
    },
    logs: async () => 'app started\napp handled request 4\n',
  } as unknown as Kubectl;
}

async function run(loaded: LoadedTask, dir: string, kubectl: Kubectl = fakeKubectl()) {
  const out: string[] = [];
  const logged: string[] = [];
  const t0 = Date.now();
  const result = await withLogSink(
    (l) => logged.push(l),
    () => checkTask(loaded, readAnswer(dir, loaded.task.takes, 'en'), { kubectl, out: (l) => out.push(l), lang: 'en', keep: true, pollIntervalMs: 20, heartbeatMs: 300 }),
  );
  return { result, out: out.join('\n'), logged, ms: Date.now() - t0 };
}

describe('checkTask waits', () => {
  it('says it is still waiting, and after the failed step neither holds step 2 nor passes its check', { timeout: 20_000 }, async () => {
    const loaded = await shortTask(1.2);
    const { result, logged, ms } = await run(loaded, join(loaded.dir, 'solution'));
    const beats = logged.filter((l) => / still waiting \(\d+(\.\d)?s\) until: /.test(l));
    expect(beats.length, logged.join('\n')).toBeGreaterThanOrEqual(3);
    expect(result.passed).toBe(false);
    expect(result.checks.find((c) => c.id === 'ships-new-lines')).toMatchObject({ status: 'not-run', evidence: 'not checked: a check of an earlier step failed' });
    expect(logged.some((l) => l.endsWith(MESSAGES.en.run.holding(8))), logged.join('\n')).toBe(false);
    // The 8 s hold of step 2 was not sat out.
    expect(ms).toBeLessThan(6_000);
  });

  it('names a container the Pod lacks in one line, and does not wait', { timeout: 20_000 }, async () => {
    const loaded = await shortTask(60);
    const dir = mkdtempSync(join(tmpdir(), 'check-task-'));
    try {
      writeFileSync(join(dir, 'pod.yaml'), readFileSync(join(loaded.dir, 'solution', 'pod.yaml'), 'utf8').replace(/name: log-shipper$/m, 'name: shipper'));
      const { result, out, logged, ms } = await run(loaded, dir);
      expect(out).toContain('  ✘ your Pod webapp has no container log-shipper (it has: shipper, app)');
      expect(logged.some((l) => /Waiting ≤/.test(l))).toBe(false);
      expect(result.checks.find((c) => c.id === 'ships-first-line')?.evidence).toBe('no log to search: "error: container log-shipper is not valid for pod webapp"');
      expect(result.checks.find((c) => c.id === 'ships-new-lines')?.status).toBe('not-run');
      expect(result.checks.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(['accepted']);
      expect(ms).toBeLessThan(6_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkTask reads a failing check again after a successful wait', () => {
  /** log-sidecar with a 5 s wait and no hold. */
  async function quickTask(): Promise<LoadedTask> {
    const loaded = await shortTask(5);
    return { ...loaded, task: { ...loaded.task, steps: loaded.task.steps.map((s) => ({ ...s, holdSeconds: undefined })) } };
  }

  it('passes app-running once the Pod status catches up with the log the wait saw', { timeout: 30_000 }, async () => {
    const loaded = await quickTask();
    const reads = { notRunning: 0 };
    const { result } = await run(loaded, join(loaded.dir, 'solution'), runningKubectl(300, reads));
    expect(result.checks.find((c) => c.id === 'app-running')).toMatchObject({ status: 'pass' });
    // app-running was read again while app was not running yet (the wait's own read of the Pod is one).
    expect(reads.notRunning).toBeGreaterThan(1);
    expect(result.passed, JSON.stringify(result.checks, null, 1)).toBe(true);
  });

  it('fails app-running when the Pod status never catches up, after about 5 s of reads', { timeout: 30_000 }, async () => {
    const loaded = await quickTask();
    const t0 = Date.now();
    const { result } = await run(loaded, join(loaded.dir, 'solution'), runningKubectl(60_000));
    const ms = Date.now() - t0;
    expect(result.checks.find((c) => c.id === 'app-running')?.status).toBe('fail');
    expect(ms).toBeGreaterThanOrEqual(4_500);
  });
});

describe('checkTask reads a failing log check again after a plain hold', () => {
  /** log-sidecar with a 5 s wait, and its step 2 (no wait) holding 0 s instead of 8 s. */
  async function holdTask(): Promise<LoadedTask> {
    const loaded = await shortTask(5);
    return { ...loaded, task: { ...loaded.task, steps: loaded.task.steps.map((s) => (s.until ? s : { ...s, holdSeconds: undefined })) } };
  }

  /** runningKubectl's cluster, whose log-shipper ships `request 4` only `lateMs` after step 2 began reading. */
  function lateLineKubectl(lateMs: number, reads = { late: 0 }): Kubectl {
    const base = runningKubectl(0) as unknown as Record<string, unknown>;
    let first = 0;
    return {
      ...base,
      logs: async () => {
        first ||= Date.now();
        if (Date.now() - first < lateMs) {
          reads.late++;
          return 'app started\n';
        }
        return 'app started\napp handled request 4\n';
      },
    } as unknown as Kubectl;
  }

  it('passes ships-new-lines when the line comes a moment after the hold ended', { timeout: 30_000 }, async () => {
    const reads = { late: 0 };
    // Step 1's log check reads first: its own read starts the clock, so the line comes 1.5 s later.
    const { result } = await run(await holdTask(), join((await holdTask()).dir, 'solution'), lateLineKubectl(1_500, reads));
    expect(result.checks.find((c) => c.id === 'ships-new-lines'), JSON.stringify(result.checks, null, 1)).toMatchObject({ status: 'pass' });
    expect(reads.late).toBeGreaterThan(1);
  });

  it('fails ships-new-lines when the line never comes, after about 5 s of reads', { timeout: 30_000 }, async () => {
    const t0 = Date.now();
    const { result } = await run(await holdTask(), join((await holdTask()).dir, 'solution'), lateLineKubectl(60_000));
    expect(result.checks.find((c) => c.id === 'ships-new-lines')?.status).toBe('fail');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4_500);
  });
});
