import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root; every path in tests is relative to it. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export const fromRoot = (...parts: string[]): string => path.join(repoRoot, ...parts);

/** Repo-relative POSIX path, as contributors write it in messages and imports. */
export const rel = (file: string): string => path.relative(repoRoot, file).split(path.sep).join('/');

/** All files under `dir` (repo-relative) whose name matches `pattern`, sorted. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(fromRoot(dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => rel(path.join(e.parentPath, e.name)))
    .sort();
}
