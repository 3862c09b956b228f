/** How results look: check lines, the --all summary table, the --json document. */
import { shellQuote } from './exec';
import type { Verdict } from './judge';
import type { Target } from './kubectl';
import type { LabResult } from './run-lab';

/** A check line; with a broken variant, `expectedToFail` marks the checks meant to catch it. */
export function formatCheck(id: string, title: string, v: Verdict, expectedToFail = false): string {
  const note = expectedToFail ? (v.pass ? '  (expected to fail!)' : '  (failed, as expected)') : '';
  return `  ${v.pass ? '✔' : '✘'} ${id}  ${title}${note}\n      ${v.evidence}`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

export function summaryTable(results: LabResult[]): string {
  const rows = results.map((r) => [r.variant ? `${r.lab} [${r.variant}]` : r.lab, r.passed ? 'PASS' : 'FAIL', `${r.checks.filter((c) => c.pass).length}/${r.checks.length}`, seconds(r.durationMs)]);
  const all = [['LAB', 'RESULT', 'CHECKS', 'TIME'], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export function jsonReport(results: LabResult[], serverVersion: string, context: string) {
  return {
    labs: results.map(({ lab, lang, variant, expectFailing, passed, durationMs, steps, checks }) => ({ lab, lang, variant, expectFailing, passed, durationMs, steps, checks })),
    serverVersion,
    context,
  };
}

/** Printed for --keep: how to look at what was left, and how to remove it. */
export function inspectHint(target: Target, namespace: string): string {
  const k = (...args: string[]) => shellQuote(['kubectl', '--kubeconfig', target.kubeconfig, '--context', target.context, ...args]);
  return [`kept namespace ${namespace}. Inspect it:`, `  ${k('get', 'pods,events', '-n', namespace)}`, `Delete it:`, `  ${k('delete', 'namespace', namespace)}`, `  (or: npm run lab -- clean, with the same --kubeconfig/--context)`].join('\n');
}
