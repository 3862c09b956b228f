/**
 * How the runner prints a passing check (scripts/lib/report.ts `formatCheck`), for the sample on
 * the getting-started page. That module is not browser-safe (it pulls in child_process), so the
 * format is repeated here and runSample.test.ts keeps the two the same.
 */
export function passingCheckLines(id: string, title: string, evidence: string): string {
  return `  ✔ ${id}  ${title}\n      ${evidence}`;
}
