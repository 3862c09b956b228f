/**
 * How the runner prints a passing check (scripts/lib/output/report.ts `formatCheck`) and how a passing
 * single-lab run ends (`verdictLines`), for the sample on the getting-started page. report.ts is
 * not browser-safe (it pulls in child_process), so the two formats are repeated here from the
 * runner's own messages, and runSample.test.ts keeps them the same as the runner's.
 */
import type { LabLang } from '../../../scripts/lib/labs/lab-text';
import { messages } from '../../../scripts/lib/output/messages';

export function passingCheckLines(id: string, title: string, evidence: string): string {
  return `  ✔ ${id}  ${title}\n      ${evidence}`;
}

/** The end of a run of one lab whose `total` checks all passed: the verdict, then what the lab showed. */
export function passingVerdictLines(lab: string, total: number, proves: string[], lang: LabLang): string[] {
  const m = messages(lang).verdict;
  return [`✔ ${lab} ${m.passed} ${total}/${total}`, m.proved, ...proves.map((p) => `  - ${p}`)];
}
