/**
 * `npm run bench -- --repeat N`: what N rounds of `run --all --json` and `run --all --variant
 * broken --json` showed, gathered and printed. Pure (bench.ts runs the commands): the failures,
 * the spread of every timing check's measured value (timing.ts, as each run's JSON gives it), and
 * each lab's and each whole run's duration against the targets of issue 13.
 */
import type { jsonReport } from './lib/output/report';

export type Report = ReturnType<typeof jsonReport>;

/** One `run --all` of one round, as the bench saw it. */
export interface RunRecord {
  round: number;
  /** `broken`, or undefined for the labs themselves. */
  variant?: string;
  /** Wall time of the whole command, ms. */
  wallMs: number;
  code: number;
  /** The JSON it printed; undefined when stdout was not JSON (then `error` says why). */
  report?: Report;
  error?: string;
  /** 1-minute load average when the run started. */
  load?: number;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  n: number;
}

/** Min, median (the mean of the middle two for an even count) and max; undefined for no values. */
export function spread(values: number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { min: s[0], median, max: s.at(-1)!, n: s.length };
}

export interface Failure {
  round: number;
  variant?: string;
  lab?: string;
  what: string;
}

export interface TimingRow {
  lab: string;
  variant?: string;
  id: string;
  kind: string;
  min?: number;
  max?: number;
  resolutionMs: number;
  /** Of the measured values, ms. */
  values: Spread;
  /** Runs in which the check passed, and in which it ran at all (some may have measured nothing). */
  passed: number;
  ran: number;
  /** A broken variant's check that must fail. */
  mustFail: boolean;
}

export interface LabDurations {
  lab: string;
  normal?: Spread;
  broken?: Spread;
  /** The lab's normal and broken runs of one round, added. */
  both?: Spread;
}

export interface Reliability {
  rounds: number;
  /** Lab runs reported (labs × variants × rounds), and CLI runs. */
  labRuns: number;
  cliRuns: number;
  failures: Failure[];
  timings: TimingRow[];
  labs: LabDurations[];
  /** Wall time of each whole `run --all` (ms): the labs, the broken variants, and both in a round. */
  wall: { normal?: Spread; broken?: Spread; both?: Spread };
  load?: Spread;
}

const variantName = (v?: string) => (v ? ` [${v}]` : '');

