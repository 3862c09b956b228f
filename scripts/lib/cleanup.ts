/**
 * Cleanup that also runs on SIGINT/SIGTERM. Each task runs at most once, so cleanup on a
 * failure path followed by a signal (or the other way round) is safe. The signal handlers are
 * installed only while a task is pending, so a process with nothing to clean keeps Node's
 * default signal behaviour.
 */
import { log } from './progress';

type Task = () => Promise<void>;
const tasks = new Set<Task>();

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  log(`${signal}: cleaning up before exit`);
  for (const task of [...tasks]) await task().catch((err: Error) => log(`cleanup failed: ${err.message}`));
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function handler(signal: NodeJS.Signals): void {
  void onSignal(signal);
}

function track(): void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  if (tasks.size > 0) for (const s of signals) process.listeners(s).includes(handler) || process.on(s, handler);
  else for (const s of signals) process.off(s, handler);
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
