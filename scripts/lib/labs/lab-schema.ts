/**
 * The contract of a lab: what `labs/<name>/lab.ts` exports, validated with zod when the
 * runner or a test loads it. Pages import the same file to render it, so this module must
 * stay free of Node-only imports.
 */
import { z } from 'zod';
import { apiCheckSchemas } from '../checks/api/schema';

/** A Kubernetes minor release, `1.35`. */
const minorVersion = z.string().regex(/^1\.\d+$/, 'must be a minor release like 1.35');
const k8sName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a Kubernetes name (lowercase, digits, -)');
const manifestFile = z.string().regex(/^[a-z0-9][-a-z0-9.]*\.ya?ml$/, 'must be a .yaml file name inside manifests/');

/** Where a check or a wait looks: one Pod by name, and inside it one container. */
const podRef = { pod: k8sName };
const containerRef = { pod: k8sName, container: k8sName };

/**
 * The events lab containers record in their LIFECYCLE lines (scripts/lib/checks/lifecycle.ts): a run
 * `Starting`, done starting `Started`, SIGTERM received `Exiting`, cleanup done `Exited`, and the
 * lifecycle hooks `PostStart` and `PreStop` (a hook writes its line to the container's stdout,
 * /proc/1/fd/1, since a hook's own output goes to no log).
 */
const lifecycleEvent = z.enum(['Starting', 'Started', 'Exiting', 'Exited', 'PostStart', 'PreStop']);
const lifecycleRef = z.strictObject({ container: k8sName, event: lifecycleEvent });

/** One thing a wait can wait for. Each is read from `kubectl get pod -o json`, except `statusSeen`. */
const waitConditionSchema = z.union([
  z.strictObject({ condition: z.enum(['PodScheduled', 'Initialized', 'ContainersReady', 'Ready']) }),
  z.strictObject({ phase: z.enum(['Pending', 'Running', 'Succeeded', 'Failed']) }),
  z.strictObject({ containerRunning: k8sName }),
  z.strictObject({ containerTerminated: k8sName }),
  // The container has restarted at least `count` times (a crash loop has come round).
  z.strictObject({ restartsAtLeast: z.strictObject({ container: k8sName, count: z.number().int().positive() }) }),
  // `kubectl get pods -w` has shown the Pod with this STATUS at some point in this run (the runner's
  // status watch, scripts/lib/run/status-watch.ts; judged like `pod-status-seen`). A poll of the Pod
  // can miss a STATUS that lasts half a second, such as the first `Init:CrashLoopBackOff`.
  z.strictObject({ statusSeen: z.string().min(1) }),
]);

/** Every one of these conditions holds at the same poll. */
const waitAllOfSchema = z.strictObject({ allOf: z.array(waitConditionSchema).min(2) });

/**
 * What a wait waits for: one condition, `allOf` several, or `anyOf` several (each a condition or an
 * `allOf`), the first one reached ending the wait. A step whose Pod ends up in one state in the lab
 * and in another in its broken variant waits for either, so that both end promptly.
 */
export const waitUntilSchema = z.union([
  waitConditionSchema,
  waitAllOfSchema,
  z.strictObject({ anyOf: z.array(z.union([waitConditionSchema, waitAllOfSchema])).min(2) }),
]);

export const waitSchema = z.strictObject({
  ...podRef,
  until: waitUntilSchema,
  /** Explicit deadline: a wait never runs unbounded. */
  timeoutSeconds: z.number().int().positive().max(600),
});

/**
 * One claim about the live cluster. `kind` names the relation; each kind is judged by a
 * pure function in `scripts/lib/checks/judge.ts` from what kubectl returned.
 */
