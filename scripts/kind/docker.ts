/**
 * A Docker engine for the offline kind path on CI machines: Debian's dockerd, started by hand
 * (no systemd here) with its own data root and socket, and capfix as its default runtime so that
 * kind's privileged node containers start although root lacks CAP_SYS_RESOURCE
 * (scripts/cluster/build/capfix/main.go says why). Readers never use this: they have Docker.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { exec } from '../lib/exec';
import { poll } from '../lib/progress';
import { bin } from '../cluster/build';
import { dockerHost, dockerPaths } from './paths';

/** The environment for a docker or kind command that must talk to our dockerd. */
export const dockerEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DOCKER_HOST: dockerHost });

/**
 * Removes the other tags of an image's repository (earlier recipes): a node image is ~1 GB.
 * An image still used by a container stays (docker refuses, and that is fine).
 */
export async function removeOtherTags(ref: string): Promise<void> {
  const repo = ref.slice(0, ref.lastIndexOf(':'));
  const { stdout } = await exec(['docker', 'images', '--format', '{{.Repository}}:{{.Tag}}', repo], { env: dockerEnv() });
  for (const old of stdout.split('\n').map((l) => l.trim()).filter((l) => l && l !== ref)) {
    await exec(['docker', 'rmi', old], { env: dockerEnv(), allowFailure: true });
  }
}

/** True when the image is in our Docker. */
export async function imageExists(ref: string): Promise<boolean> {
  return (await exec(['docker', 'image', 'inspect', ref], { env: dockerEnv(), allowFailure: true, timeoutMs: 30_000 })).code === 0;
}

/** True when our dockerd answers on its socket. */
export async function dockerRunning(): Promise<boolean> {
  const r = await exec(['docker', 'version', '--format', '{{.Server.Version}}'], { env: dockerEnv(), allowFailure: true, timeoutMs: 10_000 });
  return r.code === 0;
}

/**
 * Starts dockerd in the background unless it already answers; resolves when it does (≤ 60 s).
 * Errors: dockerd missing (apt-get install docker.io) or not answering (its log tail is shown).
 */
export async function startDocker(): Promise<void> {
  if (await dockerRunning()) return;
  for (const d of [dockerPaths.dataRoot, dockerPaths.execRoot]) mkdirSync(d, { recursive: true });
  rmSync(dockerPaths.socket, { force: true });
  const log = openSync(dockerPaths.log, 'a');
  const child = spawn(
    'dockerd',
    [
      '--host', dockerHost,
      '--data-root', dockerPaths.dataRoot,
      '--exec-root', dockerPaths.execRoot,
      '--pidfile', dockerPaths.pidFile,
      '--add-runtime', `capfix=${bin('capfix')}`,
      '--default-runtime', 'capfix',
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  child.on('error', () => {});
  child.unref();
  await poll(
    'dockerd (runtime capfix) to answer',
    async () => {
        if (child.exitCode !== null) {
          const tail = readFileSync(dockerPaths.log, 'utf8').trim().split('\n').slice(-15).join('\n');
          throw new Error(`dockerd exited with ${child.exitCode} (is docker.io installed? apt-get install docker.io):\n${tail}`);
        }
        return (await dockerRunning()) || undefined;
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
}

/** Stops our dockerd (it stops its containers first) and waits ≤ 60 s for it to exit. Safe to repeat. */
export async function stopDocker(): Promise<void> {
  if (!existsSync(dockerPaths.pidFile)) return;
  const pid = Number(readFileSync(dockerPaths.pidFile, 'utf8').trim());
  if (!pid) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  await poll(
    `dockerd (pid ${pid}) to stop`,
    async () => {
      try {
        process.kill(pid, 0);
        return undefined;
      } catch {
        return true;
      }
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
}
