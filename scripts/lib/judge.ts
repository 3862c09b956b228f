/**
 * Judges one check against what was observed in the cluster. Pure: no kubectl here, so the
 * unit tests feed it Pod objects recorded from a real run (scripts/lib/__fixtures__).
 */
import type { Check } from './lab-schema';
import { containerStatus, describeContainer, describeState, type ContainerState, type Pod } from './pod';

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
}

export interface Verdict {
  pass: boolean;
  evidence: string;
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

export function judge(check: Check, obs: Observation): Verdict {
  const { pod } = obs;
  switch (check.kind) {
    case 'container-running': {
      const s = containerStatus(pod, check.container);
      return { pass: Boolean(s?.state?.running), evidence: describeContainer(pod, check.container) };
    }
    case 'container-exited': {
      const t = terminated(check.container, pod);
      const pass = t !== undefined && t.exitCode === check.exitCode;
      const seen = t ? `exited ${t.exitCode}${t.reason ? ` (${t.reason})` : ''} at ${t.finishedAt ?? '?'}` : describeState(containerStatus(pod, check.container)?.state);
      return { pass, evidence: `${check.container}: ${seen} (expected exit ${check.exitCode})` };
    }
    case 'container-not-started': {
      const s = containerStatus(pod, check.container);
      const pass = !s || (!s.state?.running && !s.state?.terminated && !s.lastState?.running && !s.lastState?.terminated && !s.restartCount);
      return { pass, evidence: describeContainer(pod, check.container) };
    }
    case 'exits-before-start': {
      const finished = terminated(check.first, pod)?.finishedAt;
      const start = started(check.then, pod);
      const pass = finished !== undefined && start !== undefined && notAfter(finished, start);
      return { pass, evidence: `${check.first}: finished ${finished ?? 'never'}; ${check.then}: started ${start ?? 'never'}` };
    }
    case 'starts-before': {
      const a = started(check.first, pod);
      const b = started(check.then, pod);
      const gap = a !== undefined && b !== undefined ? (Date.parse(b) - Date.parse(a)) / 1000 : undefined;
      const min = check.minGapSeconds ?? 0;
      const pass = gap !== undefined && (min > 0 ? gap >= min : notAfter(a!, b!));
      const gapText = gap === undefined ? '' : ` (${gap}s later${min > 0 ? `; expected ≥ ${min}s` : ''})`;
      return { pass, evidence: `${check.first}: started ${a ?? 'never'}; ${check.then}: started ${b ?? 'never'}${gapText}` };
    }
    case 'run-together': {
      const pass = check.containers.every((c) => containerStatus(pod, c)?.state?.running);
      return { pass, evidence: check.containers.map((c) => describeContainer(pod, c)).join('; ') };
    }
    case 'has-restarted': {
      const n = containerStatus(pod, check.container)?.restartCount ?? 0;
      return { pass: n >= check.min, evidence: `${check.container}: restartCount ${n} (expected ≥ ${check.min})` };
    }
    case 'pod-phase': {
      const phase = pod.status?.phase ?? 'unknown';
      return { pass: phase === check.phase, evidence: `${pod.metadata.name}: phase ${phase} (expected ${check.phase})` };
    }
    case 'exec': {
      const r = obs.exec;
      if (!r) return { pass: false, evidence: 'the command was not run' };
      const pass = r.code === 0 && r.stdout.includes(check.stdoutIncludes);
      const err = r.code !== 0 && r.stderr.trim() ? `, stderr: ${quote(r.stderr)}` : '';
      return { pass, evidence: `exit ${r.code}, stdout: ${quote(matchingLine(r.stdout, check.stdoutIncludes))}${err}` };
    }
    case 'log-includes': {
      const text = obs.log ?? '';
      const pass = text.includes(check.text);
      return { pass, evidence: pass ? `log line: ${quote(matchingLine(text, check.text))}` : `not in ${text.split('\n').filter(Boolean).length} log line(s); last: ${quote(text.trim().split('\n').pop() ?? '')}` };
    }
  }
}

/** The line that contains `needle` (the whole text if none does), so evidence quotes what matched. */
function matchingLine(text: string, needle: string): string {
  return text.split('\n').find((l) => l.includes(needle)) ?? text;
}
