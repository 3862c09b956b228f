/**
 * The evidence of a lab's last real run, committed as `labs/<name>/evidence.json` and shown on
 * its page under <Lab>. Written by `npm run lab -- run <name>|--all --evidence`, validated with
 * this schema when written and by the unit tests. Pages take only its types from here (`import
 * type`); what they compute from a file is in evidence-view.ts, which ships to the browser
 * without zod.
 */
import { z } from 'zod';

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

