/**
 * The contract of a practice task: what `tasks/<name>/task.ts` exports, validated with zod when
 * the checker or a test loads it. Pages import the same file, so no Node-only imports here.
 *
 * Why tasks live in `tasks/`, beside `labs/` and not inside it: a lab applies its own manifests
 * and proves a claim of the note; a task applies the reader's manifests and judges them. They
 * have different parts (statement, hints, a reference solution, wrong solutions, starting files)
 * and a different command (`check`, not `run`), and the labs' loader, evidence and drift tests
 * walk every folder of `labs/`. One folder per task keeps each task's files together:
 *
 *   tasks/<name>/task.ts            this definition
 *   tasks/<name>/start/*.yaml       the starting files, where the task is to fix or extend them
 *   tasks/<name>/given/*.yaml       objects the checker itself applies (a Service's backend, …)
 *   tasks/<name>/solution/*.yaml    the reference solution (must pass every check)
 *   tasks/<name>/also-correct/<a>/  another correct answer (must pass every check too)
 *   tasks/<name>/wrong/<w>/*.yaml   a common wrong solution (must fail exactly `expectFailing`)
 */
import { z } from 'zod';
import { checkSchema } from '../labs/lab-schema';

const k8sName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a Kubernetes name (lowercase, digits, -)');
const yamlFile = z.string().regex(/^[a-z0-9][-a-z0-9.]*\.ya?ml$/, 'must be a .yaml file name');

/**
 * Behavioural checks that only practice needs (judged in practice/judge.ts). They name no
 * container that the statement did not name: the reader's init containers may be called anything.
 */
export const practiceCheckSchema = z.discriminatedUnion('kind', [
  // Every regular init container (not a sidecar: no `restartPolicy: Always`) exited 0, and the
  // last one finished no later than `then` started (status timestamps, 1 s resolution). There must
  // be at least one.
  z.strictObject({ kind: z.literal('init-done-before'), pod: k8sName, then: k8sName }),
  // No init container (regular or sidecar) has failed or restarted: restartCount 0, no earlier
  // run, and not ended with a non-zero exit (the moment between a failure and its restart).
  z.strictObject({ kind: z.literal('init-no-restarts'), pod: k8sName }),
]);

/** A check of a task: one of the labs' kinds (scripts/lib/checks/judge.ts) or a practice kind. */
export const taskCheckSchema = z.union([checkSchema, practiceCheckSchema]);

/** Where a hint sends the reader: a doc id and a heading's anchor on that page. */
export const seeSchema = z.strictObject({
  /** Doc id, e.g. `multi-container-pod/sidecar-containers`. */
  doc: z.string().min(1),
  /** The heading's id on that page (explicit `{#id}` or the slug Docusaurus makes). */
  anchor: z.string().min(1),
  /** The same heading's id on the English page, where its slug differs (headings are translated). */
  anchorEn: z.string().min(1).optional(),
});

export const taskStepSchema = z.strictObject({
  /** Korean; the English is `en.steps`. */
  title: z.string().min(1),
  /** The checker's own objects (files in given/) applied at the start of this step, before the reader's. */
  given: z.array(yamlFile).optional(),
  /** Apply the reader's files in this step (exactly one step does). */
  answer: z.boolean().optional(),
  /**
   * Wait until this check (an id of this step) passes, at most `timeoutSeconds`. Never fails by
   * itself: after the deadline the checks run and report what they see.
   */
  until: z.strictObject({ check: k8sName, timeoutSeconds: z.number().int().positive().max(300) }).optional(),
  /** Observe for a fixed time, to show that something does NOT happen meanwhile. */
  holdSeconds: z.number().int().positive().max(60).optional(),
  checks: z
    .array(
      z.strictObject({
        id: k8sName,
        /** Korean: what a passing check means. */
        title: z.string().min(1),
        check: taskCheckSchema,
        /** Korean: shown when the check fails. Says where to look, never the answer. */
        hint: z.string().min(1),
        see: seeSchema,
      }),
    )
    .min(1),
});

/** A wrong solution that learners really write, kept in wrong/<name>/. */
export const wrongSchema = z.strictObject({
  /** Korean: the mistake, and where it comes from. */
  why: z.string().min(1),
  /** The checks it must fail; every other check must pass (or not run, after `accepted` fails). */
  expectFailing: z.array(k8sName).min(1),
});

