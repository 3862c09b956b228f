import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('runs in an idle callback (at the latest after 2 s), and its cancel cancels that callback', () => {
    const requested: [number, { timeout?: number } | undefined][] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (_run: () => void, opts?: { timeout?: number }) => requested.push([requested.length + 1, opts]));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const cancel = whenIdle(() => {});
    expect(requested).toEqual([[1, { timeout: 2000 }]]);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('falls back to a 50 ms timer without requestIdleCallback; cancel stops it', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    const cancel = whenIdle(() => ran.push('b'));
    cancel();
    vi.advanceTimersByTime(49);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['a']);
  });
});
