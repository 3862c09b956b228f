/** `npm run lab -- check` as a reader meets it, before any cluster work: --solution, and one-line errors for bad input. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../lib/exec';
import { taskNames } from '../../lib/practice/tasks';
import { tempDir } from '../support/temp-dir';
import { localizeComments, translationsFor } from '../../../src/plugins/manifest-comments.cjs';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = (...args: string[]) => exec([join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', 'cli.ts'), ...args], { cwd: root, allowFailure: true, timeoutMs: 30_000 });

// Each case starts tsx (a few hundred ms, more on a cold cache). None reaches a cluster:
// the kubeconfig given does not exist, so a case that got that far would fail differently.
describe('lab check (no cluster)', { timeout: 30_000 }, () => {
  const nokube = ['--kubeconfig', '/nonexistent'];

  it('--solution prints the reference solution, each file under its name', async () => {
    const r = await cli('check', 'log-sidecar', '--solution');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 연습 문제 log-sidecar의 모범 답안\n# --- solution/pod.yaml\n');
    expect(r.stdout).toContain(readFileSync(join(root, 'tasks/log-sidecar/solution/pod.yaml'), 'utf8'));
  });

  it('--solution --lang en prints the same files with English comments, as the English page shows them', async () => {
    const r = await cli('check', 'localhost-pair', '--solution', '--lang', 'en');
    expect(r.code).toBe(0);
    const korean = readFileSync(join(root, 'tasks/localhost-pair/solution/pod.yaml'), 'utf8');
    const english = localizeComments(korean, translationsFor(join(root, 'tasks/localhost-pair/solution/pod.yaml')));
    expect(english.missing).toEqual([]);
    expect(r.stdout).toContain(english.text);
    expect(r.stdout).toContain('# Model answer: both containers mount one shared emptyDir.');
    expect(r.stdout).not.toMatch(/#.*\p{Script=Hangul}/u);
  });

  it('no task, or an unknown one: names the tasks', async () => {
    const none = await cli('check', '--lang', 'en');
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`error: say which task to check: npm run lab -- check <task> <file or folder>; the tasks are ${taskNames().join(', ')}\n`);
    const typo = await cli('check', 'log-sidcar', 'x.yaml');
    expect(typo.stderr).toContain('"log-sidecar"을(를) 찾으셨나요?');
  });

  it('no answer: says how to give one, with the starting files of a task that has them', async () => {
    const r = await cli('check', 'fix-init-crashloop', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: give your answer (a YAML file or folder): npm run lab -- check fix-init-crashloop <file or folder> (starting files: tasks/fix-init-crashloop/start); --solution prints the reference solution\n');
  });

  it('a missing file: one line', async () => {
    const r = await cli('check', 'log-sidecar', 'no-such.yaml', ...nokube);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('오류: no-such.yaml: 그런 파일이나 폴더가 없습니다: 답을 저장한 YAML 파일(또는 폴더)의 경로를 확인하세요.\n');
  });

  it('not YAML, a kind the task does not take, another namespace: one line each, with file and line', async () => {
    const dir = tempDir('answer-');
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: webapp\n   bad: indent\n');
    writeFileSync(join(dir, 'b.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: webapp\n');
    writeFileSync(join(dir, 'c.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: webapp\n  namespace: prod\n');
    const r = await cli('check', 'log-sidecar', dir, '--lang', 'en', ...nokube);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^error: .*a\.yaml:4: not YAML \(Nested mappings are not allowed in compact mappings\): check the indentation and quotes$/);
    expect(lines[1]).toMatch(/b\.yaml:1: Deployment "webapp" is not a kind this task takes: it takes Pod only$/);
    expect(lines[2]).toMatch(/c\.yaml:1: Pod "webapp" has metadata\.namespace "prod": remove it; the checker applies your answer into a namespace of its own$/);
  });

  it('a good answer gets past the input checks and only then looks for the cluster', async () => {
    const r = await cli('check', 'log-sidecar', 'tasks/log-sidecar/solution', ...nokube);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^오류: kubeconfig 파일이 없습니다\(\/nonexistent\)/);
  });
});
