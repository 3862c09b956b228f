/**
 * The STATUS a Pod showed over time, read from the lines of `kubectl get pods -w -o wide` as the
 * runner stamps them (`  18.9s  init-fails-always   0/1   Init:CrashLoopBackOff   1 (16s ago) …`,
 * seconds since the run started; trace.ts `stamp`). The same lines are the transcript in
 * `evidence.json`, so a check judged live and a transcript read later agree. Pure: the judge and
 * its unit tests use it on recorded lines.
 */

export interface StatusSeen {
  /** Seconds since the run started, when the watch printed the line. */
  t: number;
  status: string;
}

/** `<t>s  NAME  READY  STATUS …`: NAME and READY never contain spaces, so STATUS is the third field. */
const LINE = /^\s*(\d+(?:\.\d+)?)s\s+(\S+)\s+(\S+)\s+(\S+)/;

/** The lines of one Pod (the header and other Pods' lines left out). */
export function linesOf(lines: string[], pod: string): string[] {
  return lines.filter((l) => LINE.exec(l)?.[2] === pod);
}

/** Every STATUS change of `pod`, in the order the watch printed it (a repeated value counts once). */
export function statusChanges(lines: string[], pod: string): StatusSeen[] {
  const seen: StatusSeen[] = [];
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m || m[2] !== pod) continue;
    if (seen.at(-1)?.status !== m[4]) seen.push({ t: Number(m[1]), status: m[4] });
  }
  return seen;
}

/** How many values of `sequence` appear in `seen` in this order (others may come between). */
export function matchedInOrder(seen: StatusSeen[], sequence: string[]): number {
  let next = 0;
  for (const s of seen) if (next < sequence.length && s.status === sequence[next]) next++;
  return next;
}

/** `Init:Error @3.4s → Init:CrashLoopBackOff @18.9s`: how the judge writes them into the evidence. */
export function formatChanges(seen: StatusSeen[]): string {
  return seen.map((s) => `${s.status} @${s.t.toFixed(1)}s`).join(' → ');
}
