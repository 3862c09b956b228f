/**
 * Runs one lab against a connected cluster: own labelled namespace, each step's manifests,
 * waits with deadlines, checks judged from fresh observations; diagnostics on failure; cleanup
 * of only what it created (also on SIGINT/SIGTERM) unless `keep`.
 */
import { randomBytes } from 'node:crypto';
import { onCleanup } from './cleanup';
import { diagnostics, podsOf } from './diagnostics';
import { judge } from '../checks/judge';
import type { Kubectl } from '../target/kubectl';
import type { Check } from '../labs/lab-schema';
import { manifestsFor, type LoadedLab } from '../labs/labs';
import { DEFAULT_LAB_LANG, labText, type LabLang } from '../labs/lab-text';
import { deleteFollowingLogs } from './delete-step';
import { watchDeletion } from '../checks/api/observe';
import { messages } from '../output/messages';
import { newRunMemory, observe, rememberPod } from '../checks/observe';
import { ARRIVAL_POLL_MS, ARRIVAL_WINDOW_MS, ARRIVING_KINDS, settle } from '../checks/arrival';
import { log } from '../progress';
import { writeRecording } from '../evidence/record';
import { formatCheck, inspectHint } from '../output/report';
import { needsStatusWatch, startStatusWatch } from './status-watch';
import { timingOf, type Timing } from '../checks/timing';
import { startTrace, type Trace } from '../evidence/trace';
import { appliedUpTo, waitFor } from './wait';

export interface CheckResult {
  id: string;
  /** The check's kind (lab-schema.ts), as judged on this server (a check's `from` may change it). */
  kind: Check['kind'];
  /** In the run's language (`lang`). */
  title: string;
  pass: boolean;
  /** What the judge saw, in English whatever `lang` is: canonical (timing.ts and evidence-values.ts read it). */
  evidence: string;
  /** The same line in Korean (the Korean pages show it; evidence.json `evidenceKo`). runLab always sets it; `--json` reports from before it have none. */
  evidenceKo?: string;
  /** Timing checks (timing.ts): the value measured, ms, and its bounds; `bench --repeat` reports its spread. */
  timing?: Timing;
}

export interface StepResult {
  /** In the run's language (`lang`). */
  title: string;
  passed: boolean;
  error?: string;
  /**
   * Pod name → its LIFECYCLE timeline as this step's lifecycle checks read it (lifecycle.ts
   * `timeline`, in time order); printed once after the step's checks instead of in every check.
   */
  timelines?: Record<string, string>;
}

export interface LabResult {
  lab: string;
  /** The language of the step and check titles below. */
  lang: LabLang;
  /** Set when a broken variant ran: then `passed` means its checks failed exactly as expected. */
  variant?: string;
  expectFailing?: string[];
  passed: boolean;
  durationMs: number;
  namespace: string;
  steps: StepResult[];
  checks: CheckResult[];
  /** With `trace`: when the run started (ISO), and what was recorded for its evidence. */
  startedAt?: string;
  trace?: Trace;
}

export interface RunOptions {
  kubectl: Kubectl;
  serverVersion: string;
  keep?: boolean;
  /** Run this variant (e.g. `broken`) instead of the lab's own manifests. */
  variant?: string;
  /** Language of the titles and the variant's why that the run prints and reports (default `ko`). */
  lang?: LabLang;
  /** Directory for `<lab>.<check-id>.json` observations (fixtures for the judge's tests). */
  record?: string;
  /** Where result lines go: stdout for people, stderr when stdout carries JSON. */
  out: (line: string) => void;
  /** Record a pod watch transcript and the container timeline (`run --evidence`). */
  trace?: boolean;
  /** Poll interval of waits; tests shorten it. */
  pollIntervalMs?: number;
  /** After deleting the namespace, wait (≤ 120 s) until it is gone (`run --wait-deleted`; CI). */
  waitDeleted?: boolean;
}

