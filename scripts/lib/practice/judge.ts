/**
 * Judges a task's check. The labs' kinds go to scripts/lib/checks/judge.ts unchanged; the practice
 * kinds (schema.ts) are judged here. Pure, like judge.ts: the unit tests feed it Pods recorded
 * from a real cluster (scripts/lib/practice/__fixtures__).
 */
import { judge, type Observation, type Verdict } from '../checks/judge';
import type { Check } from '../labs/lab-schema';
import { containerStatus, describeState, type Pod } from '../checks/pod';
import type { PracticeCheck, TaskCheck } from './schema';
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';

const PRACTICE_KINDS = new Set<string>(['init-done-before', 'init-no-restarts']);

export function isPracticeCheck(check: TaskCheck): check is PracticeCheck {
  return PRACTICE_KINDS.has(check.kind);
}

type InitSpec = { name: string; restartPolicy?: string };

/** The Pod's init containers as written, split into regular ones and native sidecars (`restartPolicy: Always`; k8s docs, "Sidecar containers"). */
export function initContainers(pod: Pod): { regular: string[]; sidecars: string[] } {
  const all = (pod.spec?.initContainers ?? []) as InitSpec[];
  return { regular: all.filter((c) => c.restartPolicy !== 'Always').map((c) => c.name), sidecars: all.filter((c) => c.restartPolicy === 'Always').map((c) => c.name) };
}

function startedAt(pod: Pod, name: string): string | undefined {
  const s = containerStatus(pod, name);
  return s?.state?.running?.startedAt ?? s?.state?.terminated?.startedAt ?? s?.lastState?.running?.startedAt ?? s?.lastState?.terminated?.startedAt;
}

/** Like checks/judge.ts `judge`: the evidence in `lang`, else in the CLI's --lang; the English line is canonical (recordings). */
export function judgeTaskCheck(check: TaskCheck, obs: Observation, lang?: LabLang): Verdict {
  if (!isPracticeCheck(check)) return judge(check as Check, obs, lang);
  const { pod } = obs;
  const m = messages(lang).evidence;
  switch (check.kind) {
    case 'init-done-before': {
      const { regular } = initContainers(pod);
      if (regular.length === 0) return { pass: false, evidence: m.noRegularInit(pod.metadata.name, Boolean(pod.spec)) };
      const start = startedAt(pod, check.then);
      const seen = regular.map((name) => {
        const t = containerStatus(pod, name)?.state?.terminated;
        const ok = t !== undefined && t.exitCode === 0 && start !== undefined && t.finishedAt !== undefined && Date.parse(t.finishedAt) <= Date.parse(start);
        return { ok, text: `${name}: ${describeState(containerStatus(pod, name)?.state, lang)}` };
      });
      const pass = seen.every((s) => s.ok);
      return { pass, evidence: `${seen.map((s) => s.text).join('; ')}; ${m.started(check.then, start)}` };
    }
    case 'init-no-restarts': {
      const { regular, sidecars } = initContainers(pod);
      const names = [...regular, ...sidecars];
      if (names.length === 0) return { pass: false, evidence: m.noInitContainers(pod.metadata.name, Boolean(pod.spec)) };
      const exit = (t: { exitCode: number; reason?: string }) => `${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`;
      const seen = names.map((name) => {
        const s = containerStatus(pod, name);
        const n = s?.restartCount ?? 0;
        const last = s?.lastState?.terminated;
        // A run that has just failed shows in `state` until the kubelet restarts it (and in `lastState` after).
        const failed = s?.state?.terminated && s.state.terminated.exitCode !== 0 ? s.state.terminated : undefined;
        const said = [last ? m.lastRunExited(exit(last)) : '', failed ? m.exitedNow(exit(failed)) : ''].filter(Boolean);
        return { ok: n === 0 && !last && !failed, text: `${name}: restartCount ${n}${said.length ? `, ${said.join(', ')}` : ''}` };
      });
      return { pass: seen.every((s) => s.ok), evidence: seen.map((s) => s.text).join('; ') };
    }
  }
}