export const checkSchema = z.discriminatedUnion('kind', [
  // The container is running now (state.running is set).
  z.strictObject({ kind: z.literal('container-running'), ...containerRef }),
  // The container ran and exited with this code (typical for init containers).
  z.strictObject({ kind: z.literal('container-exited'), ...containerRef, exitCode: z.number().int() }),
  // The container has not started (still waiting, no state other than waiting).
  z.strictObject({ kind: z.literal('container-not-started'), ...containerRef }),
  // `first` finished before `then` started (container status timestamps, 1 s resolution).
  z.strictObject({ kind: z.literal('exits-before-start'), ...podRef, first: k8sName, then: k8sName }),
  // `first` started no later than `then`, or at least `minGapSeconds` earlier (container status
  // timestamps have 1 s resolution, so a gap is what tells "waited for" from "started together").
  z.strictObject({ kind: z.literal('starts-before'), ...podRef, first: k8sName, then: k8sName, minGapSeconds: z.number().int().positive().optional() }),
  // The containers are all running at the same moment.
  z.strictObject({ kind: z.literal('run-together'), ...podRef, containers: z.array(k8sName).min(2) }),
  // The container restarted at least `min` times.
  z.strictObject({ kind: z.literal('has-restarted'), ...containerRef, min: z.number().int().positive() }),
  // The Pod is in this phase.
  z.strictObject({ kind: z.literal('pod-phase'), ...podRef, phase: z.enum(['Pending', 'Running', 'Succeeded', 'Failed']) }),
  // A command run in the container (`kubectl exec`) exits 0 and prints this text.
  z.strictObject({ kind: z.literal('exec'), ...containerRef, command: z.array(z.string()).min(1), stdoutIncludes: z.string() }),
  // The container's log contains this text. With `includePrevious`, the run before the current one
  // counts too (`kubectl logs --previous`): what a crash-looping container printed is in its current
  // log while it is in back-off, but only in the previous one once it runs again.
  z.strictObject({ kind: z.literal('log-includes'), ...containerRef, text: z.string().min(1), includePrevious: z.boolean().optional() }),
  // The container never restarted: restartCount 0 and one single run so far.
  z.strictObject({ kind: z.literal('never-restarted'), ...containerRef }),
  // What `kubectl get pod` shows in its STATUS column is one of these (e.g. `Init:CrashLoopBackOff`).
  z.strictObject({ kind: z.literal('pod-status'), ...podRef, oneOf: z.array(z.string().min(1)).min(1) }),
  // The Pod is still the one first seen in this run (same `metadata.uid`): not deleted and recreated.
  z.strictObject({ kind: z.literal('same-pod'), ...podRef }),
  // What `kubectl get pods -w` showed in the Pod's STATUS column from the start of the run until
  // this check (the runner watches for the whole run; scripts/lib/checks/status-history.ts): the values of
  // `sequence` appeared in this order (others may come between), and none of `never` appeared.
  // Every change seen, with its time, is in the evidence.
  z.strictObject({
    kind: z.literal('pod-status-seen'),
    ...podRef,
    sequence: z.array(z.string().min(1)).min(1),
    never: z.array(z.string().min(1)).min(1).optional(),
  }),
  // From the containers' LIFECYCLE lines (scripts/lib/checks/lifecycle.ts): the first `first.event` of
  // `first.container` came no later than the first `then.event` of `then.container`, optionally
  // at least `minGapMs` and/or at most `maxGapMs` later (10 ms clock). A minimum gap is what tells
  // "waited for the first to finish" from "signalled at once", where either line may come first.
  // The measured gap is in the evidence.
  z.strictObject({
    kind: z.literal('lifecycle-order'),
    ...podRef,
    first: lifecycleRef,
    then: lifecycleRef,
    minGapMs: z.number().int().positive().optional(),
    maxGapMs: z.number().int().positive().optional(),
  }),
  // Every one of `containers` recorded `event`, all within `maxGapMs` of each other (first occurrences).
  z.strictObject({ kind: z.literal('lifecycle-together'), ...podRef, containers: z.array(k8sName).min(2), event: lifecycleEvent, maxGapMs: z.number().int().positive() }),
  // The container recorded `event` exactly `count` times (one `Starting` per run of the container).
  z.strictObject({ kind: z.literal('lifecycle-count'), ...podRef, container: k8sName, event: lifecycleEvent, count: z.number().int().nonnegative() }),
  // The container is running and its `ready` is `ready` (the kubelet's readinessProbe verdict; a
  // container without one is ready once started). `ready: false` is "running but not ready", what
  // a readinessProbe that has not passed yet looks like (kubectl shows the Pod as 1/2 READY).
  z.strictObject({ kind: z.literal('container-ready'), ...containerRef, ready: z.boolean() }),
  // The Job has this condition with status True (`Complete`, `Failed`). Its Pods (found by the
  // `batch.kubernetes.io/job-name` label) are shown in the evidence.
  z.strictObject({ kind: z.literal('job-condition'), job: k8sName, condition: z.enum(['Complete', 'Failed', 'SuccessCriteriaMet']) }),
  // Rejected, warned, stored, killed after delete, admitted by quota: api-checks/schema.ts.
  ...apiCheckSchemas,
]);

export const stepSchema = z.strictObject({
  /** Korean, shown on the page and printed by the runner (English: the lab's `en.steps`). */
  title: z.string().min(1),
  /** Manifests (file names in manifests/) applied in this order at the start of the step. */
  apply: z.array(manifestFile).optional(),
  wait: waitSchema.optional(),
  /**
   * Delete this Pod after the wait and the hold, and keep following every container's log until each one
   * has exited (`kubectl logs -f`), so that checks after it can read how the Pod shut down
   * (LIFECYCLE `Exiting` lines) although the Pod is gone. Bounded by `timeoutSeconds`.
   */
  delete: z.strictObject({ pod: k8sName, timeoutSeconds: z.number().int().positive().max(300) }).optional(),
  /** Observe for a fixed time, to show that something does NOT happen meanwhile. */
  holdSeconds: z.number().int().positive().max(120).optional(),
  checks: z
    .array(
      z.strictObject({
        id: k8sName,
        title: z.string().min(1),
        check: checkSchema,
        /**
         * Where Kubernetes changed the behaviour: from this minor release on (`1.35`), the cluster is
         * held to `check` here instead (the title says both). The runner picks by the server's version.
         */
        from: z.strictObject({ kubernetes: minorVersion, check: checkSchema }).optional(),
      }),
    )
    .default([]),
});

