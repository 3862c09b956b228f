/**
 * How the runner prints a passing check (scripts/lib/output/report.ts `formatCheck`) and how a passing
 * single-lab run ends (`verdictLines`), for the sample on the getting-started page. report.ts is
 * not browser-safe (it pulls in child_process), so the two formats are repeated here from the
 * runner's own messages, and runSample.test.ts keeps them the same as the runner's.
 */
import type { Evidence } from '../../../scripts/lib/evidence/evidence-schema';
import { evidenceIn } from '../../../scripts/lib/evidence/evidence-view';
import type { LabLang, LabText } from '../../../scripts/lib/labs/lab-text';
import { messages } from '../../../scripts/lib/output/messages';

export function passingCheckLines(id: string, title: string, evidence: string): string {
  return `  ✔ ${id}  ${title}\n      ${evidence}`;
}

/** The end of a run of one lab whose `total` checks all passed: the verdict, then what the lab showed. */
export function passingVerdictLines(lab: string, total: number, proves: string[], lang: LabLang): string[] {
  const m = messages(lang).verdict;
  return [`✔ ${lab} ${m.passed}: ${m.count(total, total)}`, m.proved, ...proves.map((p) => `  - ${p}`)];
}

/**
 * The sample's lines in `lang`: the check lines of step `step` (0-based) as the last real run
 * printed them (the evidence in `lang`: evidenceIn), `…` for the other checks, then the verdict.
 */
export function runSampleLines(lab: string, text: LabText, evidence: Pick<Evidence, 'checks'>, step: number, lang: LabLang): string[] {
  const ids = new Set(text.steps[step].checks.map((c) => c.id));
  const checks = evidence.checks.filter((c) => ids.has(c.id)).map((c) => passingCheckLines(c.id, text.checks[c.id], evidenceIn(c, lang)));
  const total = text.steps.reduce((n, s) => n + s.checks.length, 0);
  return [...checks, ...(checks.length < total ? ['  …'] : []), '', ...passingVerdictLines(lab, total, text.proves, lang)];
}
