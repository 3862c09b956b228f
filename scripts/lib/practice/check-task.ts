/**
 * Checks a reader's answer to a task against a connected cluster, the way run-lab.ts runs a lab:
 * a namespace of its own (labelled and owner-annotated, so sweeps and `clean` find it), each step's
 * own objects, the answer, soft waits with deadlines, checks judged from fresh observations, and
 * deletion of that namespace however the check ends (cleanup.ts), unless `keep`.
 */
import { randomBytes } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import { onCleanup } from '../run/cleanup';
import { usefulLines } from '../exec';
import type { Observation } from '../checks/judge';
import type { Kubectl } from '../target/kubectl';
import type { Check } from '../labs/lab-schema';
import { DEFAULT_LAB_LANG, type LabLang } from '../labs/lab-text';
import { newRunMemory, observe, type RunMemory } from '../checks/observe';
import { ARRIVING_KINDS, settle } from '../checks/arrival';
import { elapsed, log } from '../progress';
import { messages } from '../output/messages';
import { writeRecording } from '../evidence/record';
import { answerManifest, type Answer, type AnswerObject } from './input';
import { judgeTaskCheck } from './judge';
import { practiceMessages } from './messages';
import { ACCEPTED, type See, type TaskCheck } from './schema';
import type { LoadedTask } from './tasks';
import { taskText } from './text';
import { SITE_ENV_DEFAULTS, siteEnv } from '../site-env';

export type CheckStatus = 'pass' | 'fail' | 'not-run';

export interface TaskCheckResult {
  id: string;
  /** In the check's language (`lang`). */
  title: string;
  status: CheckStatus;
  /** What was seen, in `lang` like the rest of the result (recordings keep the English line). */
  evidence: string;
  /** On failure: the check's hint and the page section it points to. */
  hint?: string;
  see?: See;
}

export interface TaskResult {
  task: string;
  lang: LabLang;
  passed: boolean;
  durationMs: number;
  namespace: string;
  /** `accepted` first, then every check of the task in order. */
  checks: TaskCheckResult[];
}

export interface CheckTaskOptions {
  kubectl: Kubectl;
  /** Where result lines go: stdout for people, stderr when stdout carries JSON. */
  out: (line: string) => void;
  lang?: LabLang;
  keep?: boolean;
  /** Write each check's observation to `<dir>/<task>~<answer>.<check-id>.json` (fixtures for practice/judge.test.ts). */
  record?: { dir: string; answer: string; serverVersion: string };
  /** Poll interval of `until` waits (ms); tests shorten it. */
  pollIntervalMs?: number;
  /** How often (ms) an `until` wait says it is still waiting (10 s, as progress.ts poll()); tests shorten it. */
  heartbeatMs?: number;
}

export function practiceNamespace(task: string): string {
  return `practice-${task}-${randomBytes(3).toString('hex').slice(0, 5)}`.slice(0, 63);
}

/**
 * The page section a hint points to, as a link a terminal can open: the site where `SITE_URL` and
 * `SITE_BASE_URL` say it is published (site-env.ts, the same variables the build reads), else the
 * whole site as `npm run build && npm run serve` serves it locally (`http://localhost:3000/docs/…#anchor`;
 * `/en/docs/…` in English). A bare path (`/docs/…`) was not something a reader could open. An
 * invalid variable falls back to the local site (the build is what reports it).
 */
export function seeUrl(see: See, lang: LabLang = DEFAULT_LAB_LANG, env: Record<string, string | undefined> = process.env): string {
  let site: { url: string; baseUrl: string } = SITE_ENV_DEFAULTS;
  try {
    site = siteEnv(env);
  } catch {
    // keep the local site
  }
  const path = lang === 'en' ? `en/docs/${see.doc}#${see.anchorEn ?? see.anchor}` : `docs/${see.doc}#${see.anchor}`;
  return `${site.url}${site.baseUrl}${path}`;
}

/**
 * The page a hint points to, as its file in the repository (`docs/<doc>.mdx`; the English edition's
 * under i18n/en/): readable without the site, for a reader who installed only the labs.
 */