/** How long --wait-deleted waits for a namespace to go: Pods get 1 s (deleteLabNamespace), finalizers the rest. */
const NAMESPACE_GONE_TIMEOUT_MS = 120_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A test hook, for the tests that end a real run in each way it can end
 * (scripts/__tests__/run/endings.cluster.test.ts): LAB_INJECT_FAULT=uncaught throws from a timer right
 * after a step applies its manifests (an error nobody catches); =timeout makes that step's wait
 * time out after 1 s (the runner's own timeout). Unset, it does nothing.
 */
function injectFault<W extends { timeoutSeconds: number }>(wait: W | undefined): W | undefined {
  const fault = process.env.LAB_INJECT_FAULT;
  if (fault === 'uncaught') {
    setTimeout(() => {
      throw new Error('LAB_INJECT_FAULT=uncaught: an error nobody caught');
    }, 500);
  }
  return fault === 'timeout' && wait ? { ...wait, timeoutSeconds: 1 } : wait;
}

export function namespaceFor(lab: string): string {
  return `lab-${lab}-${randomBytes(3).toString('hex').slice(0, 5)}`;
}

/**
 * A plain run passes when every check passes. A variant run passes when exactly its
 * `expectFailing` checks fail: a broken variant that the checks do not catch is a failure.
 */
/**
 * True when `serverVersion` (`v1.37.2`, as `kubectl version` gives it) is at least the minor
 * release `minor` (`1.35`). An unparsable version counts as not reaching it.
 */
export function atLeastMinor(serverVersion: string | undefined, minor: string): boolean {
  const have = /^v?(\d+)\.(\d+)/.exec(serverVersion ?? '');
  const [major, want] = minor.split('.').map(Number);
  if (!have) return false;
  return Number(have[1]) > major || (Number(have[1]) === major && Number(have[2]) >= want);
}

export function verdictOf(failed: string[], expectFailing?: string[]): boolean {
  if (!expectFailing) return failed.length === 0;
  return failed.length === expectFailing.length && expectFailing.every((id) => failed.includes(id));
}

export async function runLab(loaded: LoadedLab, o: RunOptions): Promise<LabResult> {
  const { lab } = loaded;
  const manifests = manifestsFor(loaded, o.variant);
  const variant = o.variant ? lab.variants[o.variant] : undefined;
  // Where a check changes with the release (a check's `from`), so may what a variant must fail.
  const expectFailing = variant?.expectFailingFrom && atLeastMinor(o.serverVersion, variant.expectFailingFrom.kubernetes) ? variant.expectFailingFrom.expectFailing : variant?.expectFailing;
  const t0 = Date.now();
  const ns = namespaceFor(lab.name);
  const lang = o.lang ?? DEFAULT_LAB_LANG;
  const text = labText(lab, lang);
  const result: LabResult = { lab: lab.name, lang, variant: o.variant, expectFailing, passed: false, durationMs: 0, namespace: ns, steps: [], checks: [] };
  const { kubectl, out } = o;
  const m = messages(lang);
  out(o.variant ? m.run.variantHeader(lab.name, o.variant, expectFailing!, text.title, ns) : m.run.header(lab.name, text.title, ns));
  if (o.variant) out(`  ${o.variant}: ${text.variants[o.variant]}`);
  const creating = kubectl.createNamespace(ns, lab.name);
  // A signal can arrive while the namespace is being created: let that finish, then delete it.
  const cleanup = o.keep
    ? undefined
    : onCleanup(async () => {
        await creating.catch(() => undefined);
        log(m.namespace.outcome(ns, m.namespace.outcomes[await kubectl.deleteLabNamespace(ns)]));
        if (o.waitDeleted) {
          log(m.namespace.waitingGone(ns, NAMESPACE_GONE_TIMEOUT_MS / 1000));
          log(m.namespace.gone(ns, ((await kubectl.waitNamespaceGone(ns, NAMESPACE_GONE_TIMEOUT_MS)) / 1000).toFixed(1)));
        }
      });
  let stepFailed = false;
  // Pod uids first seen, and logs kept from deleted Pods: what later checks compare against.
  const memory = newRunMemory();
  memory.api.manifests = manifests;
  let tracing: Awaited<ReturnType<typeof startTrace>> | undefined;
  try {
    await creating;
    if (o.trace) result.startedAt = new Date(t0).toISOString();
    // Both watches wait up to 1.5 s to settle: start them together.
    [tracing, memory.statusWatch] = await Promise.all([
      o.trace ? startTrace(kubectl, ns, t0) : undefined,
      needsStatusWatch(lab) ? startStatusWatch(kubectl, ns, t0) : undefined,
    ]);
    for (const [i, step] of lab.steps.entries()) {
      const stepTitle = text.steps[i].title;
      out(m.run.step(i + 1, lab.steps.length, stepTitle));
      const stepResult: StepResult = { title: stepTitle, passed: true };
      result.steps.push(stepResult);
      try {
        for (const file of step.apply ?? []) {
          log(`kubectl apply -n ${ns} -f manifests/${file}`);
          memory.api.applied.set(file, await kubectl.apply(ns, manifests.get(file)!));
        }
        const wait = step.apply?.length ? injectFault(step.wait) : step.wait;
        // The uid each Pod has right after it is created: `same-pod` checks compare with it.
        if (step.apply?.length) for (const name of podsOf(lab)) rememberPod(memory, await kubectl.pod(ns, name).catch(() => undefined));
        if (wait) rememberPod(memory, await waitFor(kubectl, ns, wait, { pollIntervalMs: o.pollIntervalMs, lang, applied: appliedUpTo(lab, manifests, i), statusLines: memory.statusWatch?.lines }));
        if (step.holdSeconds) {
          log(m.run.holding(step.holdSeconds));
          await sleep(step.holdSeconds * 1000);
        }
        if (step.delete) {
          // The Pod's last status (exit codes, finish times) outlives it only in a watch: killed-after-delete reads it.
          const deleting = await watchDeletion(kubectl, ns, step.delete.pod);
          memory.finalLogs.set(step.delete.pod, await deleteFollowingLogs(kubectl, ns, step.delete.pod, step.delete.timeoutSeconds));
          memory.api.deletions.set(step.delete.pod, await deleting.stop());
        }
      } catch (err) {
        stepResult.passed = false;
        stepResult.error = (err as Error).message;
        out(m.run.stepFailed(stepResult.error.split('\n').join('\n      ')));
        stepFailed = true;
        break; // later steps build on this one
      }
      // Pod name → its timeline: in English for the result (`--json`), in `lang` for the terminal.
      const timelines = new Map<string, string>();
      const shownTimelines = new Map<string, string>();
      for (const { id, title, check: base, from } of step.checks) {
        const later = from !== undefined && atLeastMinor(o.serverVersion, from.kubernetes);
        const check = later ? from.check : base;
        // Judged once per language (pure, so the verdict is the same): English is canonical
        // (recorded, parsed by timing.ts and evidence-values.ts), Korean is for the Korean pages.
        const read = async () => {
          const observation = await observe(kubectl, ns, check, memory);
          return { observation, judged: judge(check, observation, 'en') };
        };
        // A log line or a Job condition can reach the API just after the step's wait ended (arrival.ts).
        const settled = ARRIVING_KINDS.has(check.kind)
          ? await settle(read, (r) => r.judged.pass, { windowMs: ARRIVAL_WINDOW_MS, pollMs: ARRIVAL_POLL_MS })
          : { value: await read(), reads: 1, waitedMs: 0 };
        const { observation, judged } = settled.value;
        if (settled.reads > 1) log(m.run.readAgain(id, settled.reads, (settled.waitedMs / 1000).toFixed(1), judged.pass));
        const judgedKo = judge(check, observation, 'ko');
        // Say which release's behaviour the check held the cluster to.
        const prefix = from ? `[${o.serverVersion} ${later ? '≥' : '<'} v${from.kubernetes}] ` : '';
        const verdict = { ...judged, evidence: `${prefix}${judged.evidence}` };
        const ko = { ...judgedKo, evidence: `${prefix}${judgedKo.evidence}` };
        const shown = lang === 'ko' ? ko : verdict;
        // Recordings keep the Korean title (the lab's own); what is printed and reported follows `lang`.
        if (o.record) writeRecording(o.record, { lab: lab.name, variant: o.variant, serverVersion: o.serverVersion, check: { id, title, check }, observation, verdict });
        const timing = timingOf(check, judged.evidence);
        result.checks.push({ id, kind: check.kind, title: text.checks[id], pass: verdict.pass, evidence: verdict.evidence, evidenceKo: ko.evidence, ...(timing && { timing }) });
        out(formatCheck(id, text.checks[id], shown, expectFailing?.includes(id), lang));
        if (verdict.timeline !== undefined && 'pod' in check) timelines.set(check.pod, verdict.timeline);
        if (shown.timeline !== undefined && 'pod' in check) shownTimelines.set(check.pod, shown.timeline);
        if (!verdict.pass) stepResult.passed = false;
      }
      // Every lifecycle check of a step reads the same logs: their timeline once, after them.
      for (const [pod, line] of shownTimelines) out(m.run.timeline(pod, line));
      if (timelines.size) stepResult.timelines = Object.fromEntries(timelines);
    }
    const failedIds = result.checks.filter((c) => !c.pass).map((c) => c.id);
    result.passed = !stepFailed && verdictOf(failedIds, expectFailing);
    if (expectFailing) {
      const unexpected = failedIds.filter((id) => !expectFailing.includes(id));
      const missed = expectFailing.filter((id) => !failedIds.includes(id));
      out(result.passed ? m.run.variantCaught(o.variant!, expectFailing) : m.run.variantMissed(o.variant!, missed, unexpected));
    }
  } catch (err) {
    result.steps.push({ title: m.run.runnerStep, passed: false, error: (err as Error).message });
    throw err;
  } finally {
    // Before diagnostics and cleanup: the timeline is read from the Pods as the checks left them.
    if (tracing) result.trace = await tracing.stop(memory.finalLogs);
    await memory.statusWatch?.stop();
    if (!result.passed || expectFailing) {
      // A broken variant shows what its breakage looks like in the cluster, even when it was caught as expected.
      const heading = result.passed ? m.run.reportedBroken(lab.name, o.variant!) : m.run.reportedFailed(lab.name);
      log(`${heading}\n${await diagnostics(kubectl, ns, lab, lang).catch((e: Error) => e.message)}`);
    }
    result.durationMs = Date.now() - t0;
    if (cleanup) await cleanup();
    else {
      await kubectl.markKept(ns).catch(() => undefined);
      log(inspectHint(kubectl.target, ns, lang));
    }
  }
  return result;
}
