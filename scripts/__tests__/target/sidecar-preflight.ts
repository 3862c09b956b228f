/**
 * Shared by the two sides of the native-sidecar preflight test: a cluster that runs native
 * sidecars (sidecar-preflight.cluster.test.ts) and one with them off
 * (sidecar-preflight.gate-off.test.ts). Runs the CLI as a reader does.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run lab -- <args>` without npm: `tsx scripts/cli.ts <args>`, in the repository root. */
export function cli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { cwd: root, timeout: 5 * 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The error lines the CLI printed (`error:` with --lang en, `오류:` in Korean). */
export const errorLines = (r: CliRun) => r.stderr.split('\n').filter((l) => l.startsWith('error:') || l.startsWith('오류:'));
