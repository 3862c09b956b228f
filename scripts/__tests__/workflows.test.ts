/**
 * The GitHub Actions workflows in .github/workflows/ (for forks; .ci/run is this project's own CI)
 * pass actionlint, built from its pinned Go module (scripts/cluster/build/actionlint) on the first
 * run and cached after that. actionlint also runs shellcheck on every `run:` script, so this test
 * needs shellcheck on PATH too (Debian's `shellcheck` package; .ci/run installs it): a quoting
 * bug in a step fails here, not on a fork's runner.
 * No `go` or no `shellcheck` on PATH: fails under CI, else skips saying how to install it (like
 * the browser tests). With both there, a failed build of actionlint is a failure, always.
 */
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionlintVersion, buildActionlint } from '../cluster/build-actionlint';
import { exec } from '../lib/exec';

const required = Boolean(process.env.CI);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const workflows = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();

/** The first `command` on PATH, or undefined. */
function onPath(command: string): string | undefined {
  return (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, command)).find((p) => existsSync(p));
}

const shellcheck = onPath('shellcheck');
const missing = [
  onPath('go') ? undefined : 'go is not on PATH (Go 1.25+ builds actionlint: https://go.dev/doc/install)',
  shellcheck ? undefined : 'shellcheck is not on PATH (actionlint checks `run:` scripts with it: `apt-get install -y shellcheck`)',
].filter((m): m is string => m !== undefined);

// The first run downloads actionlint's Go modules and compiles it: 25 s on two cores with an empty
// Go cache, more on a slow network or a busy machine; 10 minutes leaves room for both. Later runs
// find the binary in the cache at once.
const BUILD_TIMEOUT = 10 * 60_000;
// actionlint lints one workflow in well under a second; shellcheck runs once per `run:` script.
const LINT_TIMEOUT = 60_000;

let actionlint = '';

beforeAll(async () => {
  if (missing.length > 0) {
    if (required) throw new Error(missing.join('; '));
    console.warn(`skipping workflow lint: ${missing.join('; ')}`);
    return;
  }
  actionlint = await buildActionlint();
}, BUILD_TIMEOUT);

describe(`GitHub Actions workflows (actionlint v${actionlintVersion()}, with shellcheck)`, () => {
  it('there are workflows to lint', () => {
    expect(workflows.length).toBeGreaterThan(0);
  });

  it.for(workflows)('%s passes actionlint', { timeout: LINT_TIMEOUT }, async (file, ctx) => {
    if (missing.length > 0) {
      if (required) throw new Error(missing.join('; '));
      ctx.skip(missing.join('; '));
    }
    // No pyflakes: the workflows have no Python steps.
    const r = await exec([actionlint, '-no-color', `-shellcheck=${shellcheck}`, '-pyflakes=', join(WORKFLOWS, file)], {
      cwd: ROOT,
      allowFailure: true,
      timeoutMs: LINT_TIMEOUT,
    });
    // Exit 1: problems found (listed on stdout); 2 or 3: actionlint itself failed (stderr).
    expect(r.code, `actionlint found problems in .github/workflows/${file}:\n${r.stdout}${r.stderr}`).toBe(0);
  });
});
