/**
 * Judges one check against what was observed in the cluster. Pure: no kubectl here, so the
 * unit tests feed it Pod objects recorded from a real run (scripts/lib/checks/__fixtures__).
 */
import { isApiCheck, judgeApiCheck, type ApiObservation } from './api/judge';
import type { Check } from '../labs/lab-schema';
import { describeEvent, gapMs, occurrences, parseLifecycle, timeline } from './lifecycle';
import { containerStatus, describeContainer, describePod, describeState, podStatusColumn, type ContainerState, type Job, type Pod } from './pod';
import { formatChanges, matchedInOrder, statusChanges } from './status-history';
import type { LabLang } from '../labs/lab-text';
import { messages, MESSAGES } from '../output/messages';

/**
 * What kubectl said instead of a log, when `text` is the whole of kubectl.logs' `(no logs: …)` line
 * (messages.ts command.noLogs, in either language; e.g. `error: container log-shipper is not valid
 * for pod webapp`); undefined for a real log.
 */
export function logRefusal(text: string): string | undefined {
  const t = text.trim();
  for (const m of Object.values(MESSAGES)) {
    const [pre, post] = m.command.noLogs('\u0000').split('\u0000');
    if (t.startsWith(pre) && t.endsWith(post) && !t.includes('\n')) return t.slice(pre.length, t.length - post.length);
  }
  return undefined;
}

export interface ExecObservation {
  code: number;
  stdout: string;
  stderr: string;
}

/** What the runner saw for one check: the Pod fetched fresh, and for some kinds a command's result or a log. */
export interface Observation {
  pod: Pod;
  exec?: ExecObservation;
  log?: string;
  /** Lifecycle checks: every container's log (current and previous run), concatenated. */
  lifecycle?: string;
  /** `same-pod`: the `metadata.uid` this Pod had when the run first saw it. */
  firstUid?: string;
  /** `pod-status-seen`: this Pod's lines of `kubectl get pods -w -o wide` so far, stamped (status-history.ts). */
  watch?: string[];
  /** `job-condition`: the Job, and its Pods for the evidence. */
  job?: Job;
  jobPods?: Pod[];
  /** The API check kinds (api-checks/): an apply's output, a deletion, a quota's status. */
  api?: ApiObservation;
}

export interface Verdict {
  pass: boolean;
  evidence: string;
  /**
   * Lifecycle checks: the Pod's LIFECYCLE lines in time order (lifecycle.ts `timeline`). Kept out
   * of `evidence` because every lifecycle check of a step reads the same logs: the runner prints
   * each distinct timeline once per step, not once per check.
   */
  timeline?: string;
}

