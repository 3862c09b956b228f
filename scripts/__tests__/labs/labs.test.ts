import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labNames, loadAllLabs, loadLab, LabError, manifestsFor } from '../../lib/labs/labs';
import { labText } from '../../lib/labs/lab-text';
import { setMessageLang } from '../../lib/output/messages';
import { verdictOf } from '../../lib/run/run-lab';

// These tests read the runner's lines in English; cli.test.ts checks both languages end to end.
setMessageLang('en');

const good = {
  name: 'tmp-lab',
  title: 't',
  proves: ['p'],
  doc: 'd',
  steps: [{ title: 's', apply: ['pod.yaml'], checks: [] as unknown[] }],
  en: { title: 'T', proves: ['P'], steps: ['S'], checks: {} as Record<string, string> },
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

  it('accepts a wait on anyOf / allOf conditions and rejects an anyOf of one or an unknown condition', async () => {
    const withUntil = (until: unknown) => ({ ...good, steps: [{ ...good.steps[0], wait: { pod: 'app', until, timeoutSeconds: 60 } }] });
    const anyOf = { anyOf: [{ allOf: [{ statusSeen: 'Init:CrashLoopBackOff' }, { restartsAtLeast: { container: 'app', count: 2 } }] }, { containerRunning: 'app' }] };
    const { lab } = await loadLab('tmp-lab', labsWith('tmp-lab', withUntil(anyOf)));
    expect(lab.steps[0].wait?.until).toEqual(anyOf);
    const [one] = await problems(labsWith('tmp-lab', withUntil({ anyOf: [{ phase: 'Running' }] })), 'tmp-lab');
    expect(one).toMatch(/tmp-lab\/lab\.ts: steps\.0\.wait\.until/);
    const [unknown] = await problems(labsWith('tmp-lab', withUntil({ anyOf: [{ phase: 'Running' }, { statusSeen: '' }] })), 'tmp-lab');
    expect(unknown).toMatch(/tmp-lab\/lab\.ts: steps\.0\.wait\.until/);
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

  it('lists the valid names for an unknown lab (Korean by default, English with --lang en)', async () => {
    setMessageLang('ko');
    await expect(loadLab('nope')).rejects.toThrow(`알 수 없는 실습 "nope"입니다. 실습 이름: ${labNames().join(', ')}`);
    setMessageLang('en');
    try {
      await expect(loadLab('nope')).rejects.toThrow(`unknown lab "nope": valid names are ${labNames().join(', ')}`);
      await expect(loadLab('co-locatd')).rejects.toThrow(`unknown lab "co-locatd": did you mean "co-located"? valid names are ${labNames().join(', ')}`);
    } finally {
      setMessageLang('en');
    }
  });
});

describe('lab variants', () => {
  const withCheck = { ...good, steps: [{ ...good.steps[0], checks: [{ id: 'c1', title: 't', check: { kind: 'pod-phase', pod: 'app', phase: 'Running' } }] }], en: { ...good.en, checks: { c1: 'T' } } };
  const variant = (v: object) => ({ ...withCheck, variants: { broken: { why: 'w', replace: ['pod.yaml'], expectFailing: ['c1'], ...v } }, en: { ...withCheck.en, variants: { broken: { why: 'W' } } } });

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

describe('English texts (en)', () => {
  const check = (id: string) => ({ id, title: `${id} 한국어`, check: { kind: 'pod-phase', pod: 'app', phase: 'Running' } });
  const twoChecks = {
    ...good,
    steps: [{ ...good.steps[0], checks: [check('c1'), check('c2')] }],
    en: { ...good.en, checks: { c1: 'C1', c2: 'C2' } },
  };

  it('accepts a lab whose en block covers every text', async () => {
    const { lab } = await loadLab('tmp-lab', labsWith('tmp-lab', twoChecks));
    expect(lab.en.checks).toEqual({ c1: 'C1', c2: 'C2' });
  });

  it('rejects a lab with a missing English check title, naming the lab and the check', async () => {
    const lines = await problems(labsWith('tmp-lab', { ...twoChecks, en: { ...twoChecks.en, checks: { c1: 'C1' } } }), 'tmp-lab');
    expect(lines).toEqual([expect.stringMatching(/tmp-lab\/lab\.ts: en\.checks\.c2: lab "tmp-lab": en\.checks has no English text for check "c2": add it$/)]);
  });

  it('rejects an English title for a check the lab does not have', async () => {
    const lines = await problems(labsWith('tmp-lab', { ...twoChecks, en: { ...twoChecks.en, checks: { c1: 'C1', c2: 'C2', c3: 'C3' } } }), 'tmp-lab');
    expect(lines).toEqual([expect.stringMatching(/en\.checks\.c3: lab "tmp-lab": en\.checks has "c3", which is no check of this lab/)]);
  });

  it('rejects proves and steps of another length, and variants and originals keyed otherwise', async () => {
    const def = {
      ...twoChecks,
      originals: [{ file: 'pod.yaml', why: '원본' }],
      variants: { broken: { why: 'w', replace: ['pod.yaml'], expectFailing: ['c1'] } },
      en: { ...twoChecks.en, proves: ['P', 'Q'], steps: ['S', 'T'], variants: { other: { why: 'W' } }, originals: { 'other.yaml': { why: 'O' } } },
    };
    const lines = await problems(labsWith('tmp-lab', def), 'tmp-lab');
    expect(lines.map((l) => l.replace(/^.*lab\.ts: /, ''))).toEqual([
      'en.proves: lab "tmp-lab": en.proves has 2 sentences, proves has 1: translate each one, in the same order',
      'en.steps: lab "tmp-lab": en.steps has 2 titles, steps has 1: translate each step title, in the same order',
      'en.variants.broken: lab "tmp-lab": en.variants has no English text for variant "broken": add it',
      'en.variants.other: lab "tmp-lab": en.variants has "other", which is no variant of this lab: remove or rename it',
      'en.originals.pod.yaml: lab "tmp-lab": en.originals has no English text for original "pod.yaml": add it',
      'en.originals.other.yaml: lab "tmp-lab": en.originals has "other.yaml", which is no original of this lab: remove or rename it',
    ]);
  });

  it('rejects a lab without an en block', async () => {
    const { en: _, ...korean } = good;
    const lines = await problems(labsWith('tmp-lab', korean), 'tmp-lab');
    expect(lines).toEqual([expect.stringMatching(/tmp-lab\/lab\.ts: en: /)]);
  });

  /** `code` spans of a text: the English must keep every one the Korean has. */
  const spans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();

  it.each(labNames())('labs/%s/lab.ts: the English texts are English and keep the Korean code spans', async (name) => {
    const { lab } = await loadLab(name);
    const ko = labText(lab, 'ko');
    const en = labText(lab, 'en');
    const pairs: [string, string, string][] = [
      ['title', ko.title, en.title],
      ...ko.proves.map((p, i): [string, string, string] => [`proves.${i}`, p, en.proves[i]]),
      ...ko.steps.map((s, i): [string, string, string] => [`steps.${i}`, s.title, en.steps[i].title]),
      ...Object.entries(ko.checks).map(([id, t]): [string, string, string] => [`checks.${id}`, t, en.checks[id]]),
      ...Object.entries(ko.variants).map(([v, t]): [string, string, string] => [`variants.${v}`, t, en.variants[v]]),
      ...Object.entries(ko.originals).map(([f, t]): [string, string, string] => [`originals.${f}`, t, en.originals[f]]),
    ];
    for (const [at, korean, english] of pairs) {
      expect(english, `labs/${name}/lab.ts: en.${at} is missing`).toBeTruthy();
      expect(english.replace(/`[^`]*`/g, ''), `labs/${name}/lab.ts: en.${at} still has Korean outside code spans`).not.toMatch(/\p{Script=Hangul}/u);
      expect(spans(english), `labs/${name}/lab.ts: en.${at} lost or changed a \`code\` span of the Korean`).toEqual(expect.arrayContaining(spans(korean)));
    }
  });
});
