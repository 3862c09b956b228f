/**
 * A task's texts in one language: Korean (the task's own fields, the source and default) or
 * English (its `en` block). Pure and browser-safe: the pages use it too.
 */
import type { LabLang } from '../labs/lab-text';
import type { TaskDefinition } from './schema';

export interface TaskText {
  title: string;
  statement: string;
  hints: string[];
  steps: string[];
  /** Check id → title and hint. */
  checks: Record<string, { title: string; hint: string }>;
  /** Wrong solution → why it is wrong. */
  wrong: Record<string, string>;
  /** Other correct answer → why it is correct too. */
  alsoCorrect: Record<string, string>;
}

export function taskText(task: TaskDefinition, lang: LabLang): TaskText {
  const en = lang === 'en';
  const checks = task.steps.flatMap((s) => s.checks.map((c) => [c.id, en ? task.en.checks[c.id] : { title: c.title, hint: c.hint }] as const));
  return {
    title: en ? task.en.title : task.title,
    statement: en ? task.en.statement : task.statement,
    hints: en ? task.en.hints : task.hints,
    steps: en ? task.en.steps : task.steps.map((s) => s.title),
    checks: Object.fromEntries(checks),
    wrong: Object.fromEntries(Object.entries(task.wrong).map(([w, v]) => [w, en ? task.en.wrong[w].why : v.why])),
    alsoCorrect: Object.fromEntries(Object.entries(task.alsoCorrect ?? {}).map(([a, why]) => [a, en ? (task.en.alsoCorrect?.[a] ?? why) : why])),
  };
}

/** The command a page shows for a task: `--lang en` only when not Korean. */
export function checkCommand(task: string, answer: string, lang: LabLang = 'ko'): string {
  return ['npm run lab -- check', task, answer, ...(lang === 'ko' ? [] : ['--lang', lang])].join(' ');
}
