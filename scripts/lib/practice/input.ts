/**
 * The reader's answer: a YAML file or a folder of them, read and checked before any cluster work.
 * Each problem is one line that names the file (and line) and says what to do:
 * a missing path, a file that is not YAML, an object that is no Kubernetes object, a kind the task
 * does not take, an object that names a namespace (the checker applies everything into its own).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { UserError } from '../output/errors';
import type { LabLang } from '../labs/lab-text';
import { show } from '../labs/labs';
import { practiceMessages } from './messages';

export interface AnswerObject {
  kind: string;
  name: string;
  file: string;
  line: number;
  /**
   * The names in its Pod spec's `containers` and `initContainers`: a Pod's own `spec`, or the Pod
   * template's (`spec.template.spec`, e.g. a Job's). Undefined for an object with no Pod spec.
   */
  containers?: string[];
}

/** The container and init container names of an object's Pod spec (see AnswerObject.containers). */
export function podSpecContainers(obj: unknown): string[] | undefined {
  type Spec = { containers?: unknown; initContainers?: unknown; template?: { spec?: Spec } };
  const spec = (obj as { spec?: Spec } | null)?.spec;
  const pod = spec && (Array.isArray(spec.containers) ? spec : spec.template?.spec);
  if (!pod || !Array.isArray(pod.containers)) return undefined;
  const names = (xs: unknown) => (Array.isArray(xs) ? xs.map((c) => (c as { name?: unknown } | null)?.name).filter((n): n is string => typeof n === 'string') : []);
  return [...names(pod.initContainers), ...names(pod.containers)];
}

export interface Answer {
  /** The files read, in order (a folder's .yaml/.yml files sorted by name). */
  files: { path: string; text: string }[];
  objects: AnswerObject[];
}

/** The files of an answer path: the file itself, or a folder's .yaml/.yml files. Throws UserError (one line) for a missing path or an empty folder. */
export function answerFiles(path: string, lang?: LabLang): string[] {
  const m = practiceMessages(lang);
  if (!existsSync(path)) throw new UserError(m.missingPath(show(path)));
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(path, f));
  if (files.length === 0) throw new UserError(m.emptyFolder(show(path)));
  return files;
}

/** Pure: the objects of one file, and its problems as one line each. */
export function parseAnswerFile(file: string, text: string, takes: readonly string[], lang?: LabLang): { objects: AnswerObject[]; problems: string[] } {
  const m = practiceMessages(lang);
  const lineCounter = new LineCounter();
  const objects: AnswerObject[] = [];
  const problems: string[] = [];
  const at = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    if ('empty' in doc && doc.empty) continue;
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      problems.push(m.notYaml(show(file), e.linePos?.[0]?.line ?? at(e.pos[0]), e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')));
      continue;
    }
    const line = at(doc.contents?.range?.[0]);
    const obj = doc.toJS() as unknown;
    if (obj === null || obj === undefined) continue; // a document of comments only
    const o = obj as { kind?: unknown; apiVersion?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
    if (typeof obj !== 'object' || Array.isArray(obj) || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string') {
      problems.push(m.notObject(show(file), line));
      continue;
    }
    const name = typeof o.metadata?.name === 'string' ? o.metadata.name : '';
    if (o.kind === 'List') {
      problems.push(m.wrongKind(show(file), line, 'List', name, takes));
      continue;
    }
    if (!takes.includes(o.kind)) problems.push(m.wrongKind(show(file), line, o.kind, name, takes));
    else if (o.metadata?.namespace !== undefined) problems.push(m.namespaced(show(file), line, o.kind, name, String(o.metadata.namespace)));
    else {
      const containers = podSpecContainers(obj);
      objects.push({ kind: o.kind, name, file, line, ...(containers ? { containers } : {}) });
    }
  }
  return { objects, problems };
}

/** Reads and checks the answer at `path`. Throws one UserError whose lines are the problems. */
export function readAnswer(path: string, takes: readonly string[], lang?: LabLang): Answer {
  const files = answerFiles(path, lang).map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
  const objects: AnswerObject[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const r = parseAnswerFile(f.path, f.text, takes, lang);
    objects.push(...r.objects);
    problems.push(...r.problems);
  }
  if (problems.length === 0 && objects.length === 0) problems.push(practiceMessages(lang).noObjects(files.map((f) => show(f.path)).join(', ')));
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return { files, objects };
}

/** The answer as one stream for `kubectl apply -f -`. */
export function answerManifest(answer: Answer): string {
  return answer.files.map((f) => f.text.replace(/\n*$/, '\n')).join('---\n');
}
