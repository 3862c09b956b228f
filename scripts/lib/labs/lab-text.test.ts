import { describe, expect, it } from 'vitest';
import type { LabDefinition } from './lab-schema';
import { labText, parseLabLang, runCommand } from './lab-text';

const lab = {
  name: 'tmp-lab',
  title: '제목',
  proves: ['`Pod`가 뜬다'],
  doc: 'd',
  steps: [
    { title: '만든다', checks: [{ id: 'c1', title: '첫 확인', check: { kind: 'pod-phase', pod: 'p', phase: 'Running' } }] },
    { title: '지켜본다', holdSeconds: 1 },
  ],
  originals: [{ file: 'pod.yaml', why: '원본이 다르다' }],
  variants: { broken: { why: '고장 냈다', replace: ['pod.yaml'], expectFailing: ['c1'] } },
  en: {
    title: 'Title',
    proves: ['The `Pod` comes up'],
    steps: ['Create', 'Watch'],
    checks: { c1: 'First check' },
    variants: { broken: { why: 'Broken on purpose' } },
    originals: { 'pod.yaml': { why: 'The original differs' } },
  },
} satisfies LabDefinition;

describe('labText', () => {
  it('gives the Korean fields for ko', () => {
    expect(labText(lab, 'ko')).toEqual({
      title: '제목',
      proves: ['`Pod`가 뜬다'],
      steps: [{ title: '만든다', checks: [{ id: 'c1', title: '첫 확인' }] }, { title: '지켜본다', checks: [] }],
      checks: { c1: '첫 확인' },
      variants: { broken: '고장 냈다' },
      originals: { 'pod.yaml': '원본이 다르다' },
    });
  });

  it('gives the en block, keyed the same way, for en', () => {
    expect(labText(lab, 'en')).toEqual({
      title: 'Title',
      proves: ['The `Pod` comes up'],
      steps: [{ title: 'Create', checks: [{ id: 'c1', title: 'First check' }] }, { title: 'Watch', checks: [] }],
      checks: { c1: 'First check' },
      variants: { broken: 'Broken on purpose' },
      originals: { 'pod.yaml': 'The original differs' },
    });
  });

  it('takes a definition without the fields that have defaults (as pages import it)', () => {
    const bare = { ...lab, originals: undefined, variants: undefined, en: { ...lab.en, variants: undefined, originals: undefined } };
    expect(labText(bare, 'en')).toMatchObject({ variants: {}, originals: {} });
  });
});

describe('parseLabLang (--lang)', () => {
  it('defaults to ko and accepts ko and en', () => {
    expect([parseLabLang(undefined), parseLabLang('ko'), parseLabLang('en')]).toEqual(['ko', 'ko', 'en']);
  });

  it('rejects anything else with the valid values', () => {
    expect(() => parseLabLang('EN')).toThrow(/^unknown --lang "EN": use ko or en$/);
    expect(() => parseLabLang('')).toThrow(/^unknown --lang "": use ko or en$/);
  });
});

describe('runCommand', () => {
  it('adds --lang only for a language other than Korean', () => {
    expect(runCommand('co-located')).toBe('npm run lab -- run co-located');
    expect(runCommand('co-located', { lang: 'ko', variant: 'broken' })).toBe('npm run lab -- run co-located --variant broken');
    expect(runCommand('co-located', { lang: 'en' })).toBe('npm run lab -- run co-located --lang en');
    expect(runCommand('co-located', { lang: 'en', variant: 'broken' })).toBe('npm run lab -- run co-located --variant broken --lang en');
  });
});
