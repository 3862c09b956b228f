/**
 * Every process the project starts goes through this module (kind's `exec` package does the
 * same): one place that knows how to run a command, capture its output and explain a failure.
 */
import { spawn } from 'node:child_process';
import { messages } from './output/messages';

export interface ExecOptions {
  /** Written to the process's standard input. */
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Kill the process after this many milliseconds. */
  timeoutMs?: number;
  /** Resolve with the exit code instead of throwing when the command fails. */
  allowFailure?: boolean;
  /** Stream the command's output to our stderr while it runs (long builds). */
  echo?: boolean;
  /** Called with each chunk of output as it arrives (a watch timestamps its lines). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Stops a long-running command (e.g. `kubectl get pods -w`) with SIGTERM. A command stopped
   * this way resolves with what it printed so far: stopping it was the plan, not a failure.
   */
  signal?: AbortSignal;
}

export interface ExecResult {
  argv: string[];
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a command. Tests inject their own `Exec` to record calls without processes. */
export type Exec = (argv: string[], options?: ExecOptions) => Promise<ExecResult>;

/** Quotes an argv so that it can be pasted into a shell. */
export function shellQuote(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The lines of a command's output worth showing: at most 20 that mention an error, else the tail. */
export function usefulLines(output: string, max = 20): string[] {
  const lines = output.split('\n').map((l) => l.trimEnd()).filter(Boolean);
  const errors = lines.filter((l) => /error|fail|fatal|denied|refused|not found|invalid/i.test(l));
  return (errors.length > 0 ? errors : lines).slice(-max);
}

export class CommandError extends Error {
  constructor(readonly result: ExecResult) {
    const detail = usefulLines(`${result.stderr}\n${result.stdout}`).map((l) => `  ${l}`).join('\n');
    super(`${messages().command.failed(shellQuote(result.argv), result.code)}${detail ? `\n${detail}` : ''}`);
    this.name = 'CommandError';
  }
}

/** A command that is not installed: spawn fails with ENOENT. */
export class MissingCommandError extends Error {
  constructor(readonly command: string) {
    super(`${command}: command not found`);
    this.name = 'MissingCommandError';
  }
}

export const exec: Exec = (argv, options = {}) =>
  new Promise((resolve, reject) => {
    const [cmd, ...args] = argv;
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      options.onOutput?.(d, 'stdout');
      if (options.echo) process.stderr.write(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      options.onOutput?.(d, 'stderr');
      if (options.echo) process.stderr.write(d);
    });
    const timer = options.timeoutMs
      ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
      : undefined;
    const stop = () => child.kill('SIGTERM');
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      reject(err.code === 'ENOENT' ? new MissingCommandError(cmd) : err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      const result = { argv, stdout, stderr, code: code ?? (signal ? 128 : 1) };
      if (result.code !== 0 && !options.allowFailure && !options.signal?.aborted) reject(new CommandError(result));
      else resolve(result);
    });
    child.stdin.on('error', () => {}); // the command may exit before reading its input
    child.stdin.end(options.input ?? '');
  });
