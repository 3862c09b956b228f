/**
 * `lab check <task> <file or folder>`: reads and checks the reader's answer (before any cluster
 * work), connects as `run` does, and judges it on the cluster (practice/check-task.ts).
 * `--solution` prints the reference solution; `--watch` checks again whenever the answer changes.
 */
import { statSync, watch as watchFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../lib/output/errors';
import type { Exec } from '../lib/exec';
import type { LabLang } from '../lib/labs/lab-text';
import { show } from '../lib/labs/labs';
import { log } from '../lib/progress';
import { messages } from '../lib/output/messages';
import { checkTask, taskVerdict, type TaskResult } from '../lib/practice/check-task';
import { readAnswer } from '../lib/practice/input';
import { practiceMessages } from '../lib/practice/messages';
import { loadTask, taskNames, type LoadedTask } from '../lib/practice/tasks';
import { sweep } from '../lib/run/sweep';
import { connect, resolveTarget } from '../lib/target/target';
// The site's translation of manifest comments (plain CommonJS so that Rspack loads it as a loader).
import { localizeComments, translationsFor } from '../../src/plugins/manifest-comments.cjs';

export interface CheckCommandOptions {
  task?: string;
  /** The answer: one YAML file or one folder of them. */
  paths: string[];
  json: boolean;
  lang?: LabLang;
  keep: boolean;
  watch: boolean;
  solution: boolean;
  kubeconfig?: string;
  context?: string;
  nodeImage?: string;
  nodes?: number;
  tasksDir?: string;
  /** Write each check's observation under this folder (fixtures for the practice judge's tests). */
  record?: string;
}

/**
 * The reference solution as one printable text: each file under a `# solution/<file>` line. In
 * English (`lang` 'en') its Korean comments become English, from `tasks/<task>/comments.en.json`, as
 * on the English practice page (the same translation and code as the site's, manifest-comments.cjs);
 * keys, values and what the containers print stay as they run. A comment with no English stays as
 * it is (manifest-comments.test.ts fails on one in a shipped task).
 */
export function solutionText(loaded: LoadedTask, lang?: LabLang): string {
  const english = (file: string, text: string): string => localizeComments(text, translationsFor(join(loaded.dir, 'solution', file))).text;
  const parts = [...loaded.solution].map(([file, text]) => `# --- solution/${file}\n${(lang === 'en' ? english(file, text) : text).replace(/\n*$/, '\n')}`);
  return `${practiceMessages(lang).solutionHeader(loaded.task.name)}\n${parts.join('---\n')}`;
}

export async function check(exec: Exec, o: CheckCommandOptions): Promise<number> {
  const m = practiceMessages(o.lang);
  if (!o.task) throw new UserError(m.checkNeedsTask(taskNames(o.tasksDir)));
  const loaded = await loadTask(o.task, o.tasksDir);
  if (o.solution) {
    process.stdout.write(solutionText(loaded, o.lang));
    return 0;
  }
  if (o.paths.length === 0) throw new UserError(o.watch ? m.watchNeedsPath : m.checkNeedsAnswer(o.task, loaded.task.start.length ? show(join(loaded.dir, 'start')) : undefined));
  if (o.paths.length > 1) throw new UserError(m.tooManyPaths);
  const path = o.paths[0];
  readAnswer(path, loaded.task.takes, o.lang); // bad input fails here, before any cluster work
  const target = (await resolveTarget(exec, { kubeconfig: o.kubeconfig, context: o.context, create: true, nodeImage: o.nodeImage, nodes: o.nodes, lang: o.lang }))!;
  const { kubectl, serverVersion } = await connect(exec, target);
  log(messages(o.lang).run.cluster(target.context, target.kubeconfig, serverVersion));
  await sweep(kubectl, 'run');
  const out = (line: string) => (o.json ? process.stderr : process.stdout).write(`${line}\n`);
  const once = async (): Promise<TaskResult> => {
    const r = await checkTask(loaded, readAnswer(path, loaded.task.takes, o.lang), { kubectl, out, lang: o.lang, keep: o.keep, ...(o.record ? { record: { dir: o.record, answer: basename(path.replace(/\/+$/, '')), serverVersion } } : {}) });
    if (o.json) process.stdout.write(`${JSON.stringify({ ...r, serverVersion, context: target.context }, null, 2)}\n`);
    out(`\n${taskVerdict(r)}`);
    return r;
  };
  if (!o.watch) return (await once()).passed ? 0 : 1;
  return watchAnswer(path, once, o.lang);
}

/**
 * Checks again whenever the answer changes, until Ctrl-C. It watches the folder that holds the
 * answer (editors often save by writing a new file and renaming it over the old one, which a
 * watch on the file itself would lose). A change during a check starts one more check after it.
 */
async function watchAnswer(path: string, once: () => Promise<unknown>, lang?: LabLang): Promise<number> {
  const m = practiceMessages(lang);
  const isDir = statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  const wanted = (f: string | null) => f !== null && (isDir ? /\.ya?ml$/.test(f) : f === basename(path));
  let running = false;
  let again: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const go = async () => {
    running = true;
    try {
      await once();
    } catch (err) {
      // Bad input while watching: one line, and keep watching for the fix.
      process.stderr.write(`error: ${(err as Error).message}\n`);
    }
    running = false;
    log(m.watching(show(path)));
    if (again) {
      const f = again;
      again = undefined;
      log(m.changed(f));
      await go();
    }
  };
  await go();
  return new Promise<number>(() => {
    watchFs(dir, (_event, f) => {
      if (!wanted(f)) return;
      // Editors write a file in several events; act once they have settled.
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (running) again = f!;
        else {
          log(m.changed(f!));
          void go();
        }
      }, 300);
    });
  });
}
