/**
 * Finds and validates the labs: `labs/<name>/lab.ts` default-exports a definition, checked with
 * the zod schema; every manifest it names must exist and every manifest must parse as YAML.
 * Problems come back as `<file>: <field.path>: <message>` or `<file>:<line>: <message>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { UserError } from '../output/errors';
import { labSchema, type Lab } from './lab-schema';
import { messages } from '../output/messages';
import { closestNames } from '../output/suggest';

export const LABS_DIR = resolve(fileURLToPath(new URL('../../../labs', import.meta.url)));

/** A lab that fails validation; `problems` are the lines to fix. */
export class LabError extends UserError {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'LabError';
  }
}

export interface LoadedLab {
  lab: Lab;
  dir: string;
  /** Manifest file name → its text. */
  manifests: Map<string, string>;
  /** Variant name → its replacement manifests (file name → text). */
  variants: Map<string, Map<string, string>>;
}

/** The manifests a run applies: the lab's own, with a variant's replacements swapped in. */
export function manifestsFor(loaded: LoadedLab, variant?: string): Map<string, string> {
  if (!variant) return loaded.manifests;
  const replaced = loaded.variants.get(variant);
  if (!replaced) {
    const known = [...loaded.variants.keys()];
    throw new UserError(messages().run.noVariant(loaded.lab.name, variant, known));
  }
  return new Map([...loaded.manifests, ...replaced]);
}

/** How a path is shown: relative to the working directory (so `labs/x/lab.ts` from the repo root). */
export function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Lab names: folders under labsDir that hold a lab.ts (a folder without one is work in progress). */
export function labNames(labsDir = LABS_DIR): string[] {
  if (!existsSync(labsDir)) return [];
  return readdirSync(labsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(labsDir, d.name, 'lab.ts')))
    .map((d) => d.name)
    .sort();
}

/** YAML syntax errors of one file, as `<file>:<line>: <message>`. */
export function yamlProblems(file: string, text: string): string[] {
  return parseAllDocuments(text).flatMap((doc) =>
    'errors' in doc ? doc.errors.map((e) => `${show(file)}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`) : [],
  );
}

export async function loadLab(name: string, labsDir = LABS_DIR): Promise<LoadedLab> {
  const names = labNames(labsDir);
  if (!names.includes(name)) {
    throw new UserError(messages().unknownLab(name, names.length ? names : [`(none found in ${show(labsDir)})`], closestNames(name, names)));
  }
  const dir = join(labsDir, name);
  const file = join(dir, 'lab.ts');
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  const parsed = labSchema.safeParse(mod.default);
  if (!parsed.success) {
    throw new LabError(parsed.error.issues.map((i) => `${show(file)}: ${i.path.join('.') || '(default export)'}: ${i.message}`));
  }
  const lab = parsed.data;
  const problems: string[] = [];
  if (lab.name !== name) problems.push(`${show(file)}: name: "${lab.name}" differs from its folder name "${name}": rename one of them`);

  const manifests = new Map<string, string>();
  const mdir = join(dir, 'manifests');
  for (const f of existsSync(mdir) ? readdirSync(mdir).filter((f) => /\.ya?ml$/.test(f)) : []) {
    const text = readFileSync(join(mdir, f), 'utf8');
    manifests.set(f, text);
    problems.push(...yamlProblems(join(mdir, f), text));
  }
  lab.steps.forEach((s, i) =>
    (s.apply ?? []).forEach((f, j) => {
      if (!manifests.has(f)) problems.push(`${show(file)}: steps.${i}.apply.${j}: ${show(join(mdir, f))} does not exist`);
    }),
  );
  // API checks (api-checks/) that apply or read a manifest name it like a step's apply.
  lab.steps.forEach((s, i) =>
    s.checks.forEach((c, j) => {
      if ('manifest' in c.check && !manifests.has(c.check.manifest)) problems.push(`${show(file)}: steps.${i}.checks.${j}.check.manifest: ${show(join(mdir, c.check.manifest))} does not exist`);
    }),
  );
  const ids = lab.steps.flatMap((s, i) => s.checks.map((c, j) => ({ id: c.id, at: `steps.${i}.checks.${j}.id` })));
  ids.forEach(({ id, at }, k) => {
    if (ids.findIndex((x) => x.id === id) !== k) problems.push(`${show(file)}: ${at}: check id "${id}" is used twice in this lab; ids name recorded fixtures, make it unique`);
  });
  lab.originals.forEach((o, i) => {
    if (!existsSync(join(dir, 'original', o.file))) problems.push(`${show(file)}: originals.${i}.file: ${show(join(dir, 'original', o.file))} does not exist`);
  });
  const variants = new Map<string, Map<string, string>>();
  const checkIds = new Set(ids.map((x) => x.id));
  for (const [v, variant] of Object.entries(lab.variants)) {
    const files = new Map<string, string>();
    variant.replace.forEach((f, i) => {
      const path = join(dir, 'variants', v, f);
      if (!manifests.has(f)) problems.push(`${show(file)}: variants.${v}.replace.${i}: ${f} is not a manifest of this lab (manifests/${f})`);
      if (!existsSync(path)) return problems.push(`${show(file)}: variants.${v}.replace.${i}: ${show(path)} does not exist`);
      const text = readFileSync(path, 'utf8');
      files.set(f, text);
      problems.push(...yamlProblems(path, text));
    });
    variant.expectFailing.forEach((id, i) => {
      if (!checkIds.has(id)) problems.push(`${show(file)}: variants.${v}.expectFailing.${i}: no check has id "${id}"`);
    });
    variants.set(v, files);
  }
  if (problems.length > 0) throw new LabError(problems);
  return { lab, dir, manifests, variants };
}

/** Loads every lab; collects all problems of all labs before failing. */
export async function loadAllLabs(labsDir = LABS_DIR): Promise<LoadedLab[]> {
  const loaded: LoadedLab[] = [];
  const problems: string[] = [];
  for (const name of labNames(labsDir)) {
    try {
      loaded.push(await loadLab(name, labsDir));
    } catch (err) {
      if (err instanceof LabError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) throw new LabError(problems);
  return loaded;
}
