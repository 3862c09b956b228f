/** `npm run bench -- --repeat N`: the figures it prints from the runs' JSON (scripts/bench-repeat.ts). */
import { describe, expect, it } from 'vitest';
import { aggregate, formatReliability, margin, spread, type Report, type RunRecord } from '../../bench-repeat';

type Lab = Report['labs'][number];
type Check = Lab['checks'][number];

const gap = (ms: number, pass = true): Check => ({ id: 'gap', kind: 'lifecycle-order', title: 't', pass, evidence: `(${ms}ms later)`, timing: { ms, resolutionMs: 10, min: 4000 } });
const plain: Check = { id: 'running', kind: 'container-running', title: 't', pass: true, evidence: 'running' };
const lab = (name: string, durationMs: number, checks: Check[], o: Partial<Lab> = {}): Lab => ({ lab: name, lang: 'ko', variant: undefined, expectFailing: undefined, passed: checks.every((c) => c.pass), durationMs, steps: [{ title: 's', passed: true }], checks, ...o });
const run = (round: number, labs: Lab[], o: Partial<RunRecord> = {}): RunRecord => ({ round, wallMs: 1000 * round + 50_000, code: labs.every((l) => l.passed) ? 0 : 1, report: { labs, skipped: [], serverVersion: 'v1.34.0', context: 'c' }, ...o });
const broken = (round: number, ms: number, durationMs: number) =>
  run(round, [lab('a', durationMs, [gap(ms, false), plain], { variant: 'broken', expectFailing: ['gap'], passed: true })], { variant: 'broken', wallMs: 30_000, code: 0 });

describe('bench --repeat: gathering the runs', () => {
  it('spread: min, median (mean of the middle two for an even count), max', () => {
    expect(spread([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3, n: 3 });
    expect(spread([4, 1, 2, 3])).toEqual({ min: 1, median: 2.5, max: 4, n: 4 });
    expect(spread([])).toBeUndefined();
  });

  it('no failure: every timing check\'s values over the runs, per lab and variant; plain checks left out', () => {
    const r = aggregate([run(1, [lab('a', 20_000, [gap(4500), plain])]), broken(1, 800, 10_000), run(2, [lab('a', 22_000, [gap(4700), plain])]), broken(2, 900, 12_000)]);
    expect(r.failures).toEqual([]);
    expect(r.rounds).toBe(2);
    expect(r.labRuns).toBe(4);
    expect(r.timings).toEqual([
      { lab: 'a', variant: undefined, id: 'gap', kind: 'lifecycle-order', resolutionMs: 10, min: 4000, max: undefined, values: { min: 4500, median: 4600, max: 4700, n: 2 }, passed: 2, ran: 2, mustFail: false },
      { lab: 'a', variant: 'broken', id: 'gap', kind: 'lifecycle-order', resolutionMs: 10, min: 4000, max: undefined, values: { min: 800, median: 850, max: 900, n: 2 }, passed: 0, ran: 2, mustFail: true },
    ]);
    expect(r.labs).toEqual([{ lab: 'a', normal: { min: 20_000, median: 21_000, max: 22_000, n: 2 }, broken: { min: 10_000, median: 11_000, max: 12_000, n: 2 }, both: { min: 30_000, median: 32_000, max: 34_000, n: 2 } }]);
    expect(r.wall).toEqual({ normal: { min: 51_000, median: 51_500, max: 52_000, n: 2 }, broken: { min: 30_000, median: 30_000, max: 30_000, n: 2 }, both: { min: 81_000, median: 81_500, max: 82_000, n: 2 } });
  });

  it('counts as failures: a lab that did not pass (with the checks and why), a broken variant not caught, a run without JSON, a non-zero exit with every lab passed', () => {
    const r = aggregate([
      run(1, [lab('a', 1, [gap(3990, false)])]),
      run(1, [lab('a', 1, [gap(4500, true), plain], { variant: 'broken', expectFailing: ['gap'], passed: false })], { variant: 'broken' }),
      { round: 2, wallMs: 1, code: 1, error: 'Unexpected token' },
      run(3, [lab('a', 1, [plain])], { code: 1 }),
    ]);
    expect(r.failures).toEqual([
      { round: 1, variant: undefined, lab: 'a', what: 'gap: (3990ms later)' },
      { round: 1, variant: 'broken', lab: 'a', what: 'must fail gap; failed none' },
      { round: 2, variant: undefined, what: 'exit 1, no JSON: Unexpected token' },
      { round: 3, variant: undefined, what: 'exit 1 although every lab passed' },
    ]);
  });

  it('margin: the worst run\'s distance to the bound; for a check that must fail, how far it stayed outside', () => {
    const row = { lab: 'a', id: 'g', kind: 'lifecycle-order', resolutionMs: 10, passed: 1, ran: 1 };
    expect(margin({ ...row, min: 4000, values: { min: 4030, median: 4500, max: 6000, n: 3 }, mustFail: false })).toBe(30);
    expect(margin({ ...row, min: 1500, max: 5000, values: { min: 2000, median: 3000, max: 4900, n: 3 }, mustFail: false })).toBe(100);
    expect(margin({ ...row, min: 4000, values: { min: 500, median: 800, max: 900, n: 3 }, mustFail: true })).toBe(3100);
    expect(margin({ ...row, max: 1000, values: { min: 1200, median: 5000, max: 9000, n: 3 }, mustFail: true })).toBe(200);
  });
});

describe('bench --repeat: what it prints', () => {
  it('the failures, one line each; every timing check with bound, spread and margin; durations against 60 s and 90 s, per lab and whole runs', () => {
    const r = aggregate([run(1, [lab('a', 20_000, [gap(4500)])], { load: 3 }), broken(1, 800, 75_000)]);
    const text = formatReliability(r, { serverVersion: 'v1.34.0', parallel: '4 (default)', loadBefore: [1, 2, 3], loadAfter: [4, 5, 6] });
    expect(text).toContain('Failures: 0 (2 lab runs in 2 runs of the CLI)');
    expect(text).toContain('before 1.00 / 2.00 / 3.00, after 4.00 / 5.00 / 6.00');
    expect(text).toMatch(/^a\s+gap\s+lifecycle-order\s+≥ 4000\s+4500 \/ 4500 \/ 4500\s+500\s+1\/1\s+10 ms$/m);
    expect(text).toMatch(/^a \[broken\]\s+gap\s+lifecycle-order\s+≥ 4000\s+800 \/ 800 \/ 800\s+3200\s+0\/1 \(must fail\)\s+10 ms$/m);
    // 20 s and 75 s (the broken run is over 60 s), 95 s together (over 90 s).
    expect(text).toMatch(/^a\s+20\.0 \/ 20\.0 \/ 20\.0\s+✔ ≤ 60 s\s+75\.0 \/ 75\.0 \/ 75\.0\s+✘ ≤ 60 s\s+95\.0 \/ 95\.0 \/ 95\.0\s+✘ ≤ 90 s$/m);
    expect(text).toContain('run --all 51.0 / 51.0 / 51.0 ✔ ≤ 60 s; --variant broken 30.0 / 30.0 / 30.0 ✔ ≤ 60 s; both 81.0 / 81.0 / 81.0 ✔ ≤ 90 s');
    const failed = formatReliability(aggregate([run(1, [lab('a', 1, [gap(3990, false)])])]), { parallel: '4' });
    expect(failed).toContain('Failures: 1 ');
    expect(failed).toContain('  round 1 a: gap: (3990ms later)');
  });
});