/** What went wrong in one run: its exit code, its JSON, each lab that did not pass and why. */
function failuresOf(r: RunRecord): Failure[] {
  const at = { round: r.round, variant: r.variant };
  if (!r.report) return [{ ...at, what: `exit ${r.code}, no JSON: ${r.error ?? 'stdout empty'}` }];
  const out: Failure[] = [];
  for (const l of r.report.labs) {
    if (l.passed) continue;
    const failed = l.checks.filter((c) => !c.pass).map((c) => c.id);
    const steps = l.steps.filter((s) => s.error).map((s) => `step "${s.title}": ${s.error!.split('\n')[0]}`);
    const expected = l.expectFailing;
    const why = expected
      ? [`must fail ${expected.join(', ')}; failed ${failed.join(', ') || 'none'}`]
      : l.checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.evidence}`);
    out.push({ ...at, lab: l.lab, what: [...steps, ...why].join('; ') });
  }
  if (r.code !== 0 && out.length === 0) out.push({ ...at, what: `exit ${r.code} although every lab passed` });
  return out;
}

export function aggregate(runs: RunRecord[]): Reliability {
  const failures = runs.flatMap(failuresOf);
  const timing = new Map<string, Omit<TimingRow, 'values'> & { ms: number[] }>();
  const durations = new Map<string, { normal: Map<number, number>; broken: Map<number, number> }>();
  for (const r of runs) {
    for (const l of r.report?.labs ?? []) {
      const d = durations.get(l.lab) ?? { normal: new Map(), broken: new Map() };
      durations.set(l.lab, d);
      (r.variant ? d.broken : d.normal).set(r.round, l.durationMs);
      for (const c of l.checks) {
        const key = `${l.lab}\0${r.variant ?? ''}\0${c.id}`;
        let row = timing.get(key);
        if (!row && !c.timing) continue; // not a timing check (or never measured so far)
        if (!row) {
          row = { lab: l.lab, variant: r.variant, id: c.id, kind: c.kind, resolutionMs: c.timing!.resolutionMs, passed: 0, ran: 0, mustFail: Boolean(l.expectFailing?.includes(c.id)), ms: [] };
          timing.set(key, row);
        }
        row.ran++;
        if (c.pass) row.passed++;
        if (c.timing) {
          row.ms.push(c.timing.ms);
          row.min = c.timing.min;
          row.max = c.timing.max;
        }
      }
    }
  }
  const rounds = [...new Set(runs.map((r) => r.round))];
  const wallOf = (variant: string | undefined) => new Map(runs.filter((r) => r.variant === variant).map((r) => [r.round, r.wallMs]));
  const wallNormal = wallOf(undefined);
  const wallBroken = wallOf('broken');
  const sums = (a: Map<number, number>, b: Map<number, number>) => rounds.filter((n) => a.has(n) && b.has(n)).map((n) => a.get(n)! + b.get(n)!);
  return {
    rounds: rounds.length,
    labRuns: runs.reduce((n, r) => n + (r.report?.labs.length ?? 0), 0),
    cliRuns: runs.length,
    failures,
    timings: [...timing.values()]
      .filter((t) => t.ms.length > 0)
      .map(({ ms, ...t }) => ({ ...t, values: spread(ms)! }))
      .sort((a, b) => a.lab.localeCompare(b.lab) || (a.variant ?? '').localeCompare(b.variant ?? '')),
    labs: [...durations.entries()]
      .map(([lab, d]) => ({ lab, normal: spread([...d.normal.values()]), broken: spread([...d.broken.values()]), both: spread(sums(d.normal, d.broken)) }))
      .sort((a, b) => a.lab.localeCompare(b.lab)),
    wall: { normal: spread([...wallNormal.values()]), broken: spread([...wallBroken.values()]), both: spread(sums(wallNormal, wallBroken)) },
    load: spread(runs.flatMap((r) => (r.load === undefined ? [] : [r.load]))),
  };
}

/** Targets of issue 13 on the CI machine, seconds. */
export const TARGETS = { labSeconds: 60, bothSeconds: 90 };

const s1 = (ms: number) => (ms / 1000).toFixed(1);
const secs = (x?: Spread) => (x ? `${s1(x.min)} / ${s1(x.median)} / ${s1(x.max)}` : '—');
const millis = (x: Spread) => `${Math.round(x.min)} / ${Math.round(x.median)} / ${Math.round(x.max)}`;
/** `✔ ≤ 60 s` when the slowest of the runs met the target. */
const against = (x: Spread | undefined, seconds: number) => (x ? `${x.max <= seconds * 1000 ? '✔' : '✘'} ≤ ${seconds} s` : '');

function bound(t: TimingRow): string {
  if (t.min !== undefined && t.max !== undefined) return `${t.min}–${t.max}`;
  if (t.max !== undefined) return `≤ ${t.max}`;
  return `≥ ${t.min ?? 0}`;
}

/**
 * How close the worst run came to a bound, ms (negative: past it). For a check that must fail
 * (a broken variant's), how far the value nearest to passing stayed on the failing side.
 */
export function margin(t: TimingRow): number {
  const { min: lo, max: hi, values: v } = t;
  if (t.mustFail) {
    // Failing means outside [lo, hi]: the closest value to the range, from outside.
    const below = lo !== undefined ? lo - v.max : -Infinity;
    const above = hi !== undefined ? v.min - hi : -Infinity;
    return Math.max(below, above);
  }
  return Math.min(lo !== undefined ? v.min - lo : Infinity, hi !== undefined ? hi - v.max : Infinity);
}

function table(rows: string[][], rightAligned: number[] = []): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (rightAligned.includes(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

export function formatReliability(r: Reliability, context: { serverVersion?: string; parallel: string; loadBefore?: number[]; loadAfter?: number[] }): string {
  const loads = (l?: number[]) => (l ? l.map((x) => x.toFixed(2)).join(' / ') : '?');
  const lines = [
    `Reliability: ${r.rounds} round(s) in a row, each \`run --all --json\` then \`run --all --variant broken --json\` (--parallel ${context.parallel})${context.serverVersion ? `, Kubernetes ${context.serverVersion}` : ''}`,
    `Load average (1 / 5 / 15 min): before ${loads(context.loadBefore)}, after ${loads(context.loadAfter)}${r.load ? `; 1-min load at the start of each run: ${r.load.min.toFixed(2)} / ${r.load.median.toFixed(2)} / ${r.load.max.toFixed(2)} (min / median / max)` : ''}`,
    '',
    `Failures: ${r.failures.length} (${r.labRuns} lab runs in ${r.cliRuns} runs of the CLI)`,
    ...r.failures.map((f) => `  round ${f.round}${variantName(f.variant)}${f.lab ? ` ${f.lab}` : ''}: ${f.what}`),
    '',
    'Timing checks: the value each run measured (ms, min / median / max over the runs), the bound lab.ts holds it to,',
    'and the margin of the worst run to that bound (for a broken variant\'s check that must fail: how far it stayed outside).',
    table(
      [
        ['lab', 'check', 'kind', 'bound (ms)', 'measured min / median / max', 'margin', 'passed', 'clock'],
        ...r.timings.map((t) => [
          `${t.lab}${variantName(t.variant)}`,
          t.id,
          t.kind,
          bound(t),
          millis(t.values),
          `${margin(t)}`,
          `${t.passed}/${t.ran}${t.mustFail ? ' (must fail)' : ''}`,
          `${t.resolutionMs} ms`,
        ]),
      ],
      [4, 5],
    ),
    '',
    `Durations (s, min / median / max). Targets (issue 13, on the CI machine, warm cluster): every lab ≤ ${TARGETS.labSeconds} s, both variants ≤ ${TARGETS.bothSeconds} s.`,
    `Per lab: each run of a lab (either variant) ≤ ${TARGETS.labSeconds} s, and a lab's two runs of a round together ≤ ${TARGETS.bothSeconds} s:`,
    table([
      ['lab', 'run', '', '[broken]', '', 'run + [broken]', ''],
      ...r.labs.map((l) => [l.lab, secs(l.normal), against(l.normal, TARGETS.labSeconds), secs(l.broken), against(l.broken, TARGETS.labSeconds), secs(l.both), against(l.both, TARGETS.bothSeconds)]),
    ]),
    `Whole runs (wall time of the command, labs side by side): run --all ${secs(r.wall.normal)} ${against(r.wall.normal, TARGETS.labSeconds)}; ` +
      `--variant broken ${secs(r.wall.broken)} ${against(r.wall.broken, TARGETS.labSeconds)}; both ${secs(r.wall.both)} ${against(r.wall.both, TARGETS.bothSeconds)}`,
  ];
  return `${lines.join('\n')}\n`;
}
