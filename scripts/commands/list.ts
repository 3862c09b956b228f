/** `lab list [--json]`: the labs, validated (a malformed lab fails the listing). */
import { loadAllLabs } from '../lib/labs';

export async function list(o: { json: boolean; labsDir?: string }): Promise<number> {
  const labs = await loadAllLabs(o.labsDir);
  if (o.json) {
    const rows = labs.map(({ lab }) => ({ name: lab.name, title: lab.title, doc: lab.doc, steps: lab.steps.length, checks: lab.steps.reduce((n, s) => n + s.checks.length, 0) }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...labs.map(({ lab }) => lab.name.length), 4);
  for (const { lab } of labs) process.stdout.write(`${lab.name.padEnd(width)}  ${lab.title}\n`);
  return 0;
}
