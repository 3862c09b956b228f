/**
 * English pages show the same runnable manifests with English comments (issue 14, item 10).
 * One source per manifest: the Korean file, plus `labs/<lab>/comments.en.json` (Korean comment →
 * English), which the English build applies as it loads the file (src/plugins/manifest-comments.cjs).
 * These tests keep that translation complete and the result the same manifest: every Korean
 * comment of a lab's manifests and variants has its English, no English is left over, and the
 * English file parses to exactly the objects of the Korean one. The same holds for a practice
 * task's start/ and solution/ files with `tasks/<task>/comments.en.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { labNames } from '../../scripts/lib/labs/labs';
import { taskNames } from '../../scripts/lib/practice/tasks';
import loader, { koreanComments, localizeComments, translationFileFor, translationsFor } from '../plugins/manifest-comments.cjs';
import { fromRoot, listFiles, rel } from './lib/repo';

const HANGUL = /\p{Script=Hangul}/u;

/**
 * The files that get English comments: a lab's manifests and variants (original/ stays as the
 * author wrote it), and a practice task's start/ and solution/, which its page shows.
 */
const labFiles = (lab: string) => listFiles(`labs/${lab}`, /\.ya?ml$/).filter((f) => /^labs\/[^/]+\/(manifests|variants)\//.test(f));
const taskFiles = (task: string) => listFiles(`tasks/${task}`, /\.ya?ml$/).filter((f) => /^tasks\/[^/]+\/(start|solution)\//.test(f));

const labs = [...labNames().map((lab) => ({ dir: `labs/${lab}`, paths: labFiles(lab) })), ...taskNames().map((task) => ({ dir: `tasks/${task}`, paths: taskFiles(task) }))].map(({ dir, paths }) => {
  const files = paths.map((file) => ({ file, text: readFileSync(fromRoot(file), 'utf8') }));
  const json = `${dir}/comments.en.json`;
  return { lab: dir, files, json, translations: existsSync(fromRoot(json)) ? (JSON.parse(readFileSync(fromRoot(json), 'utf8')) as Record<string, string>) : {} };
});

/**
 * The objects a file creates, with the text of comments inside its strings taken out: comments in
 * an embedded script or nginx.conf (`# …` in a block scalar) are translated too, and change no
 * behaviour; anything else that differs is a change to the manifest.
 */
function objects(text: string): unknown[] {
  const strip = (v: unknown): unknown =>
    typeof v === 'string' ? v.split('\n').map((l) => l.replace(/(^|\s)#.*$/, '$1')).join('\n') : Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)])) : v;
  return parseAllDocuments(text).map((d) => strip('toJS' in d ? d.toJS() : d));
}

describe('English comments of the lab manifests and the practice files', () => {
  it('the translation file is found for manifests and variants (never original/) and for a task\'s start/ and solution/', () => {
    expect(rel(translationFileFor(fromRoot('labs/co-located/manifests/pod.yaml'))!)).toBe('labs/co-located/comments.en.json');
    expect(rel(translationFileFor(fromRoot('labs/co-located/variants/broken/pod.yaml'))!)).toBe('labs/co-located/comments.en.json');
    expect(translationFileFor(fromRoot('labs/co-located/original/pod.yaml'))).toBeUndefined();
    expect(rel(translationFileFor(fromRoot('tasks/log-sidecar/start/pod.yaml'))!)).toBe('tasks/log-sidecar/comments.en.json');
    expect(rel(translationFileFor(fromRoot('tasks/log-sidecar/solution/pod.yaml'))!)).toBe('tasks/log-sidecar/comments.en.json');
    expect(translationFileFor(fromRoot('tasks/log-sidecar/wrong/init-not-sidecar/pod.yaml'))).toBeUndefined();
    expect(translationFileFor(fromRoot('tasks/log-sidecar/also-correct/plain-container/pod.yaml'))).toBeUndefined();
  });

  it.each(labs)('$lab: every Korean comment has its English, and no English is left over', ({ files, json, translations }) => {
    const used = new Set(files.flatMap(({ text }) => koreanComments(text)));
    const missing = [...used].filter((c) => !(c in translations));
    expect(missing, `${json}: add the English of these comments (key: the Korean comment after "# ")`).toEqual([]);
    const unused = Object.keys(translations).filter((k) => !used.has(k));
    expect(unused, `${json}: no manifest has these comments any more; remove them`).toEqual([]);
    for (const [ko, en] of Object.entries(translations)) {
      expect(en.trim(), `${json}: "${ko}" has an empty English`).not.toBe('');
      expect(en, `${json}: the English of "${ko}" still has Hangul`).not.toMatch(HANGUL);
    }
  });

  it.each(labs.flatMap(({ files, translations }) => files.map((f) => ({ ...f, translations }))))('$file in English is the same manifest', ({ file, text, translations }) => {
    const { text: english, missing } = localizeComments(text, translations);
    expect(missing).toEqual([]);
    expect(objects(english), `${file}: the English comments changed what the file creates`).toEqual(objects(text));
    if (koreanComments(text).length) expect(english).not.toBe(text);
    expect(english.split('\n').length).toBe(text.split('\n').length);
    // What may stay Korean: what the containers print (`echo "…"`), which is the program, not a comment.
    const korean = english.split('\n').filter((l) => HANGUL.test(l) && !/echo "[^"]*\p{Script=Hangul}/u.test(l));
    expect(korean, `${file}: Korean left in the English file outside echo strings`).toEqual([]);
  });

  it('the loader translates only for the English build', () => {
    const file = fromRoot('labs/co-located/manifests/pod.yaml');
    const source = readFileSync(file, 'utf8');
    const ctx = (locale: string) => ({ getOptions: () => ({ locale }), resourcePath: file, addDependency: () => undefined });
    expect(loader.call(ctx('ko'), source)).toBe(source);
    expect(loader.call(ctx('en'), source)).not.toMatch(HANGUL);
    expect(() => loader.call(ctx('en'), `${source}# 번역이 없는 주석\n`)).toThrow(/no English in .*comments\.en\.json for these comments: "번역이 없는 주석"/);
  });
});
