/** The runner's message catalogue: every message in both languages, English free of Hangul. */
import { describe, expect, it } from 'vitest';
import { MESSAGES, messages, setMessageLang } from './messages';

/** Every leaf of a catalogue as [path, text]; functions are called with sample arguments. */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  // One sample serves every parameter: a list joins, and in a template it reads as text or a number would.
  if (typeof node === 'function') return [[path, String((node as (...a: unknown[]) => unknown)(...Array.from({ length: node.length }, () => ['x', 'y'])))]];
  if (Array.isArray(node)) return node.flatMap((n, i) => leaves(n, `${path}[${i}]`));
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('runner messages', () => {
  const ko = leaves(MESSAGES.ko);
  const en = leaves(MESSAGES.en);

  it('have the same keys in Korean and English', () => {
    expect(ko.map(([p]) => p)).toEqual(en.map(([p]) => p));
    expect(ko.length).toBeGreaterThan(20);
  });

  it('have no empty text, Hangul in every Korean text that is not a bare command, none in English', () => {
    const enByPath = new Map(en);
    for (const [path, text] of ko) {
      expect(text.trim(), `ko ${path}`).not.toBe('');
      if (text !== enByPath.get(path)) expect(text, `ko ${path}`).toMatch(/\p{Script=Hangul}/u);
    }
    for (const [path, text] of en) {
      expect(text.trim(), `en ${path}`).not.toBe('');
      expect(text, `en ${path}`).not.toMatch(/\p{Script=Hangul}/u);
    }
  });

  it('follow the CLI\'s --lang when the caller gives none; Korean by default', () => {
    expect(messages()).toBe(MESSAGES.ko);
    setMessageLang('en');
    try {
      expect(messages()).toBe(MESSAGES.en);
      expect(messages('ko')).toBe(MESSAGES.ko);
    } finally {
      setMessageLang('ko');
    }
  });
});