export const taskEnglishSchema = z.strictObject({
  title: z.string().min(1),
  statement: z.string().min(1),
  hints: z.array(z.string().min(1)).min(1),
  steps: z.array(z.string().min(1)).min(1),
  /** Check id → English title and hint. */
  checks: z.record(k8sName, z.strictObject({ title: z.string().min(1), hint: z.string().min(1) })),
  wrong: z.record(k8sName, z.strictObject({ why: z.string().min(1) })),
  alsoCorrect: z.record(k8sName, z.string().min(1)).default({}),
});

/** The check every task has first: the API server took every object of the answer. */
export const ACCEPTED = 'accepted';

export const taskSchema = z
  .strictObject({
    name: k8sName,
    /** Korean, as every human text here; the English is in `en`. */
    title: z.string().min(1),
    /** Doc id of the pattern page the task practises (links there, and back). */
    doc: z.string().min(1),
    /** Korean Markdown: what to build, with the names the checks rely on, and nothing more. */
    statement: z.string().min(1),
    /** The kinds of object an answer may hold. */
    takes: z.array(z.enum(['Pod', 'Job', 'ConfigMap'])).min(1),
    /** Starting files in start/ (a task that fixes or extends them). */
    start: z.array(yamlFile).default([]),
    /** Korean hints for the page, from gentle to nearly the answer; opened one at a time. */
    hints: z.array(z.string().min(1)).min(1),
    steps: z.array(taskStepSchema).min(1),
    /**
     * Other correct answers, in also-correct/<name>/ (e.g. a plain container where a native
     * sidecar is the reference): Korean why; each must pass every check as the reference does.
     */
    alsoCorrect: z.record(k8sName, z.string().min(1)).default({}),
    wrong: z.record(k8sName, wrongSchema).refine((w) => Object.keys(w).length >= 2, 'needs at least two wrong solutions'),
    en: taskEnglishSchema,
  })
  .superRefine((t, ctx) => {
    const ids = t.steps.flatMap((s) => s.checks.map((c) => c.id));
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message: `task "${t.name}": ${message}` });
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) issue(['steps'], `check id "${id}" is used twice`);
      if (id === ACCEPTED) issue(['steps'], `"${ACCEPTED}" is the checker's own first check; use another id`);
    });
    if (t.steps.filter((s) => s.answer).length !== 1) issue(['steps'], 'exactly one step must have answer: true (where the reader\'s files are applied)');
    t.steps.forEach((s, i) => {
      if (s.until && !s.checks.some((c) => c.id === s.until!.check)) issue(['steps', i, 'until'], `"${s.until.check}" is no check of this step`);
    });
    for (const [w, wrong] of Object.entries(t.wrong)) {
      wrong.expectFailing.forEach((id, j) => {
        if (id !== ACCEPTED && !ids.includes(id)) issue(['wrong', w, 'expectFailing', j], `no check has id "${id}"`);
      });
    }
    if (t.en.steps.length !== t.steps.length) issue(['en', 'steps'], `en.steps has ${t.en.steps.length} titles, steps has ${t.steps.length}`);
    if (t.en.hints.length !== t.hints.length) issue(['en', 'hints'], `en.hints has ${t.en.hints.length} hints, hints has ${t.hints.length}`);
    const same = (field: string, a: string[], b: string[]) => {
      for (const k of a.filter((x) => !b.includes(x))) issue(['en', field], `en.${field} lacks "${k}"`);
      for (const k of b.filter((x) => !a.includes(x))) issue(['en', field], `en.${field} has "${k}", which is not in the task`);
    };
    same('checks', ids, Object.keys(t.en.checks));
    same('wrong', Object.keys(t.wrong), Object.keys(t.en.wrong));
    same('alsoCorrect', Object.keys(t.alsoCorrect), Object.keys(t.en.alsoCorrect));
  });

export type TaskDefinition = z.input<typeof taskSchema>;
export type Task = z.output<typeof taskSchema>;
export type TaskCheck = z.output<typeof taskCheckSchema>;
export type PracticeCheck = z.output<typeof practiceCheckSchema>;
export type TaskStep = Task['steps'][number];
export type See = z.output<typeof seeSchema>;
