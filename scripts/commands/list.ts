/** `lab list [--json] [--lang ko|en]`: the labs, validated (a malformed lab fails the listing). */
import { loadAllLabs } from '../lib/labs/labs';
import { DEFAULT_LAB_LANG, labText, type LabLang } from '../lib/labs/lab-text';

export async function list(o: { json: boolean; lang?: LabLang; labsDir?: string }): Promise<number> {
  const lang = o.lang ?? DEFAULT_LAB_LANG;
  const labs = await loadAllLabs(o.labsDir);
  if (o.json) {
    const rows = labs.map(({ lab }) => ({ name: lab.name, lang, title: labText(lab, lang).title, doc: lab.doc, steps: lab.steps.length, checks: lab.steps.reduce((n, s) => n + s.checks.length, 0) }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...labs.map(({ lab }) => lab.name.length), 4);
  for (const { lab } of labs) process.stdout.write(`${lab.name.padEnd(width)}  ${labText(lab, lang).title}\n`);
  return 0;
}
