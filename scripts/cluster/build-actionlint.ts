/**
 * Builds actionlint, the GitHub Actions workflow linter, from its pinned Go module
 * (scripts/cluster/build/actionlint) once, the way build.ts builds the cluster's binaries: into a
 * temporary folder that is renamed when complete, cached under the version plus a hash of the
 * recipe. Not part of the cluster: scripts/__tests__/workflows.test.ts runs it on
 * .github/workflows/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from '../lib/exec';
import { step } from '../lib/progress';
import { cacheDir } from './config';

const MODULE = fileURLToPath(new URL('./build/actionlint/', import.meta.url));

/** The actionlint version: the build module's go.mod is the one place it is written. */
export function actionlintVersion(): string {
  const goMod = readFileSync(join(MODULE, 'go.mod'), 'utf8');
  const match = /^require github\.com\/rhysd\/actionlint v(\S+)$/m.exec(goMod);
  if (!match) throw new Error(`${join(MODULE, 'go.mod')} does not require github.com/rhysd/actionlint`);
  return match[1];
}

/** A hash of this file and the build module (go.mod, go.sum, tools.go), as build.ts keys its binaries. */
function recipeHash(): string {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const file of readdirSync(MODULE).sort()) hash.update(file).update(readFileSync(join(MODULE, file)));
  return hash.digest('hex').slice(0, 12);
}

/** Where the built actionlint is (or will be): changes whenever it would build differently. */
export function actionlintPath(): string {
  return join(cacheDir, 'bin', `actionlint-v${actionlintVersion()}-${recipeHash()}`, 'actionlint');
}

/** Builds actionlint unless the cache has it; returns its path. Needs `go` on PATH. */
export async function buildActionlint(): Promise<string> {
  const path = actionlintPath();
  if (existsSync(path)) return path;
  const dir = dirname(path);
  const tmp = `${dir}.partial`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await step(`Building actionlint v${actionlintVersion()}`, () =>
    exec(['go', 'build', '-trimpath', '-ldflags', '-s -w', '-o', join(tmp, 'actionlint'), 'github.com/rhysd/actionlint/cmd/actionlint'], {
      cwd: MODULE,
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=readonly -buildvcs=false' },
    }),
  );
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  // Earlier builds (other version or recipe) are dead weight.
  for (const old of await readdir(join(cacheDir, 'bin'))) {
    if (old.startsWith('actionlint-v') && join(cacheDir, 'bin', old) !== dir) await rm(join(cacheDir, 'bin', old), { recursive: true, force: true });
  }
  return path;
}
