/** How results look: check lines, the --all summary table, the --json document. */
import { shellQuote } from '../exec';
import type { Verdict } from '../checks/judge';
import type { Target } from '../target/kubectl';
import type { Lab } from '../labs/lab-schema';
import { labText, type LabLang } from '../labs/lab-text';
import { messages } from './messages';
import type { LabResult } from '../run/run-lab';

/** A check line; with a broken variant, `expectedToFail` marks the checks meant to catch it. The note is in `lang`. */
export function formatCheck(id: string, title: string, v: Verdict, expectedToFail = false, lang?: LabLang): string {
  const m = messages(lang).run;
  const note = expectedToFail ? (v.pass ? m.expectedToFailButPassed : m.failedAsExpected) : '';
  return `  ${v.pass ? '✔' : '✘'} ${id}  ${title}${note}\n      ${v.evidence}`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/**
 * Columns a terminal gives `text`: Hangul and other East Asian wide characters take two (the
 * ranges of Unicode's East_Asian_Width W/F that Korean text uses), everything else one.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

/** The table after two or more labs, headers and PASS/FAIL in `lang`, columns aligned by display width. */
export function summaryTable(results: LabResult[], lang?: LabLang): string {
  const m = messages(lang).table;
  const rows = results.map((r) => [r.variant ? `${r.lab} [${r.variant}]` : r.lab, r.passed ? m.pass : m.fail, `${r.checks.filter((c) => c.pass).length}/${r.checks.length}`, seconds(r.durationMs)]);
  const all = [[m.lab, m.result, m.checks, m.time], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((row) => displayWidth(row[i]))));
  return all.map((row) => row.map((cell, i) => cell + ' '.repeat(widths[i] - displayWidth(cell))).join('  ').trimEnd()).join('\n');
}

/**
 * How a single-lab run ends (two or more print the summary table): the verdict, in the run's
 * language, e.g. `✔ co-located 통과: 검사 11개 모두 통과` (`✘ … 실패: 11개 중 9개 통과 (실패한 검사: …)`), then what the lab showed (its `proves`); a broken
 * variant caught exactly where expected passes too, and then shows the breakage it caught.
 * Checks a failed step kept from running count as not passed.
 */
export function verdictLines(r: LabResult, lab: Lab): string[] {
  const m = messages(r.lang).verdict;
  const text = labText(lab, r.lang);
  const total = lab.steps.reduce((n, s) => n + s.checks.length, 0);
  const passed = r.checks.filter((c) => c.pass).length;
  const failed = r.checks.filter((c) => !c.pass).map((c) => c.id);
  const stepAt = r.steps.findIndex((s) => s.error !== undefined);
  const stopped = stepAt >= 0 ? [m.stepFailed(stepAt + 1, r.steps[stepAt].title)] : [];
  const name = r.variant ? `${r.lab} [${r.variant}]` : r.lab;
  let head: string;
  if (r.expectFailing) {
    const expected = r.expectFailing;
    const missed = expected.filter((id) => !failed.includes(id));
    const unexpected = failed.filter((id) => !expected.includes(id));
    const why = [...stopped, ...(missed.length ? [m.variantMissed(missed)] : []), ...(unexpected.length ? [m.variantUnexpected(unexpected)] : [])];
    head = r.passed ? `✔ ${name} ${m.passed}: ${m.caught(expected, passed, total - expected.length)}` : `✘ ${name} ${m.failed} (${why.join('; ')})`;
  } else {
    const why = stopped.length ? stopped : failed.length ? [m.failedChecks(failed)] : [];
    head = `${r.passed ? '✔' : '✘'} ${name} ${r.passed ? m.passed : m.failed}: ${m.count(passed, total)}${why.length ? ` (${why.join('; ')})` : ''}`;
  }
  if (!r.passed) return [head];
  const shown = r.variant ? [text.variants[r.variant]] : text.proves;
  return [head, r.variant ? m.variantShowed : m.proved, ...shown.map((p) => `  - ${p}`)];
}

/**
 * A lab that `run --all` did not run, and why: `needs-native-sidecars-off`, its lab.ts asks for a
 * cluster with native sidecars off (`cluster`; run it by name on such a cluster); `no-variant`, it
 * has no variant of the name --variant gives. It has no `passed`: it was not run.
 */
export interface SkippedLab {
  lab: string;
  reason: 'needs-native-sidecars-off' | 'no-variant';
}

/**
 * `run --json`'s report: `labs`, the labs that ran (each with `passed`); `skipped`, those that
 * `--all` left out, never counted in `labs`; the server's version (`v1.34.4`) and the context.
 */
export function jsonReport(results: LabResult[], serverVersion: string, context: string, skipped: SkippedLab[] = []) {
  return {
    labs: results.map(({ lab, lang, variant, expectFailing, passed, durationMs, steps, checks }) => ({ lab, lang, variant, expectFailing, passed, durationMs, steps, checks })),
    skipped,
    serverVersion,
    context,
  };
}

/** Printed for --keep: how to look at what was left, and how to remove it (in `lang`). */
export function inspectHint(target: Target, namespace: string, lang?: LabLang): string {
  const m = messages(lang).namespace;
  const k = (...args: string[]) => shellQuote(['kubectl', '--kubeconfig', target.kubeconfig, '--context', target.context, ...args]);
  return [m.kept(namespace), `  ${k('get', 'pods,events', '-n', namespace)}`, m.deleteIt, `  ${k('delete', 'namespace', namespace)}`, `  ${m.orClean}`].join('\n');
}
