import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labNames, loadAllLabs, loadLab, LabError } from '../lib/labs';

const good = {
  name: 'tmp-lab',
  title: 't',
  proves: ['p'],
  doc: 'd',
  steps: [{ title: 's', apply: ['pod.yaml'], checks: [] as unknown[] }],
};

const root = mkdtempSync(join(tmpdir(), 'labs-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a lab folder under a fresh labs dir; returns that dir. */
function labsWith(folder: string, def: unknown, manifests: Record<string, string> = { 'pod.yaml': 'kind: Pod\n' }): string {
  const dir = mkdtempSync(join(root, 'labs-'));
  mkdirSync(join(dir, folder, 'manifests'), { recursive: true });
  writeFileSync(join(dir, folder, 'lab.ts'), `export default ${JSON.stringify(def)};\n`);
  for (const [f, text] of Object.entries(manifests)) writeFileSync(join(dir, folder, 'manifests', f), text);
  return dir;
}

async function problems(dir: string, name: string): Promise<string[]> {
  const err = await loadLab(name, dir).then(() => undefined, (e: unknown) => e);
  expect(err, 'expected the lab to be rejected').toBeInstanceOf(LabError);
  return (err as LabError).problems;
}

describe('lab loader', () => {
  it('loads every lab in labs/', async () => {
    const loaded = await loadAllLabs();
    expect(loaded.map((l) => l.lab.name)).toEqual(labNames());
    expect(loaded.length).toBeGreaterThan(0);
  });

  it('accepts a well-formed lab', async () => {
    const { lab } = await loadLab('tmp-lab', labsWith('tmp-lab', good));
    expect(lab.steps[0].apply).toEqual(['pod.yaml']);
  });

  it('reports a schema error as `<file>: <field.path>: <message>`', async () => {
    const bad = { ...good, steps: [{ ...good.steps[0], wait: { pod: 'app', until: { phase: 'Running' }, timeoutSeconds: -1 } }] };
    const [line] = await problems(labsWith('tmp-lab', bad), 'tmp-lab');
    expect(line).toMatch(/tmp-lab\/lab\.ts: steps\.0\.wait\.timeoutSeconds: .*>0/);
  });

  it('reports a YAML syntax error as `<file>:<line>: <message>`', async () => {
    const dir = labsWith('tmp-lab', good, { 'pod.yaml': 'kind: Pod\nmetadata:\n  name: [unclosed\n' });
    const [line] = await problems(dir, 'tmp-lab');
    expect(line).toMatch(/tmp-lab\/manifests\/pod\.yaml:\d+: /);
  });

  it('reports a step that names a missing manifest', async () => {
    const [line] = await problems(labsWith('tmp-lab', good, {}), 'tmp-lab');
    expect(line).toMatch(/tmp-lab\/lab\.ts: steps\.0\.apply\.0: .*pod\.yaml does not exist/);
  });

  it('reports a folder whose name differs from the lab name', async () => {
    const [line] = await problems(labsWith('other-name', good), 'other-name');
    expect(line).toMatch(/other-name\/lab\.ts: name: "tmp-lab" differs from its folder name "other-name"/);
  });

  it('lists the valid names for an unknown lab', async () => {
    await expect(loadLab('nope')).rejects.toThrow(new RegExp(`unknown lab "nope": valid names are ${labNames().join(', ')}`));
  });
});
