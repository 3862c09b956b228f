import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshModule() {
  vi.resetModules();
  return import('./idle-prefetch');
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('idle prefetch', () => {
  it('queues prefetches and runs them when the main thread is idle, not when a link comes into view', async () => {
    const idle: ((d: IdleDeadline) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: (d: IdleDeadline) => void) => idle.push(run));
    const { withIdlePrefetch } = await freshModule();
    const prefetched: string[] = [];
    const original = Object.freeze({ prefetch: (p: string) => prefetched.push(p), preload: () => true });
    const wrapped = withIdlePrefetch(original);

    wrapped.prefetch('/docs/a');
    wrapped.prefetch('/docs/b');
    expect(prefetched).toEqual([]);
    expect(wrapped.preload).toBe(original.preload);
    expect(idle).toHaveLength(1); // one idle callback for the whole queue

    // One path per idle callback: several in one made a long task again.
    idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });
    expect(prefetched).toEqual(['/docs/a']);
    expect(idle).toHaveLength(1);
    idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });
    expect(prefetched).toEqual(['/docs/a', '/docs/b']);
    expect(idle).toHaveLength(0);
  });

  it('falls back to a 50 ms timer where the browser has no requestIdleCallback', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const { withIdlePrefetch } = await freshModule();
    const prefetched: string[] = [];
    const wrapped = withIdlePrefetch({ prefetch: (p: string) => prefetched.push(p) });
    wrapped.prefetch('/docs/a');
    wrapped.prefetch('/docs/b');
    vi.advanceTimersByTime(49);
    expect(prefetched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(prefetched).toEqual(['/docs/a']);
    vi.advanceTimersByTime(50);
    expect(prefetched).toEqual(['/docs/a', '/docs/b']);
  });
});
