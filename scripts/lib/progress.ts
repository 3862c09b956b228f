/**
 * Progress for long work, on stderr so that stdout stays a clean result: each line carries
 * the time elapsed since the start of the run. Its words follow the CLI's --lang (messages.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { messages } from './output/messages';

const started = Date.now();

/**
 * Where `log` writes within one piece of async work: labs that run side by side (`run --parallel`)
 * each collect their lines and print them as one block when they end, instead of interleaving.
 */
const sink = new AsyncLocalStorage<(line: string) => void>();

/** Runs `work` with the progress lines it logs (`log`, `step`, `poll`) sent to `write` instead of stderr. */
export function withLogSink<T>(write: (line: string) => void, work: () => Promise<T>): Promise<T> {
  return sink.run(write, work);
}

/** When the run began to stop (cleanup.ts), in ms since the epoch; undefined while it goes on. */
let stoppingSince: number | undefined;

/**
 * Called once when the run begins to stop (a signal, a closed pipe, an uncaught error; cleanup.ts).
 * Waits and steps begun before then end without their outcome line: a wait that its Pod reached
 * while the namespace was being deleted printed `pod/app condition Ready after 12.0s` after
 * `Cleaning up (SIGINT)`, as if the run went on. Work begun during cleanup still reports.
 */
export function stopReporting(): void {
  stoppingSince ??= Date.now();
}

/** Whether work begun at `t0` (ms since the epoch) should still print its progress. */
const reports = (t0: number): boolean => stoppingSince === undefined || t0 >= stoppingSince;

export function elapsed(since = started): string {
  const s = (Date.now() - since) / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const whole = Math.round(s); // round once, so 239.6 s reads 4m00s and never 3m60s
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

export function log(message: string): void {
  const line = `[${elapsed().padStart(6)}] ${message}`;
  const write = sink.getStore();
  if (write) write(line);
  else process.stderr.write(`${line}\n`);
}

/**
 * Runs `work` and reports its start, its outcome and how long it took:
 * `Creating kind cluster … …` then `…: done after 12.0s` (in the CLI's --lang).
 */
export async function step<T>(title: string, work: () => Promise<T>, heartbeatMs = 30_000): Promise<T> {
  const t0 = Date.now();
  const m = messages().progress;
  log(m.working(title));
  // Long work (a cold Go build takes minutes) keeps saying that it is alive.
  const beat = setInterval(() => reports(t0) && log(m.stillWorking(title, elapsed(t0))), heartbeatMs);
  try {
    const result = await work();
    if (reports(t0)) log(m.done(title, elapsed(t0)));
    return result;
  } catch (err) {
    if (reports(t0)) log(m.failed(title, elapsed(t0)));
    throw err;
  } finally {
    clearInterval(beat);
  }
}

/**
 * Polls `probe` until it returns a value, printing a heartbeat every `heartbeatMs`:
 * `Waiting ≤ 60s for pod/app condition Ready …` then `pod/app condition Ready after 12.0s`.
 * Errors: `timed out after …` when `timeoutMs` (ms) passes; whatever `probe` throws.
 */
export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 1000, heartbeatMs = 10_000 }: { timeoutMs: number; intervalMs?: number; heartbeatMs?: number },
): Promise<T> {
  const t0 = Date.now();
  let beat = t0;
  const m = messages().progress;
  log(m.waiting(what, Math.round(timeoutMs / 1000)));
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      if (reports(t0)) log(m.reached(what, elapsed(t0)));
      return value;
    }
    if (Date.now() - t0 >= timeoutMs) {
      throw new Error(m.timedOut(what, elapsed(t0)));
    }
    if (Date.now() - beat >= heartbeatMs && reports(t0)) {
      beat = Date.now();
      log(m.stillWaiting(what, elapsed(t0)));
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
