/**
 * The practice tasks as files (no cluster): each loads and validates; its hints point to headings
 * that exist on both editions of the page; every answer file it ships (start, solution, other
 * correct answers, wrong solutions) gets past the checker's input checks and uses only images the
 * cluster has; and its statement gives every name the checks rely on.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../lib/practice/input';
import type { See, TaskCheck } from '../../lib/practice/schema';
import { loadAllTasks, loadTask, taskNames } from '../../lib/practice/tasks';
import { checkContainers, givenNames, missingContainer, missingPod, seeFile, seeUrl, taskVerdict, type TaskResult } from '../../lib/practice/check-task';

const root = join(import.meta.dirname, '..', '..', '..');
const tasks = await loadAllTasks();
const page = (doc: string, lang: 'ko' | 'en') => join(root, lang === 'ko' ? 'docs' : 'i18n/en/docusaurus-plugin-content-docs/current', `${doc}.mdx`);

/** The anchors of a page: explicit `{#id}`s and the slugs Docusaurus makes of its headings (github-slugger). */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const slugger = new GithubSlugger();
  const ids = [...text.matchAll(/\{#([\w-]+)\}/g)].map((m) => m[1]);
  const headings = [...text.matchAll(/^#{1,6} (.+?)\s*$/gm)].map((m) => m[1]).filter((h) => !/\{#/.test(h)).map((h) => slugger.slug(h));
  return new Set([...ids, ...headings]);
}

/** Images the cluster has: the CI cluster and the kind node carry these stand-ins, and nothing is pulled. */
const CLUSTER_IMAGES = ['busybox:1.36', 'nginx:1.27'];

function imagesOf(text: string): string[] {
  const found: string[] = [];
  const visit = (x: unknown, key?: string) => {
    if (Array.isArray(x)) x.forEach((v) => visit(v));
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) visit(v, k);
    else if (key === 'image' && typeof x === 'string') found.push(x);
  };
  for (const doc of parseAllDocuments(text)) visit(doc.toJS());
  return found;
}

function namesIn(check: TaskCheck): string[] {
  const c = check as Record<string, unknown>;
  return [c.pod, c.container, c.then, c.first, c.job, ...((c.containers as string[] | undefined) ?? [])].filter((x): x is string => typeof x === 'string');
}

describe('practice tasks', () => {
  it('there are the six the issue asks for, at least', () => {
    expect(taskNames()).toEqual(expect.arrayContaining(['log-sidecar', 'wait-for-service', 'job-sidecar', 'fix-init-crashloop', 'localhost-pair', 'start-order']));
  });

  describe.each(tasks.map((t) => ({ name: t.task.name, t })))('$name', ({ t }) => {
    const { task } = t;
    const sees: See[] = task.steps.flatMap((s) => s.checks.map((c) => c.see));

    it('its pattern page exists, and every hint points to a heading on both editions of its page', () => {
      for (const lang of ['ko', 'en'] as const) expect(existsSync(page(task.doc, lang)), page(task.doc, lang)).toBe(true);
      for (const see of sees) {
        expect(anchors(page(see.doc, 'ko')), `${see.doc}#${see.anchor} (Korean page)`).toContain(see.anchor);
        expect(anchors(page(see.doc, 'en')), `${see.doc}#${see.anchorEn ?? see.anchor} (English page)`).toContain(see.anchorEn ?? see.anchor);
      }
    });

    it('a hint\'s "read" line is a link to that section of the site: local by default, published where SITE_URL says', () => {
      const see = sees[0];
      expect(seeUrl(see, 'ko', {})).toBe(`http://localhost:3000/docs/${see.doc}#${see.anchor}`);
      expect(seeUrl(see, 'en', { SITE_URL: 'https://owner.github.io', SITE_BASE_URL: '/labs/' })).toBe(`https://owner.github.io/labs/en/docs/${see.doc}#${see.anchorEn ?? see.anchor}`);
      expect(seeUrl(see, 'ko', { SITE_URL: 'not a url' })).toBe(`http://localhost:3000/docs/${see.doc}#${see.anchor}`);
      // and the page's file, for a reader without the site
      for (const lang of ['ko', 'en'] as const) expect(existsSync(join(root, seeFile(see, lang))), seeFile(see, lang)).toBe(true);
    });

    it('the statement names every Pod, Job and container the checks rely on', () => {
      const names = new Set(task.steps.flatMap((s) => s.checks.flatMap((c) => namesIn(c.check))));
      for (const n of names) {
        expect(task.statement, `Korean statement lacks \`${n}\``).toContain(`\`${n}\``);
        expect(task.en.statement, `English statement lacks \`${n}\``).toContain(`\`${n}\``);
      }
    });

    const answers = [
      ...(task.start.length ? [['start', join(t.dir, 'start')]] : []),
      ['solution', join(t.dir, 'solution')],
      ...[...t.alsoCorrect.keys()].map((a) => [`also-correct/${a}`, join(t.dir, 'also-correct', a)]),
      ...[...t.wrong.keys()].map((w) => [`wrong/${w}`, join(t.dir, 'wrong', w)]),
    ];
    it.each(answers)('%s gets past the input checks and uses only images the cluster has', (_label, dir) => {
      const answer = readAnswer(dir, task.takes, 'en');
      expect(answer.objects.length).toBeGreaterThan(0);
      for (const f of answer.files) for (const image of imagesOf(f.text)) expect(CLUSTER_IMAGES, `${f.path}: image ${image}`).toContain(image);
    });

    // The checker skips its waits when no object applied could create a Pod a check names (a
    // misnamed Pod); every answer the task ships must create every Pod its checks name.
    it('every answer it ships creates every Pod its checks name, and a renamed Pod is caught', () => {
      const checks = task.steps.flatMap((s) => s.checks.map((c) => c.check));
      const folders = ['solution', ...[...t.alsoCorrect.keys()].map((a) => join('also-correct', a)), ...[...t.wrong.keys()].map((w) => join('wrong', w))];
      for (const folder of folders) {
        const names = readAnswer(join(t.dir, folder), task.takes, 'en').objects.map((o) => o.name);
        expect(missingPod(checks, [...names, ...givenNames(t)]), `${task.name}/${folder}`).toBeUndefined();
      }
      const named = checks.find((c) => 'pod' in c) as { pod: string } | undefined;
      if (named) expect(missingPod(checks, [`${named.pod}-renamed`])).toBe(named.pod);
    });

    // Likewise for a container: a check naming a container the answer's Pod lacks fails at once.
    it('every correct answer it ships has every container its checks name, and a renamed container is caught', () => {
      const checks = task.steps.flatMap((s) => s.checks.map((c) => c.check));
      for (const folder of ['solution', ...[...t.alsoCorrect.keys()].map((a) => join('also-correct', a))]) {
        const objects = readAnswer(join(t.dir, folder), task.takes, 'en').objects;
        expect(missingContainer(checks, objects), `${task.name}/${folder}`).toBeUndefined();
      }
      const named = checks.find((c) => 'pod' in c && checkContainers(c).length > 0) as ({ pod: string } & TaskCheck) | undefined;
      if (!named) return;
      const container = checkContainers(named)[0];
      const objects = readAnswer(join(t.dir, 'solution'), task.takes, 'en').objects.map((o) => (o.name === named.pod ? { ...o, containers: o.containers!.map((c) => (c === container ? `${c}-renamed` : c)) } : o));
      expect(missingContainer(checks, objects)).toEqual({ pod: named.pod, container, has: expect.arrayContaining([`${container}-renamed`]) });
    });

    it('has at least two wrong solutions, each declaring what it fails', () => {
      expect(t.wrong.size).toBeGreaterThanOrEqual(2);
      for (const [w, wrong] of Object.entries(task.wrong)) expect(wrong.expectFailing.length, w).toBeGreaterThan(0);
    });
  });

  // A starting file that task.ts does not name is neither shown on the page nor tested (start-order had one).
  it('refuses a starting file that task.ts does not name, saying which and what to add', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tasks-'));
    try {
      cpSync(join(root, 'tasks', 'localhost-pair'), join(dir, 'localhost-pair'), { recursive: true });
      cpSync(join(root, 'tasks', 'localhost-pair', 'solution'), join(dir, 'localhost-pair', 'start'), { recursive: true });
      writeFileSync(join(dir, 'localhost-pair', 'task.ts'), readFileSync(join(root, 'tasks', 'localhost-pair', 'task.ts'), 'utf8').replace('../../scripts/', `${join(root, 'scripts')}/`));
      await expect(loadTask('localhost-pair', dir)).rejects.toThrow(/start: .*start\/pod\.yaml exists, but start does not name it: add 'pod\.yaml' to start/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The verdict said `실패 2/6`, read as "2 failed" while 2 had passed.
describe('taskVerdict', () => {
  const result = (lang: 'ko' | 'en', statuses: TaskResult['checks'][number]['status'][]): TaskResult => ({
    task: 'log-sidecar',
    lang,
    passed: statuses.every((x) => x === 'pass'),
    durationMs: 0,
    namespace: 'ns',
    checks: statuses.map((status, i) => ({ id: `c${i}`, title: 't', status, evidence: 'e' })),
  });
  it('says how many of how many passed, in both languages; a check not run is not passed', () => {
    expect(taskVerdict(result('ko', ['pass', 'pass', 'fail', 'not-run']))).toBe('✘ log-sidecar 실패: 4개 중 2개 통과 (실패한 확인 항목: c2)');
    expect(taskVerdict(result('en', ['pass', 'pass', 'fail', 'not-run']))).toBe('✘ log-sidecar failed: 2 of 4 passed (failed: c2)');
    expect(taskVerdict(result('ko', ['pass', 'pass']))).toBe('✔ log-sidecar 통과: 확인 항목 2개 모두 통과');
    expect(taskVerdict(result('en', ['pass', 'pass']))).toBe('✔ log-sidecar passed: all 2 checks passed');
  });
});
