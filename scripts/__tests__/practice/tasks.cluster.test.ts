/**
 * Every practice task on a real cluster, through the same library as `npm run lab -- check`:
 * the reference solution and every other correct answer pass every check; every wrong solution
 * fails exactly the checks it declares (`wrong.<name>.expectFailing`), and shows each one's hint.
 * Which cluster, and when the tests skip or fail without one: cluster-target.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTask, type TaskResult } from '../../lib/practice/check-task';
import { readAnswer } from '../../lib/practice/input';
import { practiceMessages } from '../../lib/practice/messages';
import { ACCEPTED } from '../../lib/practice/schema';
import { loadTask, taskNames, type LoadedTask } from '../../lib/practice/tasks';
import { taskText } from '../../lib/practice/text';
import { findClusterOrWarn, onCluster, type Connected } from '../support/cluster-target';

let cluster: Connected | string | undefined;

// Reaching the API server allows a 10 s request timeout, plus kubectl start-up.
beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

async function check(loaded: LoadedTask, folder: string, dir = loaded.dir): Promise<{ result: TaskResult; output: string }> {
  const lines: string[] = [];
  const answer = readAnswer(join(dir, folder), loaded.task.takes, 'ko');
  const result = await checkTask(loaded, answer, {
    ...(cluster as Connected),
    lang: 'ko',
    out: (l) => {
      lines.push(l);
      process.stderr.write(`${l}\n`);
    },
  });
  return { result, output: lines.join('\n') };
}

const failedIds = (r: TaskResult) => r.checks.filter((c) => c.status === 'fail').map((c) => c.id).sort();
const evidenceOf = (r: TaskResult) => r.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id} (${c.status}): ${c.evidence}`);

// A task's answers run at the same time (each in its own namespace): the slowest waits out a
// 60 s deadline, and one after another they would take minutes per task.
describe.for(taskNames())('task %s on a real cluster', (name) => {
  // A check waits ≤ 60 s for its `until` and holds ≤ 60 s per step; 5 minutes ends a hung one.
  const timeout = 5 * 60_000;

  it.concurrent('the reference solution passes every check', { timeout }, async (ctx) => {
    onCluster(cluster, ctx);
    const loaded = await loadTask(name);
    const { result } = await check(loaded, 'solution');
    expect(evidenceOf(result), `task ${name}: solution/ failed (namespace ${result.namespace})`).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it.concurrent('every other correct answer passes every check', { timeout }, async (ctx) => {
    onCluster(cluster, ctx);
    const loaded = await loadTask(name);
    for (const a of loaded.alsoCorrect.keys()) {
      const { result } = await check(loaded, join('also-correct', a));
      expect(evidenceOf(result), `task ${name}: also-correct/${a} failed (namespace ${result.namespace})`).toEqual([]);
    }
  });

  // Only a task that gives starting files has this test (no skipped test stands for the others).
  if (existsSync(fileURLToPath(new URL(`../../../tasks/${name}/start`, import.meta.url)))) {
    it.concurrent('the starting files do not pass (there is something to do)', { timeout }, async (ctx) => {
      onCluster(cluster, ctx);
      const loaded = await loadTask(name);
      expect(loaded.task.start.length, `task ${name}: start/ exists, but task.ts names no starting files`).toBeGreaterThan(0);
      const { result } = await check(loaded, 'start');
      expect(result.passed, `task ${name}: start/ passes every check (namespace ${result.namespace})`).toBe(false);
    });
  }

  it.concurrent('every wrong solution fails exactly its declared checks, each with its hint', { timeout }, async (ctx) => {
    onCluster(cluster, ctx);
    const loaded = await loadTask(name);
    const text = taskText(loaded.task, 'ko');
    await Promise.all(
      Object.entries(loaded.task.wrong).map(async ([w, wrong]) => {
        const { result, output } = await check(loaded, join('wrong', w));
        expect(failedIds(result), `task ${name}: wrong/${w} failed other checks than it declares (namespace ${result.namespace})`).toEqual([...wrong.expectFailing].sort());
        expect(result.passed).toBe(false);
        // No check counts as passed without having run: after a refused answer the rest did not
        // run, and after a failed check the later steps did not; nothing else is left unchecked.
        const firstFail = result.checks.findIndex((c) => c.status === 'fail');
        const notRun = result.checks.filter((c) => c.status === 'not-run').map((c) => c.id);
        const stepOf = (id: string) => loaded.task.steps.findIndex((s) => s.checks.some((c) => c.id === id));
        const failedStep = firstFail >= 0 ? stepOf(result.checks[firstFail].id) : -1;
        const unexplained = wrong.expectFailing.includes(ACCEPTED) ? [] : notRun.filter((id) => failedStep < 0 || stepOf(id) <= failedStep);
        expect(unexplained, `task ${name}: wrong/${w}: checks did not run`).toEqual([]);
        for (const id of wrong.expectFailing) {
          const hint = id === ACCEPTED ? practiceMessages('ko').accepted.hint : text.checks[id].hint;
          expect(output, `task ${name}: wrong/${w} does not show the hint of ${id}`).toContain(`힌트: ${hint}`);
        }
      }),
    );
  });
});

/**
 * Checks the task's solution with one edit (`from` → `to` in solution/pod.yaml), as a reader's
 * answer, and how long the check took (ms).
 */
async function checkEditedSolution(task: string, from: RegExp, to: string) {
  const loaded = await loadTask(task);
  const dir = mkdtempSync(join(tmpdir(), 'misnamed-'));
  try {
    writeFileSync(join(dir, 'pod.yaml'), readFileSync(join(loaded.dir, 'solution', 'pod.yaml'), 'utf8').replace(from, to));
    const t0 = Date.now();
    const checked = await check(loaded, '.', dir);
    return { ...checked, ms: Date.now() - t0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A reader who misnames the Pod hears so at once, instead of a 60 s wait and hints about other things.
describe('a misnamed Pod on a real cluster', () => {
  it('is named in one line, and the check ends without waiting out its deadline', { timeout: 3 * 60_000 }, async (ctx) => {
    onCluster(cluster, ctx);
    const { result, output, ms } = await checkEditedSolution('localhost-pair', /^  name: pair$/m, '  name: pair-web');
    expect(result.passed).toBe(false);
    expect(output).toContain('답에 이름이 pair인 Pod가 없습니다 (답의 객체: Pod pair-web)');
    // Not a timing test: the step's wait would last its whole 60 s deadline (no Pod pair ever
    // appears); the check ends well before that only because it did not wait.
    expect(ms).toBeLessThan(60_000);
  });
});

// Likewise a misnamed container: a check reading log-shipper in a Pod that has none fails at once,
// and the later step is neither held nor counted as passed.
describe('a misnamed container on a real cluster', () => {
  it('is named in one line, and the check ends without waiting out its deadline or holding the next step', { timeout: 3 * 60_000 }, async (ctx) => {
    onCluster(cluster, ctx);
    const { result, output, ms } = await checkEditedSolution('log-sidecar', /name: log-shipper$/m, 'name: shipper');
    expect(result.passed).toBe(false);
    expect(output).toContain('답의 Pod webapp에 log-shipper 컨테이너가 없습니다 (있는 컨테이너: shipper, app)');
    expect(result.checks.find((c) => c.id === 'ships-new-lines')?.status).toBe('not-run');
    expect(result.checks.find((c) => c.id === 'ships-first-line')?.evidence).toMatch(/^찾을 로그가 없음: /);
    // Not a timing test: waiting out the 60 s deadline and the 8 s hold would take over 60 s.
    expect(ms).toBeLessThan(60_000);
  });
});
