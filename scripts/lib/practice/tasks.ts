/**
 * Finds and validates the practice tasks (`tasks/<name>/task.ts`, layout in schema.ts). Problems
 * come back as `<file>: <field.path>: <message>`, as labs.ts does for labs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UserError } from '../output/errors';
import { LabError, show, yamlProblems } from '../labs/labs';
import { closestNames } from '../output/suggest';
import { practiceMessages } from './messages';
import { taskSchema, type Task } from './schema';

export const TASKS_DIR = resolve(fileURLToPath(new URL('../../../tasks', import.meta.url)));

export interface LoadedTask {
  task: Task;
  dir: string;
  /** File name → text, for each folder of the task. */
  start: Map<string, string>;
  given: Map<string, string>;
  solution: Map<string, string>;
  wrong: Map<string, Map<string, string>>;
  alsoCorrect: Map<string, Map<string, string>>;
}

export function taskNames(tasksDir = TASKS_DIR): string[] {
  if (!existsSync(tasksDir)) return [];
  return readdirSync(tasksDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(tasksDir, d.name, 'task.ts')))
    .map((d) => d.name)
    .sort();
}

/** The .yaml files of a folder (name → text), with their YAML problems added to `problems`. */
function yamlFolder(dir: string, problems: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : []) {
    const text = readFileSync(join(dir, f), 'utf8');
    files.set(f, text);
    problems.push(...yamlProblems(join(dir, f), text));
  }
  return files;
}

export async function loadTask(name: string, tasksDir = TASKS_DIR): Promise<LoadedTask> {
  const names = taskNames(tasksDir);
  if (!names.includes(name)) throw new UserError(practiceMessages().unknownTask(name, names, closestNames(name, names)));
  const dir = join(tasksDir, name);
  const file = join(dir, 'task.ts');
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  const parsed = taskSchema.safeParse(mod.default);
  if (!parsed.success) throw new LabError(parsed.error.issues.map((i) => `${show(file)}: ${i.path.join('.') || '(default export)'}: ${i.message}`));
  const task = parsed.data;
  const problems: string[] = [];
  if (task.name !== name) problems.push(`${show(file)}: name: "${task.name}" differs from its folder name "${name}": rename one of them`);
  const start = yamlFolder(join(dir, 'start'), problems);
  const given = yamlFolder(join(dir, 'given'), problems);
  const solution = yamlFolder(join(dir, 'solution'), problems);
  if (solution.size === 0) problems.push(`${show(join(dir, 'solution'))}: no reference solution (.yaml files) there`);
  task.start.forEach((f, i) => {
    if (!start.has(f)) problems.push(`${show(file)}: start.${i}: ${show(join(dir, 'start', f))} does not exist`);
  });
  // A starting file task.ts does not name would be neither shown to the reader nor tested.
  for (const f of start.keys()) {
    if (!task.start.includes(f)) problems.push(`${show(file)}: start: ${show(join(dir, 'start', f))} exists, but start does not name it: add '${f}' to start`);
  }
  task.steps.forEach((s, i) =>
    (s.given ?? []).forEach((f, j) => {
      if (!given.has(f)) problems.push(`${show(file)}: steps.${i}.given.${j}: ${show(join(dir, 'given', f))} does not exist`);
    }),
  );
  const wrong = new Map<string, Map<string, string>>();
  for (const w of Object.keys(task.wrong)) {
    const files = yamlFolder(join(dir, 'wrong', w), problems);
    if (files.size === 0) problems.push(`${show(file)}: wrong.${w}: ${show(join(dir, 'wrong', w))} holds no .yaml file`);
    wrong.set(w, files);
  }
  const alsoCorrect = new Map<string, Map<string, string>>();
  for (const a of Object.keys(task.alsoCorrect)) {
    const files = yamlFolder(join(dir, 'also-correct', a), problems);
    if (files.size === 0) problems.push(`${show(file)}: alsoCorrect.${a}: ${show(join(dir, 'also-correct', a))} holds no .yaml file`);
    alsoCorrect.set(a, files);
  }
  if (problems.length > 0) throw new LabError(problems);
  return { task, dir, start, given, solution, wrong, alsoCorrect };
}

export async function loadAllTasks(tasksDir = TASKS_DIR): Promise<LoadedTask[]> {
  const loaded: LoadedTask[] = [];
  const problems: string[] = [];
  for (const name of taskNames(tasksDir)) {
    try {
      loaded.push(await loadTask(name, tasksDir));
    } catch (err) {
      if (err instanceof LabError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) throw new LabError(problems);
  return loaded;
}
