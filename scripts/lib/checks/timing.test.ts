/**
 * timingOf reads the judge's own evidence lines: on every recording of a timing check (Pods and
 * logs recorded from real runs, scripts/lib/checks/__fixtures__), the value it reads agrees with the
 * verdict the judge gives, so a change to an evidence line cannot silently break `bench --repeat`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge as judgeIn } from './judge';
import type { Check } from '../labs/lab-schema';
import type { Recording } from '../evidence/record';
import { isTimingKind, timingOf, TIMING_KINDS, type Timing } from './timing';

/** The canonical (English) evidence, as recorded and parsed; evidence-lang.test.ts covers Korean. */
const judge = (...[check, obs]: Parameters<typeof judgeIn>) => judgeIn(check, obs, 'en');

const DIR = join(import.meta.dirname, '__fixtures__');
const recordings = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Recording) }))
  .filter((r) => isTimingKind(r.check.check.kind));

const within = (t: Timing) => (t.min === undefined || t.ms >= t.min) && (t.max === undefined || t.ms <= t.max);

describe('timing checks: the value measured, read from the judge\'s evidence', () => {
  it('recordings cover every timing kind', () => {
    expect([...new Set(recordings.map((r) => r.check.check.kind))].sort()).toEqual([...TIMING_KINDS].sort());
  });

  it.each(recordings)('$file: a value within the check\'s bounds exactly when the timing held', ({ check, observation }) => {
    const v = judge(check.check, observation);
    const t = timingOf(check.check, v.evidence);
    if (v.pass) expect(t, `no value read from ${JSON.stringify(v.evidence)}`).toBeDefined();
    if (!t) return; // e.g. an event never recorded: nothing was measured
    expect(Math.abs(t.ms % t.resolutionMs), 'a whole number of the clock\'s steps').toBe(0);
    // killed-after-delete also wants an exit code; every other timing kind is the timing alone.
    if (check.check.kind === 'killed-after-delete' && !/exited 137/.test(v.evidence)) return;
    expect(within(t), `${JSON.stringify(t)} vs verdict ${v.pass}: ${v.evidence}`).toBe(v.pass);
  });

  it('reads each kind\'s line, with the bounds lab.ts gives', () => {
    const order: Check = { kind: 'lifecycle-order', pod: 'p', first: { container: 'a', event: 'Exiting' }, then: { container: 'b', event: 'Exiting' }, minGapMs: 800, maxGapMs: 5000 };
    expect(timingOf(order, 'a Exiting @1.00s; b Exiting @2.50s (1500ms later; expected ≥ 800ms and ≤ 5000ms)')).toEqual({ ms: 1500, resolutionMs: 10, min: 800, max: 5000 });
    expect(timingOf(order, 'a Exiting @2.00s; b Exiting @1.88s (120ms EARLIER; expected ≥ 800ms and ≤ 5000ms)')?.ms).toBe(-120);
    expect(timingOf(order, 'a Exiting: never recorded; b Exiting @1.88s')).toBeUndefined();
    const together: Check = { kind: 'lifecycle-together', pod: 'p', containers: ['a', 'b'], event: 'Exiting', maxGapMs: 1000 };
    expect(timingOf(together, 'a Exiting @1.00s; b Exiting @1.01s; spread 10ms (expected ≤ 1000ms)')).toEqual({ ms: 10, resolutionMs: 10, max: 1000 });
    const starts: Check = { kind: 'starts-before', pod: 'p', first: 'a', then: 'b', minGapSeconds: 2 };
    expect(timingOf(starts, 'a: started 2026-01-01T00:00:01Z; b: started 2026-01-01T00:00:04Z (3s later; expected ≥ 2s)')).toEqual({ ms: 3000, resolutionMs: 1000, min: 2000 });
    const exits: Check = { kind: 'exits-before-start', pod: 'p', first: 'a', then: 'b' };
    expect(timingOf(exits, 'a: finished 2026-01-01T00:00:01Z; b: started 2026-01-01T00:00:01Z')).toEqual({ ms: 0, resolutionMs: 1000, min: 0 });
    expect(timingOf(exits, 'a: finished never; b: started 2026-01-01T00:00:01Z')).toBeUndefined();
    const killed: Check = { kind: 'killed-after-delete', pod: 'p', container: 'app', exitCode: 137, minSeconds: 9, maxSeconds: 12 };
    expect(timingOf(killed, 'app: exited 137 (Error) at 2026-01-01T00:00:11Z, 10s after the delete at 2026-01-01T00:00:01Z (grace period 10s; expected exit 137, 9–12s)')).toEqual({ ms: 10_000, resolutionMs: 1000, min: 9000, max: 12_000 });
    expect(timingOf({ kind: 'container-running', pod: 'p', container: 'a' }, 'a: running')).toBeUndefined();
  });
});