/** An example of the author's that cannot run as written, kept beside the lab with why. */
export const originalSchema = z.strictObject({
  file: manifestFile,
  /** Korean: what differs in the runnable version and why (English: `en.originals[file]`). */
  why: z.string().min(1),
});

/**
 * A deliberately broken version of the lab: some manifests swapped for files in
 * `variants/<variant>/`. The lab's checks must catch it: exactly `expectFailing` fail, every
 * other check passes (`npm run lab -- run <lab> --variant broken`; CI runs it).
 */
export const variantSchema = z.strictObject({
  /** Korean: what is broken, and what a reader would see go wrong (English: `en.variants[name]`). */
  why: z.string().min(1),
  /** Manifest in manifests/ → its replacement in variants/<variant>/ (same file name). */
  replace: z.array(manifestFile).min(1),
  expectFailing: z.array(k8sName).min(1),
  /** From this minor release on, exactly these fail instead (where checks have a `from`). */
  expectFailingFrom: z.strictObject({ kubernetes: minorVersion, expectFailing: z.array(k8sName).min(1) }).optional(),
});

/**
 * The English edition of every human text of a lab (the Korean fields are the source and the
 * default). Keyed like the Korean: steps by position, checks by id, variants by name, originals by
 * file. The lab schema checks that the keys match exactly.
 */
export const labEnglishSchema = z.strictObject({
  title: z.string().min(1),
  /** One per `proves`, same order. */
  proves: z.array(z.string().min(1)).min(1),
  /** The step titles, one per step, same order. */
  steps: z.array(z.string().min(1)).min(1),
  /** Check id → its English title, for every check of the lab. */
  checks: z.record(k8sName, z.string().min(1)),
  /** Variant name → its English `why`, for every variant. */
  variants: z.record(k8sName, z.strictObject({ why: z.string().min(1) })).default({}),
  /** Original file (`originals[].file`) → its English `why`, for every original. */
  originals: z.record(manifestFile, z.strictObject({ why: z.string().min(1) })).default({}),
});

/** Lists the keys of `actual` that `expected` lacks, and the other way round, as one-line issues. */
function keyIssues(lab: string, field: string, expected: string[], actual: string[], what: string) {
  const missing = expected.filter((k) => !actual.includes(k));
  const extra = actual.filter((k) => !expected.includes(k));
  return [
    ...missing.map((k) => ({ path: ['en', field, k], message: `lab "${lab}": en.${field} has no English text for ${what} "${k}": add it` })),
    ...extra.map((k) => ({ path: ['en', field, k], message: `lab "${lab}": en.${field} has "${k}", which is no ${what} of this lab: remove or rename it` })),
  ];
}

export const labSchema = z
  .strictObject({
    name: k8sName,
    /** Korean, like every human text here; the English is in `en`. */
    title: z.string().min(1),
    /** Korean sentences: what a passing run proves. */
    proves: z.array(z.string().min(1)).min(1),
    /** Doc id of the page that embeds the lab, e.g. `multi-container-pod/co-located`. */
    doc: z.string().min(1),
    steps: z.array(stepSchema).min(1),
    originals: z.array(originalSchema).default([]),
    variants: z.record(k8sName, variantSchema).default({}),
    /**
     * A cluster this lab needs that is not an ordinary one: `nativeSidecars: false` = native
     * sidecars off (the v1.28 default, or the SidecarContainers gate off). The runner checks it
     * before the lab (features.ts), and `run --all` leaves such a lab out.
     */
    cluster: z.strictObject({ nativeSidecars: z.literal(false) }).optional(),
    /** English versions of title, proves, step and check titles, and every `why`. */
    en: labEnglishSchema,
  })
  .superRefine((lab, ctx) => {
    const { name, en } = lab;
    if (en.proves.length !== lab.proves.length) {
      ctx.addIssue({ code: 'custom', path: ['en', 'proves'], message: `lab "${name}": en.proves has ${en.proves.length} sentences, proves has ${lab.proves.length}: translate each one, in the same order` });
    }
    if (en.steps.length !== lab.steps.length) {
      ctx.addIssue({ code: 'custom', path: ['en', 'steps'], message: `lab "${name}": en.steps has ${en.steps.length} titles, steps has ${lab.steps.length}: translate each step title, in the same order` });
    }
    const issues = [
      ...keyIssues(name, 'checks', lab.steps.flatMap((s) => s.checks.map((c) => c.id)), Object.keys(en.checks), 'check'),
      ...keyIssues(name, 'variants', Object.keys(lab.variants), Object.keys(en.variants), 'variant'),
      ...keyIssues(name, 'originals', lab.originals.map((o) => o.file), Object.keys(en.originals), 'original'),
    ];
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

export type LabDefinition = z.input<typeof labSchema>;
export type Lab = z.output<typeof labSchema>;
export type Step = Lab['steps'][number];
export type Check = z.output<typeof checkSchema>;
export type NamedCheck = Step['checks'][number];
export type Wait = z.output<typeof waitSchema>;
export type Variant = z.output<typeof variantSchema>;
export type LabEnglish = z.output<typeof labEnglishSchema>;
