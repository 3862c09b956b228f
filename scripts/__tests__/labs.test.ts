import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labNames, loadAllLabs, loadLab, LabError, manifestsFor } from '../lib/labs';
import { verdictOf } from '../lib/run-lab';

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

describe('lab variants', () => {
  const withCheck = { ...good, steps: [{ ...good.steps[0], checks: [{ id: 'c1', title: 't', check: { kind: 'pod-phase', pod: 'app', phase: 'Running' } }] }] };
  const variant = (v: object) => ({ ...withCheck, variants: { broken: { why: 'w', replace: ['pod.yaml'], expectFailing: ['c1'], ...v } } });

  it('every real lab has a broken variant that its checks must catch', async () => {
    for (const { lab, variants } of await loadAllLabs()) {
      expect(variants.get('broken')?.size, `labs/${lab.name}/lab.ts: add variants.broken`).toBeGreaterThan(0);
    }
  });

  it('swaps in the variant file and keeps the other manifests', async () => {
    const dir = labsWith('tmp-lab', variant({}), { 'pod.yaml': 'kind: Pod\n', 'svc.yaml': 'kind: Service\n' });
    mkdirSync(join(dir, 'tmp-lab', 'variants', 'broken'), { recursive: true });
    writeFileSync(join(dir, 'tmp-lab', 'variants', 'broken', 'pod.yaml'), 'kind: Pod # broken\n');
    const loaded = await loadLab('tmp-lab', dir);
    expect(Object.fromEntries(manifestsFor(loaded, 'broken'))).toEqual({ 'pod.yaml': 'kind: Pod # broken\n', 'svc.yaml': 'kind: Service\n' });
    expect(() => manifestsFor(loaded, 'other')).toThrow(/has no variant "other": its variants are broken/);
  });

  it('reports a missing variant file and an unknown expected-failing check', async () => {
    const lines = await problems(labsWith('tmp-lab', variant({ expectFailing: ['nope'] })), 'tmp-lab');
    expect(lines).toEqual([
      expect.stringMatching(/tmp-lab\/lab\.ts: variants\.broken\.replace\.0: .*variants\/broken\/pod\.yaml does not exist/),
      expect.stringMatching(/tmp-lab\/lab\.ts: variants\.broken\.expectFailing\.0: no check has id "nope"/),
    ]);
  });

  it('a variant passes only when exactly its expected checks fail', () => {
    expect(verdictOf(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(verdictOf(['a'], ['a', 'b'])).toBe(false); // b was expected to catch the breakage and did not
    expect(verdictOf(['a', 'c'], ['a'])).toBe(false); // c broke too
    expect(verdictOf([], undefined)).toBe(true);
    expect(verdictOf(['a'], undefined)).toBe(false);
  });
});
