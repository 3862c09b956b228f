/** The reader's answer is read and checked before any cluster work: each problem is one line with file (and line) and a way forward. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../output/errors';
import { answerManifest, parseAnswerFile, readAnswer } from './input';
import { tempDir } from '../../__tests__/support/temp-dir';

const pod = (name: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${extra}spec:\n  containers:\n    - name: app\n      image: busybox:1.36\n`;

function folder(files: Record<string, string>): string {
  const dir = tempDir('answer-');
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message.split('\n');
  }
  throw new Error('expected a UserError');
};

describe('reading an answer', () => {
  it('takes a file, or a folder of .yaml files in name order, and joins them for one apply', () => {
    const dir = folder({ 'b.yaml': pod('two'), 'a.yml': pod('one'), 'notes.txt': 'not read' });
    const a = readAnswer(dir, ['Pod'], 'en');
    expect(a.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['Pod/one', 'Pod/two']);
    expect(answerManifest(a)).toBe(`${pod('one')}---\n${pod('two')}`);
    expect(readAnswer(join(dir, 'b.yaml'), ['Pod']).objects).toHaveLength(1);
  });

  it('a missing file: one line naming it', () => {
    expect(problemsOf(() => readAnswer('no/such/answer.yaml', ['Pod'], 'en'))).toEqual(['no/such/answer.yaml: no such file or folder: check the path of the YAML file (or folder) with your answer']);
    expect(problemsOf(() => readAnswer('no/such/answer.yaml', ['Pod'], 'ko'))[0]).toMatch(/^no\/such\/answer\.yaml: 그런 파일이나 폴더가 없습니다/);
  });

  it('a folder without .yaml files: one line', () => {
    const dir = folder({ 'pod.txt': pod('x') });
    expect(problemsOf(() => readAnswer(dir, ['Pod'], 'en'))).toEqual([expect.stringMatching(/: this folder has no \.yaml file: save your answer as a \.yaml file/)]);
  });

  it('a file that is not YAML: file and line', () => {
    const text = `${pod('web')}    command: ['sh', '-c'\n  oops: [\n`;
    const { problems } = parseAnswerFile('pod.yaml', text, ['Pod'], 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^pod\.yaml:\d+: not YAML \(.+\): check the indentation and quotes$/);
    const tab = parseAnswerFile('pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n', ['Pod'], 'ko').problems;
    expect(tab[0]).toMatch(/^pod\.yaml:4: YAML로 읽을 수 없습니다/);
  });

  it('a kind the task does not take: file, line, kind and name, and what it takes', () => {
    const text = `${pod('web')}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n`;
    expect(parseAnswerFile('answer.yaml', text, ['Pod'], 'en').problems).toEqual(['answer.yaml:10: Deployment "web" is not a kind this task takes: it takes Pod only']);
    expect(parseAnswerFile('answer.yaml', text, ['Pod', 'Job'], 'ko').problems).toEqual(['answer.yaml:10: Deployment "web"은(는) 이 문제가 받는 종류가 아닙니다: 이 문제는 Pod, Job만 받습니다.']);
  });

  it('an object in another namespace: one line saying to remove it', () => {
    const { problems, objects } = parseAnswerFile('pod.yaml', pod('web', '  namespace: default\n'), ['Pod'], 'en');
    expect(objects).toEqual([]);
    expect(problems).toEqual(['pod.yaml:1: Pod "web" has metadata.namespace "default": remove it; the checker applies your answer into a namespace of its own']);
  });

  it('a document that is no Kubernetes object, and a file of comments only', () => {
    expect(parseAnswerFile('a.yaml', 'just some text\n', ['Pod'], 'en').problems).toEqual(['a.yaml:1: not a Kubernetes object (no apiVersion and kind): give each document apiVersion, kind and metadata']);
    const dir = folder({ 'a.yaml': '# nothing yet\n' });
    expect(problemsOf(() => readAnswer(dir, ['Pod'], 'en'))).toEqual([expect.stringMatching(/a\.yaml: no objects \(an empty file, or comments only\)/)]);
  });

  it('reports every problem of every file, one line each', () => {
    const dir = folder({ 'a.yaml': 'kind: [\n', 'b.yaml': pod('x', '  namespace: prod\n') });
    mkdirSync(join(dir, 'sub'));
    expect(problemsOf(() => readAnswer(dir, ['Pod'], 'en'))).toHaveLength(2);
  });
});
