/**
 * The cluster's host processes: started detached with their output in `logs/<name>.log` and
 * their pid in `run/<name>.pid`, so that `cluster:down` (even from another shell) stops them.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paths } from './config';

const pidFile = (name: string) => join(paths.run, `${name}.pid`);
export const logFile = (name: string) => join(paths.logs, `${name}.log`);

export async function start(name: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  await mkdir(paths.logs, { recursive: true });
  await mkdir(paths.run, { recursive: true });
  const out = openSync(logFile(name), 'a');
  const child = spawn(argv[0], argv.slice(1), {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...env },
  });
  closeSync(out);
  const pid = await new Promise<number>((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid!));
    child.once('error', reject);
  });
  child.unref();
  await writeFile(pidFile(name), String(pid));
  return pid;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function pidOf(name: string): Promise<number | undefined> {
  const text = await readFile(pidFile(name), 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return pid > 0 && alive(pid) ? pid : undefined;
}

/** The names of the processes with a pid file (running or not). */
export async function started(): Promise<string[]> {
  const files = await readdir(paths.run).catch(() => [] as string[]);
  return files.filter((f) => f.endsWith('.pid')).map((f) => f.slice(0, -4));
}

/** Stops a process: SIGTERM, then SIGKILL after `graceMs`. Safe when it is already gone. */
export async function stop(name: string, graceMs = 5_000): Promise<void> {
  const pid = await pidOf(name);
  if (pid !== undefined) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  await rm(pidFile(name), { force: true });
}

/** The last lines of a component's log, for a failure message. */
export async function logTail(name: string, lines = 25): Promise<string> {
  const text = await readFile(logFile(name), 'utf8').catch(() => '(no log)');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
