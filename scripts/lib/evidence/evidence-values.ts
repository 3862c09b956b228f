/**
 * The observed values a verification note quotes (a status, a count, a gap in ms, the Kubernetes
 * version), read from a lab's last real run (`labs/<name>/evidence.json`) instead of typed, so that
 * re-recording the evidence updates the page. `<Observed>` renders them; each value is read from
 * the evidence line the judge wrote for one check (scripts/lib/checks/judge.ts), and a note that asks for
 * a check the evidence does not have, or a value its line does not contain, fails the build and
 * the unit tests. Browser-safe: no Node imports.
 */
import type { Evidence } from './evidence-schema';
import { evidenceCommand } from './evidence-view';

/** Each value, and the part of a judge's evidence line it is read from (first group). */
const FROM_CHECK = {
  /** `pod-status`: the STATUS the check saw (`init-fails-always: STATUS Init:CrashLoopBackOff (expected …`). */
  status: /^\S+: STATUS (\S+) \(expected /,
  /** `has-restarted`, `never-restarted`: the container's restartCount (`check-db: restartCount 2 (expected ≥ 2)`). */
  restartCount: /restartCount (\d+)/,
  /** `lifecycle-order`: ms between the two events (`… (770ms later; …`). */
  gapMs: /\((\d+)ms later/,
  /** `lifecycle-together`: ms between the first and the last container's event (`spread 10ms`). */
  spreadMs: /; spread (\d+)ms /,
  /** `pod-status-seen`: every STATUS the Pod showed, in order (`STATUS Pending @2.1s → Init:0/1 @2.2s … (expected`). */
  statuses: /^\S+: STATUS (.+?) \(expected /,
  /** `container-exited`, `killed-after-delete`: the exit code seen (`app: exited 137 (Error) at …`). */
  exitCode: /: exited (-?\d+)/,
  /** `killed-after-delete`: whole seconds from the delete request to the container's end (`, 10s after the delete at …`). */
  secondsAfterDelete: /, (\d+)s after the delete /,
  /** `killed-after-delete`: the Pod's grace period when it was deleted (`(grace period 10s;`). */
  gracePeriodSeconds: /\(grace period (\d+)s;/,
  /** `quota-admission`: what the quota counted for the Pod, rejected or admitted (`requested: requests.cpu=300m`). */
  requested: /requested: [\w./-]+=([^,\s)]+)/,
} as const;

export type CheckValue = keyof typeof FROM_CHECK;
export type ObservedValueName = CheckValue | 'serverVersion';

export const OBSERVED_VALUES: readonly ObservedValueName[] = ['serverVersion', ...(Object.keys(FROM_CHECK) as CheckValue[])];

/**
 * The value, as text; `statuses` gives one text per STATUS. Throws, naming the lab, the check and
 * what to do, when the evidence has no such check or its line no such value.
 */
export function observedValue(evidence: Evidence, value: ObservedValueName, check?: string): string | string[] {
  const where = `labs/${evidence.lab}/evidence.json`;
  if (value === 'serverVersion') return evidence.serverVersion;
  if (!(value in FROM_CHECK)) throw new Error(`<Observed value="${value}">: no such value; one of ${OBSERVED_VALUES.join(', ')}`);
  if (!check) throw new Error(`<Observed value="${value}">: name the check of lab ${evidence.lab} it is read from (check="…")`);
  const c = evidence.checks.find((x) => x.id === check);
  if (!c) throw new Error(`<Observed check="${check}">: ${where} has no check "${check}" (it has ${evidence.checks.map((x) => x.id).join(', ')})`);
  if (!c.pass) throw new Error(`<Observed check="${check}">: the check failed in ${where}; a note quotes passing runs only. Re-record: ${evidenceCommand(evidence.lab)}`);
  const m = FROM_CHECK[value].exec(c.evidence);
  if (!m) throw new Error(`<Observed check="${check}" value="${value}">: the evidence of "${check}" in ${where} has no ${value}: ${JSON.stringify(c.evidence.slice(0, 160))}`);
  return value === 'statuses' ? m[1].split(' → ').map((s) => s.replace(/ @\d+(?:\.\d+)?s$/, '')) : m[1];
}