/** Shortens and quotes output for evidence lines. */
export function quote(text: string, max = 120): string {
  const flat = text.trim().replace(/\s*\n\s*/g, ' ⏎ ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

function terminated(name: string, pod: Pod) {
  const s = containerStatus(pod, name);
  return s?.state?.terminated ?? s?.lastState?.terminated;
}

function startedAt(state: ContainerState | undefined): string | undefined {
  return state?.running?.startedAt ?? state?.terminated?.startedAt;
}

function started(name: string, pod: Pod): string | undefined {
  const s = containerStatus(pod, name);
  return startedAt(s?.state) ?? startedAt(s?.lastState);
}

/** RFC3339 timestamps with 1 s resolution: equal seconds count as "before". */
function notAfter(a: string, b: string): boolean {
  return Date.parse(a) <= Date.parse(b);
}

/**
 * The verdict of `check` on `obs`. The evidence line is in `lang`, else in the CLI's --lang
 * (messages.ts; Korean by default): only its connecting words change (evidence-messages.ts), the
 * values stay as Kubernetes prints them. The English line is canonical (`run --json`, `--record`,
 * `checks[].evidence` in evidence.json; timing.ts and evidence-values.ts read it), so callers that
 * store or parse the line pass `'en'`.
 */
export function judge(check: Check, obs: Observation, lang?: LabLang): Verdict {
  if (isApiCheck(check)) return judgeApiCheck(check, obs, lang);
  const { pod } = obs;
  const m = messages(lang).evidence;
  const container = (name: string) => describeContainer(pod, name, lang);
  switch (check.kind) {
    case 'container-running': {
      const s = containerStatus(pod, check.container);
      return { pass: Boolean(s?.state?.running), evidence: container(check.container) };
    }
    case 'container-exited': {
      const t = terminated(check.container, pod);
      const pass = t !== undefined && t.exitCode === check.exitCode;
      const seen = t ? m.exited(`${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`, t.finishedAt ?? '?') : describeState(containerStatus(pod, check.container)?.state, lang);
      return { pass, evidence: m.containerExited(check.container, seen, String(check.exitCode)) };
    }
    case 'container-not-started': {
      const s = containerStatus(pod, check.container);
      const pass = !s || (!s.state?.running && !s.state?.terminated && !s.lastState?.running && !s.lastState?.terminated && !s.restartCount);
      return { pass, evidence: container(check.container) };
    }
    case 'exits-before-start': {
      const finished = terminated(check.first, pod)?.finishedAt;
      const start = started(check.then, pod);
      const pass = finished !== undefined && start !== undefined && notAfter(finished, start);
      return { pass, evidence: `${m.finished(check.first, finished)}; ${m.started(check.then, start)}` };
    }
    case 'starts-before': {
      const a = started(check.first, pod);
      const b = started(check.then, pod);
      const gap = a !== undefined && b !== undefined ? (Date.parse(b) - Date.parse(a)) / 1000 : undefined;
      const min = check.minGapSeconds ?? 0;
      const pass = gap !== undefined && (min > 0 ? gap >= min : notAfter(a!, b!));
      const gapText = gap === undefined ? '' : m.secondsLater(String(gap), min > 0 ? String(min) : '');
      return { pass, evidence: `${m.started(check.first, a)}; ${m.started(check.then, b)}${gapText}` };
    }
    case 'run-together': {
      const pass = check.containers.every((c) => containerStatus(pod, c)?.state?.running);
      return { pass, evidence: check.containers.map(container).join('; ') };
    }
    case 'has-restarted': {
      const n = containerStatus(pod, check.container)?.restartCount ?? 0;
      return { pass: n >= check.min, evidence: m.restartCount(check.container, String(n), String(check.min)) };
    }
    case 'pod-phase': {
      const phase = pod.status?.phase;
      return { pass: phase === check.phase, evidence: m.phase(pod.metadata.name, phase, check.phase) };
    }
    case 'exec': {
      const r = obs.exec;
      if (!r) return { pass: false, evidence: m.notRun };
      const pass = r.code === 0 && r.stdout.includes(check.stdoutIncludes);
      const err = r.code !== 0 && r.stderr.trim() ? quote(r.stderr) : '';
      return { pass, evidence: m.exec(String(r.code), quote(matchingLine(r.stdout, check.stdoutIncludes)), err) };
    }
    case 'log-includes': {
      const text = obs.log ?? '';
      const pass = text.includes(check.text);
      if (pass) return { pass, evidence: m.logLine(quote(matchingLine(text, check.text))) };
      // kubectl.logs gives kubectl's refusal in place of a log ("(no logs: …)", in either language): not a line the container printed.
      const refusal = logRefusal(text);
      if (refusal !== undefined) return { pass, evidence: m.noLog(quote(refusal)) };
      return { pass, evidence: m.notInLog(String(text.split('\n').filter(Boolean).length), quote(text.trim().split('\n').pop() ?? '')) };
    }
    case 'never-restarted': {
      const s = containerStatus(pod, check.container);
      const pass = Boolean(s) && !s!.restartCount && !s!.lastState?.terminated && Boolean(s!.state?.running ?? s!.state?.terminated);
      return { pass, evidence: `${container(check.container)}${s && !s.restartCount ? ', restartCount 0' : ''}` };
    }
    case 'pod-status': {
      const status = podStatusColumn(pod);
      return { pass: check.oneOf.includes(status), evidence: m.podStatus(pod.metadata.name, status, check.oneOf, describePod(pod, lang)) };
    }
    case 'same-pod': {
      const uid = pod.metadata.uid as string | undefined;
      const created = pod.metadata.creationTimestamp as string | undefined;
      const pass = uid !== undefined && uid === obs.firstUid;
      return { pass, evidence: m.samePod(pod.metadata.name, uid, created ?? '?', obs.firstUid) };
    }
    case 'pod-status-seen': {
      const seen = statusChanges(obs.watch ?? [], check.pod);
      const matched = matchedInOrder(seen, check.sequence);
      const forbidden = [...new Set(seen.map((s) => s.status).filter((s) => check.never?.includes(s)))];
      const pass = matched === check.sequence.length && forbidden.length === 0;
      const expected = m.statusExpected(check.sequence, check.never);
      const wrong = [
        matched < check.sequence.length ? m.statusMissing(check.sequence[matched], matched > 0 ? check.sequence[matched - 1] : undefined) : '',
        forbidden.length ? m.statusForbidden(forbidden) : '',
      ].filter(Boolean);
      const shown = m.statusSeen(seen.length ? formatChanges(seen) : undefined);
      return { pass, evidence: `${pod.metadata.name}: ${shown} (${expected})${wrong.length ? `: ${wrong.join('; ')}` : ''}` };
    }
    case 'lifecycle-order': {
      const events = parseLifecycle(obs.lifecycle ?? '');
      const a = occurrences(events, check.first.container, check.first.event)[0];
      const b = occurrences(events, check.then.container, check.then.event)[0];
      const gap = a && b ? gapMs(a, b) : undefined;
      const min = check.minGapMs ?? 0;
      const pass = gap !== undefined && gap >= min && (check.maxGapMs === undefined || gap <= check.maxGapMs);
      const bounds = [check.minGapMs !== undefined ? `≥ ${check.minGapMs}ms` : '', check.maxGapMs !== undefined ? `≤ ${check.maxGapMs}ms` : ''].filter(Boolean);
      const gapText = gap === undefined ? '' : m.msLater(String(Math.abs(gap)), gap < 0, bounds);
      return {
        pass,
        evidence: `${describeEvent(a, check.first.container, check.first.event, lang)}; ${describeEvent(b, check.then.container, check.then.event, lang)}${gapText}`,
        timeline: timeline(events, undefined, lang),
      };
    }
    case 'lifecycle-together': {
      const events = parseLifecycle(obs.lifecycle ?? '');
      const firsts = check.containers.map((c) => ({ c, e: occurrences(events, c, check.event)[0] }));
      const missing = firsts.filter((x) => !x.e).map((x) => x.c);
      const times = firsts.flatMap((x) => (x.e ? [x.e] : [])).sort((a, b) => a.t - b.t);
      const spread = times.length > 1 ? gapMs(times[0], times.at(-1)!) : 0;
      const pass = missing.length === 0 && spread <= check.maxGapMs;
      const seen = firsts.map((x) => describeEvent(x.e, x.c, check.event, lang)).join('; ');
      return { pass, evidence: `${seen}${m.spread(missing.length ? undefined : `${spread}ms`, `${check.maxGapMs}ms`)}`, timeline: timeline(events, undefined, lang) };
    }
    case 'lifecycle-count': {
      const events = parseLifecycle(obs.lifecycle ?? '');
      const found = occurrences(events, check.container, check.event);
      const at = found.map((e) => `@${e.t.toFixed(2)}s`).join(', ');
      return { pass: found.length === check.count, evidence: m.times(check.container, check.event, String(found.length), at, String(check.count)), timeline: timeline(events, undefined, lang) };
    }
    case 'container-ready': {
      const s = containerStatus(pod, check.container);
      const running = Boolean(s?.state?.running);
      const ready = s?.ready === true;
      const pass = running && ready === check.ready;
      const state = s ? m.ready(String(ready), s.started === undefined ? undefined : String(s.started)) : '';
      return { pass, evidence: `${container(check.container)}${state}${m.readyExpected(String(check.ready))}` };
    }
    case 'job-condition': {
      const job = obs.job;
      if (!job) return { pass: false, evidence: m.jobMissing(check.job) };
      const conds = job.status?.conditions ?? [];
      const pass = conds.some((c) => c.type === check.condition && c.status === 'True');
      const shown = conds.length ? conds.map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`).join(', ') : m.noConditions;
      const counts = `active ${job.status?.active ?? 0}, succeeded ${job.status?.succeeded ?? 0}, failed ${job.status?.failed ?? 0}`;
      const pods = (obs.jobPods ?? []).map((p) => `pod ${p.metadata.name}: ${describePod(p, lang)}`).join('; ');
      return { pass, evidence: `job/${check.job}: ${shown}; ${counts} ${m.jobExpected(check.condition)}${pods ? `; ${pods}` : ''}` };
    }
  }
}

/** The line that contains `needle` (the whole text if none does), so evidence quotes what matched. */
function matchingLine(text: string, needle: string): string {
  return text.split('\n').find((l) => l.includes(needle)) ?? text;
}