export function seeFile(see: See, lang: LabLang = DEFAULT_LAB_LANG): string {
  return lang === 'en' ? `i18n/en/docusaurus-plugin-content-docs/current/${see.doc}.mdx` : `docs/${see.doc}.mdx`;
}

/** A check line: `✔ id  title` and the evidence; a failure adds its hint and where to read. */
export function formatTaskCheck(r: TaskCheckResult, lang: LabLang = DEFAULT_LAB_LANG): string {
  const m = practiceMessages(lang);
  const mark = r.status === 'pass' ? '✔' : r.status === 'fail' ? '✘' : '–';
  const lines = [`  ${mark} ${r.id}  ${r.title}`, `      ${r.evidence}`];
  if (r.status === 'fail' && r.hint) lines.push(`      ${m.hint}: ${r.hint}`);
  if (r.status === 'fail' && r.see) lines.push(`      ${m.see}: ${seeUrl(r.see, lang)} (${seeFile(r.see, lang)})`);
  return lines.join('\n');
}

/** `✔ log-sidecar 통과: 검사 6개 모두 통과`, or `✘ … 실패: 6개 중 2개 통과 (실패한 검사: …)`. Checks that did not run count as not passed. */
export function taskVerdict(r: TaskResult): string {
  const m = practiceMessages(r.lang).verdict;
  const passed = r.checks.filter((c) => c.status === 'pass').length;
  const failed = r.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  return `${r.passed ? '✔' : '✘'} ${r.task} ${r.passed ? m.passed : m.failed}: ${m.count(passed, r.checks.length)}${failed.length ? ` (${m.failedChecks(failed)})` : ''}`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * How long (ms) a failing check is judged again: any check right after a successful wait, and a
 * log or Job check (ARRIVING_KINDS) in a step with no wait (see checkTask).
 */
const SETTLE_MS = 5000;

/**
 * A check names the Pod the statement gave; where that is a Job, its Pod (the newest, by the
 * `batch.kubernetes.io/job-name` label) stands in, since the Job controller names Pods itself.
 */
async function resolvePod(kubectl: Kubectl, ns: string, check: TaskCheck): Promise<TaskCheck> {
  if (!('pod' in check)) return check;
  if (await kubectl.pod(ns, check.pod)) return check;
  const pods = await kubectl.jobPods(ns, check.pod).catch(() => []);
  const newest = pods.sort((a, b) => String(b.metadata.creationTimestamp ?? '').localeCompare(String(a.metadata.creationTimestamp ?? '')))[0];
  return newest ? { ...check, pod: newest.metadata.name } : check;
}

/** The check judged now: its verdict with the English (canonical, recorded) evidence, and `shown`, the evidence in `lang`. */
async function judgeNow(kubectl: Kubectl, ns: string, check: TaskCheck, memory: RunMemory, lang: LabLang) {
  const resolved = await resolvePod(kubectl, ns, check);
  const obs: Observation = await observe(kubectl, ns, resolved as Check, memory);
  return { ...judgeTaskCheck(resolved, obs, 'en'), shown: judgeTaskCheck(resolved, obs, lang).evidence, obs, resolved };
}

/**
 * The first Pod a step's checks name that no object applied could create: the answer's and the
 * step's given objects, by name (a Job's Pods are found through its name, see resolvePod).
 * Undefined when every named Pod can exist.
 */
export function missingPod(checks: readonly TaskCheck[], applied: readonly string[]): string | undefined {
  for (const c of checks) {
    if ('pod' in c && !applied.includes(c.pod)) return c.pod;
  }
  return undefined;
}

/** The container names a check reads: `container`, `containers`, and `first`/`then` (a name, or a `{ container, event }`). */
export function checkContainers(check: TaskCheck): string[] {
  const c = check as { container?: unknown; containers?: unknown; first?: unknown; then?: unknown };
  const one = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' && typeof (x as { container?: unknown }).container === 'string' ? [(x as { container: string }).container] : []);
  return [...one(c.container), ...(Array.isArray(c.containers) ? c.containers.filter((x): x is string => typeof x === 'string') : []), ...one(c.first), ...one(c.then)];
}

/**
 * The first container a step's checks name that the answer's object of that Pod's name (a Pod, or
 * a Job whose Pods the check reads) does not have in `containers` or `initContainers`, with the
 * names it has. Undefined when every named container exists, or the Pod is not the answer's (a
 * given/ object; a missing Pod is missingPod's).
 */
export function missingContainer(checks: readonly TaskCheck[], objects: readonly AnswerObject[]): { pod: string; container: string; has: string[] } | undefined {
  for (const c of checks) {
    if (!('pod' in c)) continue;
    const has = objects.find((o) => o.name === c.pod && o.containers)?.containers;
    if (!has) continue;
    const container = checkContainers(c).find((n) => !has.includes(n));
    if (container) return { pod: c.pod, container, has };
  }
  return undefined;
}

/** Names of the objects in the task's given/ files (the checker's own objects, any step). */
export function givenNames(loaded: LoadedTask): string[] {
  // Parsed with the yaml library the loader already validated these files with, not a pattern.
  return [...loaded.given.values()].flatMap((text) =>
    parseAllDocuments(text).map((d) => (d.toJS() as { metadata?: { name?: unknown } } | null)?.metadata?.name).filter((n): n is string => typeof n === 'string'),
  );
}

export async function checkTask(loaded: LoadedTask, answer: Answer, o: CheckTaskOptions): Promise<TaskResult> {
  const { task } = loaded;
  const lang = o.lang ?? DEFAULT_LAB_LANG;
  const m = practiceMessages(lang);
  const said = messages(lang);
  const text = taskText(task, lang);
  const { kubectl, out } = o;
  const t0 = Date.now();
  const ns = practiceNamespace(task.name);
  const result: TaskResult = { task: task.name, lang, passed: false, durationMs: 0, namespace: ns, checks: [] };
  out(said.run.header(task.name, text.title, ns));
  const creating = kubectl.createNamespace(ns, task.name);
  const cleanup = o.keep
    ? undefined
    : onCleanup(async () => {
        await creating.catch(() => undefined);
        log(said.namespace.outcome(ns, said.namespace.outcomes[await kubectl.deleteLabNamespace(ns)]));
      });
  const memory = newRunMemory();
  // What the answer and the checker's given/ files can create, by name (read once, not per step).
  const creatable = [...answer.objects.map((x) => x.name), ...givenNames(loaded)];
  const push = (r: TaskCheckResult) => {
    result.checks.push(r);
    out(formatTaskCheck(r, lang));
  };
  try {
    await creating;
    let applied = false;
    for (const [i, step] of task.steps.entries()) {
      out(said.run.step(i + 1, task.steps.length, text.steps[i]));
      if (applied && result.checks.some((c) => c.status === 'fail')) {
        // An earlier step failed: this step's objects, wait and hold would only delay the verdict
        // (its checks read what the failed ones were about). Its checks are shown as not checked.
        for (const c of step.checks) push({ id: c.id, title: text.checks[c.id].title, status: 'not-run', evidence: m.notRunAfterFailure });
        continue;
      }
      for (const file of step.given ?? []) {
        log(`kubectl apply -n ${ns} -f given/${file}  ${m.givenObject}`);
        await kubectl.apply(ns, loaded.given.get(file)!);
      }
      if (step.answer) {
        log(`kubectl apply -n ${ns} -f ${answer.files.map((f) => f.path).join(' -f ')}`);
        const r = await kubectl.run(['apply', '-n', ns, '-f', '-'], { input: answerManifest(answer), allowFailure: true });
        const said = usefulLines(`${r.stderr}\n${r.stdout}`, 6).join(' ⏎ ');
        applied = r.code === 0;
        push({ id: ACCEPTED, title: m.accepted.title, status: applied ? 'pass' : 'fail', evidence: `kubectl apply: exit ${r.code}${said ? `: ${said}` : ''}`, ...(applied ? {} : { hint: m.accepted.hint }) });
      }
      if (!applied) {
        // Checks of a step before the answer, or after a refused answer, have nothing to judge.
        for (const c of step.checks) push({ id: c.id, title: text.checks[c.id].title, status: 'not-run', evidence: m.notRun });
        continue;
      }
      // A Pod that nothing applied can never appear: say so at once instead of waiting it out.
      const missing = missingPod(step.checks.map((c) => c.check), creatable);
      // Likewise a container the answer's Pod does not have: no wait can make it appear.
      const noContainer = missing ? undefined : missingContainer(step.checks.map((c) => c.check), answer.objects);
      let waited = false;
      if (missing) {
        out(m.missingPod(missing, answer.objects.map((x) => `${x.kind} ${x.name}`)));
      } else if (noContainer) {
        out(m.missingContainer(noContainer.pod, noContainer.container, noContainer.has));
      } else {
        if (step.until) {
          const target = step.checks.find((c) => c.id === step.until!.check)!;
          const deadline = Date.now() + step.until.timeoutSeconds * 1000;
          const title = text.checks[target.id].title;
          log(m.waitingUntil(step.until.timeoutSeconds, title));
          // Not progress.ts poll(): its end is an error (here the checks are judged as they stand),
          // and its words follow the CLI's --lang, not `lang`, and say "for" a resource. Its
          // heartbeat, though: a minute of silence read as a hung checker.
          const tw = Date.now();
          let beat = tw;
          let ok = false;
          while (!ok && Date.now() < deadline) {
            ok = (await judgeNow(kubectl, ns, target.check, memory, lang).catch(() => ({ pass: false }))).pass;
            if (!ok && Date.now() - beat >= (o.heartbeatMs ?? 10_000)) {
              beat = Date.now();
              log(m.stillWaitingUntil(title, elapsed(tw)));
            }
            if (!ok) await sleep(o.pollIntervalMs ?? 1000);
          }
          log(ok ? m.waitedUntil(((Date.now() - t0) / 1000).toFixed(1)) : m.notWithin(step.until.timeoutSeconds));
          waited = ok;
        }
        if (step.holdSeconds) {
          log(said.run.holding(step.holdSeconds));
          await sleep(step.holdSeconds * 1000);
        }
      }
      for (const c of step.checks) {
        // The Pod status the API server holds can lag what an exec or a log has already shown (the
        // kubelet reports it a moment later: CI saw writer "waiting (PodInitializing)" right after an
        // exec into writer had answered). Once the step's wait has succeeded, a failing check of any
        // kind gets SETTLE_MS to catch up (the runner's rule, checks/arrival.ts, is narrower: a lab's
        // checks are its author's, a practice task's are checked against a reader's own answer);
        // what fails for good (an order, a restart) still fails. In a step with no wait, a log line
        // or a Job condition (ARRIVING_KINDS) gets the window too: the line a hold is there for can
        // be written just before the hold ends, and a sidecar reads its file once a second. After a
        // wait that failed, nothing is read again.
        const arriving = !step.until && (ARRIVING_KINDS as ReadonlySet<string>).has(c.check.kind);
        const { value: v } = await settle(() => judgeNow(kubectl, ns, c.check, memory, lang), (r) => r.pass, {
          windowMs: waited || arriving ? SETTLE_MS : 0,
          pollMs: o.pollIntervalMs ?? 1000,
          sleep,
        });
        const t = text.checks[c.id];
        if (o.record) {
          const { dir, answer: label, serverVersion } = o.record;
          writeRecording(dir, { lab: task.name, variant: label, serverVersion, check: { id: c.id, title: c.title, check: v.resolved as Check }, observation: v.obs, verdict: { pass: v.pass, evidence: v.evidence } });
        }
        push({ id: c.id, title: t.title, status: v.pass ? 'pass' : 'fail', evidence: v.shown, ...(v.pass ? {} : { hint: t.hint, see: c.see }) });
      }
    }
    result.passed = result.checks.every((c) => c.status === 'pass');
    if (!result.passed) {
      const events = await kubectl.events(ns).catch(() => [] as string[]);
      log(`${m.reported(ns)}\n${events.slice(-15).map((e) => `  ${e}`).join('\n') || `  ${m.none}`}`);
    }
  } finally {
    result.durationMs = Date.now() - t0;
    if (cleanup) await cleanup();
    else await kubectl.markKept(ns).catch(() => undefined);
  }
  return result;
}
