/**
 * Runs `run` once when the main thread is idle: `requestIdleCallback` (at the latest after 2 s),
 * or a 50 ms timer in browsers without it (Safari). Returns a function that cancels it if it has
 * not run yet (for an effect's cleanup).
 */
export function whenIdle(run: () => void): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const id = globalThis.requestIdleCallback(run, { timeout: 2000 });
    return () => globalThis.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}
