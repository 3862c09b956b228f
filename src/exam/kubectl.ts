/**
 * For the exam-box tests (node only): the kubectl that runs the boxes' commands. The project's own
 * v1.34.0 build in ~/.cache/multi-container-pod/bin/ (what CI builds, the Kubernetes version of
 * the labs) when it is there, else `kubectl` on PATH; undefined when there is neither.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const KUBECTL_VERSION = 'v1.34.0';

export function examKubectl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const bin = path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'multi-container-pod', 'bin');
  const built = existsSync(bin)
    ? readdirSync(bin)
        .filter((d) => d.startsWith(`kubernetes-${KUBECTL_VERSION}-`))
        .map((d) => path.join(bin, d, 'kubectl'))
        .find((f) => existsSync(f))
    : undefined;
  if (built) return built;
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 30_000 });
    return 'kubectl';
  } catch {
    return undefined;
  }
}
