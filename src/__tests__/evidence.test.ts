/**
 * Each lab's page shows its last real run (labs/<name>/evidence.json). These tests keep that
 * honest: the evidence exists, matches the schema, names exactly the lab's current checks, was
 * recorded with every check passing, on exactly the project's Kubernetes version, and the page shows it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gateOffKubernetes, newestKubernetes, versions } from '../../scripts/cluster/versions';
import { evidenceFile } from '../../scripts/lib/evidence/evidence';
import { evidenceSchema } from '../../scripts/lib/evidence/evidence-schema';
import { evidenceCommand, lifecycleInTimeOrder, versionRuns } from '../../scripts/lib/evidence/evidence-view';
import { labNames, loadLab } from '../../scripts/lib/labs/labs';
import { fromRoot, rel } from './lib/repo';

const labs = labNames();

/** What differs between the lab's checks and the recorded ones, one line each. */
function checkDrift(current: { id: string; title: string }[], recorded: { id: string; title: string }[]): string[] {
  const rec = new Map(recorded.map((c) => [c.id, c.title]));
  const cur = new Map(current.map((c) => [c.id, c.title]));
  const lines = [
    ...current.filter((c) => !rec.has(c.id)).map((c) => `check "${c.id}" is in lab.ts but not in the evidence`),
    ...recorded.filter((c) => !cur.has(c.id)).map((c) => `check "${c.id}" is in the evidence but no longer in lab.ts`),
    ...current.filter((c) => rec.has(c.id) && rec.get(c.id) !== c.title).map((c) => `check "${c.id}": title is now "${c.title}", the evidence has "${rec.get(c.id)}"`),
  ];
  if (lines.length === 0 && current.map((c) => c.id).join() !== recorded.map((c) => c.id).join()) lines.push(`the checks are in a different order: lab.ts has ${current.map((c) => c.id).join(', ')}`);
  return lines;
}

describe('checkDrift', () => {
  it('names added, removed and retitled checks', () => {
    expect(checkDrift([{ id: 'a', title: 'A2' }, { id: 'c', title: 'C' }], [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }])).toEqual([
      'check "c" is in lab.ts but not in the evidence',
      'check "b" is in the evidence but no longer in lab.ts',
      'check "a": title is now "A2", the evidence has "A"',
    ]);
    expect(checkDrift([{ id: 'a', title: 'A' }], [{ id: 'a', title: 'A' }])).toEqual([]);
  });
});

describe('every lab shows evidence of a real run', () => {
  it.each(labs)('labs/%s/evidence.json is current and passing', async (name) => {
    const { lab, dir } = await loadLab(name);
    const file = rel(evidenceFile(dir));
    const fix = `Regenerate it from a real cluster: ${evidenceCommand(name)}`;
    expect(existsSync(evidenceFile(dir)), `${file} is missing. ${fix}`).toBe(true);

    const parsed = evidenceSchema.safeParse(JSON.parse(readFileSync(evidenceFile(dir), 'utf8')));
    expect(parsed.error?.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`) ?? [], fix).toEqual([]);
    const e = parsed.data!;
    expect(e.lab, `${file}: records lab "${e.lab}", not "${name}". ${fix}`).toBe(name);

    const current = lab.steps.flatMap((s) => s.checks.map(({ id, title }) => ({ id, title })));
    const drift = checkDrift(current, e.checks);
    expect(drift, `${file} no longer matches labs/${name}/lab.ts:\n  ${drift.join('\n  ')}\n${fix}`).toEqual([]);

    const failed = e.checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.evidence}`);
    expect(failed, `${file} was recorded from a run where checks failed; the page must show a passing run. ${fix}`).toEqual([]);

    // Exactly the pinned version: the pages show it as the version of the last real run. A lab that
    // needs native sidecars off is recorded on the release CI runs with the gate off.
    const pinned = lab.cluster ? gateOffKubernetes : versions.kubernetes;
    expect(e.serverVersion, `${file} was recorded on Kubernetes ${e.serverVersion}, but the project pins ${pinned} for it (scripts/cluster/versions.ts). ${fix}`).toBe(`v${pinned}`);
    // An ordinary lab has also passed on the newest release CI runs it on (its entry in `versions`).
    if (!lab.cluster) {
      const recorded = versionRuns(e).map((v) => v.serverVersion);
      expect(recorded, `${file} has no passing run recorded on v${newestKubernetes}: ${evidenceCommand(name)} against a v${newestKubernetes} cluster (npm run cluster:up -- --kubernetes ${newestKubernetes})`).toContain(`v${newestKubernetes}`);
    }
    expect(e.timeline.length, `${file} has no container timeline. ${fix}`).toBeGreaterThan(0);
    expect(e.transcript.length, `${file} has no kubectl get pods -w transcript. ${fix}`).toBeGreaterThan(0);

    // In time order, and each timeline once: the LIFECYCLE lines (by Pod) as the page shows them,
    // and no check repeating the whole timeline (the runner prints it once per step).
    expect(e.lifecycle, `${file}: its LIFECYCLE lines are not in time order. ${fix}`).toEqual(lifecycleInTimeOrder(e.lifecycle));
    const repeated = e.checks.filter((c) => c.evidence.includes('; timeline: ')).map((c) => c.id);
    expect(repeated, `${file}: these checks repeat the whole LIFECYCLE timeline (recorded before it was printed once per step). ${fix}`).toEqual([]);
  });

  // Both editions: the English page takes the check titles from the lab, so it must be given the lab.
  const pagesOf = (doc: string) => [`docs/${doc}.mdx`, `i18n/en/docusaurus-plugin-content-docs/current/${doc}.mdx`];
  it.each(labs)('the pages of lab %s show its evidence', async (name) => {
    const { lab } = await loadLab(name);
    for (const page of pagesOf(lab.doc)) {
      const source = readFileSync(fromRoot(page), 'utf8');
      const imported = new RegExp(`^import (\\w+) from '@site/labs/${name}/evidence\\.json';?$`, 'm').exec(source);
      const labVar = new RegExp(`^import (\\w+) from '@site/labs/${name}/lab';?$`, 'm').exec(source);
      expect(
        imported !== null && labVar !== null && new RegExp(`<LabEvidence\\s+lab=\\{${labVar[1]}\\}\\s+evidence=\\{${imported[1]}\\}`).test(source),
        `${page} must show the lab's last run: import lab from '@site/labs/${name}/lab'; import evidence from '@site/labs/${name}/evidence.json'; then <LabEvidence lab={lab} evidence={evidence} /> under <Lab lab={lab} />`,
      ).toBe(true);
    }
  });
});
