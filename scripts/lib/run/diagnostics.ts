/** What a failed lab leaves behind for debugging, printed before its namespace is deleted. */
import type { Kubectl } from '../target/kubectl';
import type { Lab } from '../labs/lab-schema';
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';
import { containerNames } from '../checks/pod';

const LOG_TAIL = 20;

/** Every Pod the lab waits on or checks. */
export function podsOf(lab: Lab): string[] {
  const names = lab.steps.flatMap((s) => [...(s.wait ? [s.wait.pod] : []), ...s.checks.flatMap((c) => ('pod' in c.check ? [c.check.pod] : []))]);
  return [...new Set(names)];
}

/** The namespace's events in time order, then the last log lines of each Pod the lab uses; headings in `lang`. */
export async function diagnostics(kubectl: Kubectl, namespace: string, lab: Lab, lang?: LabLang): Promise<string> {
  const m = messages(lang).diagnostics;
  const lines: string[] = [m.events(namespace)];
  try {
    lines.push(...(await kubectl.events(namespace)).map((e) => `  ${e}`));
  } catch (err) {
    lines.push(m.eventsUnreadable((err as Error).message.split('\n')[0]));
  }
  for (const name of podsOf(lab)) {
    const pod = await kubectl.pod(namespace, name).catch(() => undefined);
    if (!pod) {
      lines.push(m.podMissing(name));
      continue;
    }
    for (const c of containerNames(pod)) {
      lines.push(m.logs(name, c, LOG_TAIL));
      const text = await kubectl.logs(namespace, name, c, LOG_TAIL);
      lines.push(...text.trimEnd().split('\n').map((l) => `  ${l}`));
    }
  }
  return lines.join('\n');
}
