/**
 * What pages and the runner read out of an evidence.json (evidence-schema.ts): time order and
 * offsets of LIFECYCLE lines, container states and evidence lines in a reader's language, the
 * command that records a file, and each version's last run. Browser code: no Node imports and no
 * zod (the schema library cost every lab page ~60 ms of script evaluation on a phone at 4x CPU
 * slowdown, measured in a Chromium trace, issue 13), so it imports only types from the schema.
 */
import type { LabLang } from '../labs/lab-text';
import * as evidenceMessages from '../output/evidence-messages';
import type { Evidence, LifecycleEvent } from './evidence-schema';

/**
 * LIFECYCLE lines in time order: each Pod's lines by uptime (stable, so lines of one 10 ms tick
 * keep the order they were logged in), Pods in the order their first line was recorded. The
 * runner collects them container by container (all of one container's lines, then the next's),
 * so without this a Job Pod's `log-agent Exiting` came before its `worker Starting`. Pods are not
 * merged into one order: on a cluster of several nodes their uptimes are different clocks.
 */
export function lifecycleInTimeOrder<T extends Pick<LifecycleEvent, 'pod' | 'uptime'>>(lines: readonly T[]): T[] {
  const pods = [...new Set(lines.map((l) => l.pod))];
  return pods.flatMap((pod) => lines.filter((l) => l.pod === pod).map((l, i) => ({ l, i })).sort((a, b) => a.l.uptime - b.l.uptime || a.i - b.i).map(({ l }) => l));
}

/**
 * LIFECYCLE lines in time order (lifecycleInTimeOrder), each with `seconds`: seconds (0.01 s
 * resolution as printed) since the first line of the same Pod, so never negative. Measured per Pod
 * because evidence.json does not record which node a Pod ran on: the containers of one Pod share
 * its node's uptime clock, two Pods may not (on a single node they would, but the file cannot show it).
 */
export function lifecycleOffsets<T extends Pick<LifecycleEvent, 'pod' | 'uptime'>>(lines: readonly T[]): (T & { seconds: number })[] {
  const first = new Map<string, number>();
  return lifecycleInTimeOrder(lines).map((l) => {
    if (!first.has(l.pod)) first.set(l.pod, l.uptime);
    return { ...l, seconds: Math.round((l.uptime - first.get(l.pod)!) * 100) / 100 };
  });
}

/**
 * A timeline `state` (English by design: `running`, `terminated exit 1 (Error)`,
 * `waiting (PodInitializing)`, `no state reported`; written by timelineOf in trace.ts with
 * describeState's untimed phrases) in `lang`, with the evidence catalogue's own phrases
 * (scripts/lib/output/evidence-messages.ts). Kubernetes' reasons and exit codes stay as they are.
 * A text of no known shape is returned unchanged.
 */
export function stateIn(state: string, lang: LabLang): string {
  const m = evidenceMessages[lang];
  if (state === evidenceMessages.en.running()) return m.running();
  if (state === evidenceMessages.en.noState) return m.noState;
  const t = /^terminated (exit -?\d+(?: \([^)]*\))?)$/.exec(state);
  if (t) return m.terminated(t[1]);
  const w = /^waiting( \([^)]*\))?$/.exec(state);
  if (w) return m.waiting(w[1] ?? '');
  return state;
}

/**
 * A check's evidence line in a page's language: the Korean line on Korean pages when the file has
 * one (recorded since `evidenceKo` exists), else the English line, which every file has.
 */
export function evidenceIn(check: Pick<Evidence['checks'][number], 'evidence' | 'evidenceKo'>, lang: LabLang): string {
  return lang === 'ko' ? (check.evidenceKo ?? check.evidence) : check.evidence;
}

/**
 * The command that rewrites a lab's evidence.json from a real run, for a reader of `lang` (`--lang en`
 * on English pages: the runner then prints English; the file is the same, its titles always Korean).
 */
export function evidenceCommand(lab?: string, lang: LabLang = 'ko'): string {
  return `npm run lab -- run ${lab ?? '--all'} --evidence --kubeconfig FILE${lang === 'ko' ? '' : ` --lang ${lang}`}`;
}

/**
 * Every version's last passing run, oldest version first: `versions`, plus the file's own run when
 * a file written before `versions` existed does not list it yet (or has no `versions` at all).
 */
export function versionRuns(e: Evidence): Evidence['versions'] {
  const own = { serverVersion: e.serverVersion, date: e.date, durationMs: e.durationMs, checks: e.checks.length };
  // Pages import evidence.json as raw JSON (no schema defaults): an older file has no `versions`.
  const listed = e.versions ?? [];
  const runs = listed.some((v) => v.serverVersion === e.serverVersion) ? listed : [...listed, own];
  return [...runs].sort((a, b) => a.serverVersion.localeCompare(b.serverVersion, 'en', { numeric: true }));
}
