/**
 * Timing checks: the check kinds that compare two moments (an ordering, a gap, a grace period).
 * `timingOf` reads the value a check measured from the evidence line its judge wrote
 * (scripts/lib/checks/judge.ts, checks/api/judge.ts), in ms, with the bounds lab.ts holds it to; the
 * runner puts it in each check of `run --json`, and `npm run bench -- --repeat N` reports its
 * spread over runs. Pure, browser-safe.
 */
import type { Check } from '../labs/lab-schema';

export const TIMING_KINDS = ['starts-before', 'exits-before-start', 'lifecycle-order', 'lifecycle-together', 'killed-after-delete'] as const;
export type TimingKind = (typeof TIMING_KINDS)[number];

export interface Timing {
  /** The measured value, ms (negative: the second moment came first). */
  ms: number;
  /** The clock's resolution: 10 ms for LIFECYCLE lines, 1000 ms for status and API timestamps. */
  resolutionMs: number;
  /** Bounds the check holds `ms` to (inclusive); a missing one is not checked. */
  min?: number;
  max?: number;
}

export function isTimingKind(kind: string): kind is TimingKind {
  return (TIMING_KINDS as readonly string[]).includes(kind);
}

/** `2026-01-02T03:04:05Z` → ms since the epoch; NaN when absent. */
const at = (stamp: string | undefined) => (stamp === undefined ? NaN : Date.parse(stamp));

/**
 * What a timing check measured, read from its evidence line; undefined for other kinds and for
 * a line with no value (an event never recorded, a Pod never deleted).
 */
export function timingOf(check: Check, evidence: string): Timing | undefined {
  let ms: number;
  let resolutionMs = 1000;
  let min: number | undefined;
  let max: number | undefined;
  switch (check.kind) {
    case 'starts-before': {
      // `(3s later; expected ≥ 2s)`, `(-1s later)`
      const m = /\((-?\d+(?:\.\d+)?)s later/.exec(evidence);
      if (!m) return undefined;
      ms = Math.round(Number(m[1]) * 1000);
      min = (check.minGapSeconds ?? 0) * 1000;
      break;
    }
    case 'exits-before-start': {
      // `init-config: finished 2026-…Z; wait-for-db: started 2026-…Z`
      const m = /: finished (\S+); .+: started (\S+)$/.exec(evidence);
      ms = at(m?.[2]) - at(m?.[1]);
      if (Number.isNaN(ms)) return undefined;
      min = 0;
      break;
    }
    case 'lifecycle-order': {
      // `(770ms later; expected ≥ 500ms)`, `(120ms EARLIER)`
      const m = /\((\d+)ms (later|EARLIER)/.exec(evidence);
      if (!m) return undefined;
      ms = m[2] === 'later' ? Number(m[1]) : -Number(m[1]);
      resolutionMs = 10;
      min = check.minGapMs ?? 0;
      max = check.maxGapMs;
      break;
    }
    case 'lifecycle-together': {
      // `…; spread 10ms (expected ≤ 1000ms)`
      const m = /; spread (\d+)ms /.exec(evidence);
      if (!m) return undefined;
      ms = Number(m[1]);
      resolutionMs = 10;
      max = check.maxGapMs;
      break;
    }
    case 'killed-after-delete': {
      // `…, 10s after the delete at …`
      const m = /, (-?\d+)s after the delete /.exec(evidence);
      if (!m) return undefined;
      ms = Number(m[1]) * 1000;
      min = check.minSeconds * 1000;
      max = check.maxSeconds * 1000;
      break;
    }
    default:
      return undefined;
  }
  return { ms, resolutionMs, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}
