/**
 * Cleanup that runs however a run ends: SIGINT (Ctrl-C), SIGTERM, SIGHUP (the terminal closed),
 * a closed stdout or stderr (EPIPE, as in `… | head`), and an error nobody caught. Each task runs
 * at most once, so cleanup on a failure path followed by a signal (or the other way round) is
 * safe. The runner's own timeouts and failed steps end through `finally` blocks, which run the
 * same tasks. Then the process exits non-zero with one line that says why it stopped. SIGKILL
 * cannot be caught: sweep.ts finds what such a run left.
 */
import { messages } from '../output/messages';
import { log, stopReporting } from '../progress';

type Task = () => Promise<void>;
const tasks = new Set<Task>();

/** Exit codes as a shell reports a death by that signal (128 + number); EPIPE as SIGPIPE. */
const EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, EPIPE: 141 };
/** Why the run stopped, in the CLI's --lang (read when it happens: --lang is set by then). */
const why = (signal: string): string => ({ SIGINT: messages().stopping.sigint, SIGTERM: messages().stopping.sigterm, SIGHUP: messages().stopping.sighup })[signal] ?? signal;

let stopping = false;

/** Runs every pending task, then exits with `code`, saying why on stderr (if stderr still works). */
async function stop(why: string, code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  stopReporting();
  const m = messages().stopping;
  safeLog(m.cleaningUp(why));
  for (const task of [...tasks]) await task().catch((err: Error) => safeLog(m.cleanupFailed(err.message)));
  safeLog(m.stopped(why));
  process.exit(code);
}

/** log(), but a closed stderr does not throw (the EPIPE that stopped us may be stderr's). */
function safeLog(message: string): void {
  try {
    log(message);
  } catch {
    // nowhere left to say it
  }
}

function onSignal(signal: NodeJS.Signals): void {
  void stop(why(signal), EXIT[signal] ?? 1);
}

/** A write to a closed pipe: stop (cleaning up) instead of dying on the unhandled error. */
function onStreamError(stream: 'stdout' | 'stderr') {
  return (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') void stop(messages().stopping.epipe(stream), EXIT.EPIPE);
    else void stop(messages().stopping.streamFailed(stream, err.message), 1);
  };
}

function onUncaught(err: unknown): void {
  void stop(messages().stopping.uncaught(err instanceof Error ? (err.stack ?? err.message) : String(err)), 1);
}

const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let streamsWatched = false;

function track(): void {
  if (tasks.size > 0) {
    for (const s of signals) if (!process.listeners(s).includes(onSignal)) process.on(s, onSignal);
    if (!process.listeners('uncaughtException').includes(onUncaught)) process.on('uncaughtException', onUncaught);
    if (!process.listeners('unhandledRejection').includes(onUncaught)) process.on('unhandledRejection', onUncaught);
  } else {
    for (const s of signals) process.off(s, onSignal);
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  }
  if (!streamsWatched) {
    // Stays installed: an EPIPE after the last task still must not crash with a stack trace.
    streamsWatched = true;
    process.stdout.on('error', onStreamError('stdout'));
    process.stderr.on('error', onStreamError('stderr'));
  }
}

/** Registers `work`; returns a function that runs it once and unregisters it. */
export function onCleanup(work: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  const task: Task = () => {
    done ??= work().finally(() => {
      tasks.delete(task);
      track();
    });
    return done;
  };
  tasks.add(task);
  track();
  return task;
}
