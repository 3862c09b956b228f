import { describe, expect, it } from 'vitest';
import { ARRIVING_KINDS, settle } from './arrival';

/** A clock that only moves when the code under test sleeps. */
function clock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), slept: () => t };
}

describe('settle', () => {
  it('returns the first read when it passes, without sleeping', async () => {
    const c = clock();
    const r = await settle(async () => 'line', (v) => v === 'line', { windowMs: 5000, pollMs: 500, ...c });
    expect(r).toEqual({ value: 'line', reads: 1, waitedMs: 0 });
  });

  it('reads again until the value arrives', async () => {
    const c = clock();
    const answers = ['', '', 'web-app started'];
    const r = await settle(async () => answers.shift()!, (v) => v.includes('started'), { windowMs: 5000, pollMs: 500, ...c });
    expect(r).toEqual({ value: 'web-app started', reads: 3, waitedMs: 1000 });
  });

  it('gives up at the end of the window with the last read, which still fails', async () => {
    const c = clock();
    let n = 0;
    const r = await settle(async () => ++n, () => false, { windowMs: 5000, pollMs: 500, ...c });
    // First read at 0, then one every 500 ms up to and including 5000 ms.
    expect(r).toEqual({ value: 11, reads: 11, waitedMs: 5000 });
  });

  it('lets an error of the read through', async () => {
    const c = clock();
    await expect(settle(async () => { throw new Error('kubectl: connection refused'); }, () => true, { windowMs: 5000, pollMs: 500, ...c })).rejects.toThrow('connection refused');
  });
});

describe('ARRIVING_KINDS', () => {
  it('holds the kinds whose subject arrives after the Pod status, and no kind about a moment or an absence', () => {
    expect([...ARRIVING_KINDS].sort()).toEqual(['job-condition', 'log-includes']);
  });
});
