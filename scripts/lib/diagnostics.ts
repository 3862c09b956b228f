/** What a failed lab leaves behind for debugging, printed before its namespace is deleted. */
import type { Kubectl } from './kubectl';
import type { Lab } from './lab-schema';
import { containerNames } from './pod';

const LOG_TAIL = 20;

/** Every Pod the lab waits on or checks. */
export function podsOf(lab: Lab): string[] {
  const names = lab.steps.flatMap((s) => [...(s.wait ? [s.wait.pod] : []), ...s.checks.flatMap((c) => ('pod' in c.check ? [c.check.pod] : []))]);
  return [...new Set(names)];
}

export async function diagnostics(kubectl: Kubectl, namespace: string, lab: Lab): Promise<string> {
  const lines: string[] = [`--- events in namespace ${namespace}`];
  try {
    lines.push(...(await kubectl.events(namespace)).map((e) => `  ${e}`));
  } catch (err) {
    lines.push(`  (could not read events: ${(err as Error).message.split('\n')[0]})`);
  }
  for (const name of podsOf(lab)) {
    const pod = await kubectl.pod(namespace, name).catch(() => undefined);
    if (!pod) {
      lines.push(`--- pod/${name}: does not exist`);
      continue;
    }
    for (const c of containerNames(pod)) {
      lines.push(`--- logs pod/${name} -c ${c} (last ${LOG_TAIL} lines)`);
      const text = await kubectl.logs(namespace, name, c, LOG_TAIL);
      lines.push(...text.trimEnd().split('\n').map((l) => `  ${l}`));
    }
  }
  return lines.join('\n');
}
