/**
 * The evidence of a lab's last real run, committed as `labs/<name>/evidence.json` and shown on
 * its page under <Lab>. Written by `npm run lab -- run <name>|--all --evidence`, validated with
 * this schema when written and by the unit tests. Browser-safe (no Node imports): the page's
 * component takes its type from here.
 */
import { z } from 'zod';
import type { LabLang } from '../labs/lab-text';
import * as evidenceMessages from '../output/evidence-messages';

const isoDate = z.iso.datetime({ offset: true });

export const timelineEntrySchema = z.strictObject({
  pod: z.string().min(1),
  container: z.string().min(1),
  /** init: `initContainers` that run to completion; sidecar: `initContainers` with `restartPolicy: Always`. */
  kind: z.enum(['init', 'sidecar', 'main']),
  /** First start seen in the Pod status (`lastState` before `state`), or absent if it never started. */
  start: isoDate.optional(),
  /** When it finished, if it is terminated now. */
  end: isoDate.optional(),
  restarts: z.number().int().nonnegative(),
  exitCode: z.number().int().optional(),
  /** `running`, `terminated (Completed)`, `waiting (PodInitializing)` … when the run ended. */
  state: z.string(),
});

/** A `LIFECYCLE <uptime> <container> Starting|Started|Exiting` line from a container's log. */
export const lifecycleEventSchema = z.strictObject({
  pod: z.string().min(1),
  container: z.string().min(1),
  /** Seconds, as the container printed them (its host's uptime). */
  uptime: z.number().nonnegative(),
  event: z.enum(['Starting', 'Started', 'Exiting']),
});

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

export const evidenceSchema = z.strictObject({
  lab: z.string().min(1),
  /** `kubectl version` of the cluster the run used, e.g. `v1.34.4`. */
  serverVersion: z.string().regex(/^v\d+\.\d+\.\d+/, 'must be a Kubernetes version like v1.34.4'),
  /** When the run started. */
  date: isoDate,
  durationMs: z.number().int().nonnegative(),
  checks: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        title: z.string().min(1),
        pass: z.boolean(),
        /** What the judge saw, in English: canonical (evidence-values.ts reads values out of it). */
        evidence: z.string(),
        /** The same line in Korean (scripts/lib/output/evidence-messages.ts); absent in files recorded before it. */
        evidenceKo: z.string().optional(),
      }),
    )
    .min(1),
  /** Time 0 of the timeline: the earliest `creationTimestamp` of the lab's Pods. */
  timelineOrigin: isoDate,
  /** When the Pod status behind the timeline was read (containers still running end here). */
  observedAt: isoDate,
  timeline: z.array(timelineEntrySchema),
  lifecycle: z.array(lifecycleEventSchema).default([]),
  /** `kubectl get pods -w -o wide` in the lab's namespace, each line prefixed with seconds since the run started. */
  transcript: z.array(z.string()),
  /**
   * The last passing run on each Kubernetes version the lab was recorded on, oldest version first;
   * the run above is one of them. Only the project's version (scripts/cluster/versions.ts) keeps
   * its full record in this file; a run on another version updates just its entry here.
   */
  versions: z
    .array(z.strictObject({ serverVersion: z.string().regex(/^v\d+\.\d+\.\d+/), date: isoDate, durationMs: z.number().int().nonnegative(), checks: z.number().int().positive() }))
    .default([]),
});

export type Evidence = z.output<typeof evidenceSchema>;
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type LifecycleEvent = z.output<typeof lifecycleEventSchema>;

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
