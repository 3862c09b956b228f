/**
 * A sentence of the author's note that a verification note corrects carries a marker right after
 * it (`<Correction note="verify-…" about="…" />`), so that a skimming reader does not take the
 * sentence for a fact. A note declares its id (`:::note[검증 결과]{#verify-…}`); the marker names
 * it. On every page of both editions: every verification note has an id, each note is named by
 * exactly one marker and each marker names a note on its page. On the Korean pages the marked line
 * is, without its markers, a line of the author's note byte for byte; the English pages mark the
 * same notes in the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from './lib/note';
import { fromRoot, listFiles } from './lib/repo';

const EN_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';
const note = parseNote(readFileSync(fromRoot('note/multi-container-pod.md'), 'utf8'));

/** `:::note[검증 결과]` (Korean) or `:::note[Verification result]` (English), with its `{#id}` if any. */
const NOTE = /^:::note\[(?:검증 결과|Verification result)\](?:\{#([\w-]+)\})?\s*$/;
const MARKER = /<Correction\s+note="([^"]*)"\s+about="([^"]*)"\s*\/>/g;
/** One or more markers at the end of a line. */
const TRAILING_MARKERS = /(?:<Correction\s[^>]*\/>)+$/;

interface Page {
  file: string;
  notes: { id: string | undefined; line: number }[];
  markers: { note: string; about: string; line: number; text: string }[];
}

function readPage(file: string): Page {
  const lines = readFileSync(fromRoot(file), 'utf8').split('\n');
  const page: Page = { file, notes: [], markers: [] };
  lines.forEach((text, i) => {
    const n = NOTE.exec(text);
    if (n) page.notes.push({ id: n[1], line: i + 1 });
    for (const m of text.matchAll(MARKER)) page.markers.push({ note: m[1], about: m[2], line: i + 1, text });
  });
  return page;
}

const korean = listFiles('docs', /\.mdx?$/).map(readPage);
const english = listFiles(EN_DIR, /\.mdx?$/).map(readPage);
const pages = [...korean, ...english].filter((p) => p.notes.length > 0 || p.markers.length > 0);

describe('corrected sentences are marked', () => {
  it('some pages have verification notes (the patterns below still match the pages)', () => {
    expect(korean.flatMap((p) => p.notes).length).toBeGreaterThan(0);
    expect(english.flatMap((p) => p.notes).length).toBe(korean.flatMap((p) => p.notes).length);
  });

  it.each(pages.map((p) => ({ ...p, name: p.file })))('$name: every verification note is named by exactly one marker, and every marker by a note', ({ file, notes, markers }) => {
    const unnamed = notes.filter((n) => !n.id).map((n) => `${file}:${n.line}`);
    expect(unnamed, 'give each verification note an id after its title, e.g. :::note[검증 결과]{#verify-start-stop}, and put <Correction note="verify-start-stop" about="…" /> right after the sentence it corrects').toEqual([]);
    const ids = notes.map((n) => n.id!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${file}: note ids must be unique on the page`).toEqual([]);
    for (const id of ids) {
      const naming = markers.filter((m) => m.note === id).map((m) => `${file}:${m.line}`);
      expect(naming, `${file}: note #${id} must be named by exactly one <Correction note="${id}" … /> right after the sentence it corrects`).toHaveLength(1);
    }
    for (const m of markers) {
      expect(ids, `${file}:${m.line}: <Correction note="${m.note}"> names no verification note on this page`).toContain(m.note);
      expect(m.about.trim(), `${file}:${m.line}: about="…" says in a few words what the note corrects (screen readers read it)`).not.toBe('');
    }
  });

  it.each(pages.flatMap((p) => p.markers.map((m) => ({ ...m, file: p.file, name: `${p.file}:${m.line} → #${m.note}` }))))(
    '$name sits right after its sentence, at the end of the line',
    ({ file, line, text }) => {
      const rest = text.replace(TRAILING_MARKERS, '');
      expect(rest.match(MARKER), `${file}:${line}: put the marker after the sentence, not inside it`).toBeNull();
      expect(rest.trim(), `${file}:${line}: a marker marks a sentence; there is none before it`).not.toBe('');
    },
  );

  it.each(korean.flatMap((p) => p.markers.map((m) => ({ ...m, file: p.file, name: `${p.file}:${m.line} → #${m.note}` }))))(
    '$name marks a line of the author\'s note, unchanged',
    ({ file, line, text }) => {
      const sentence = text.replace(TRAILING_MARKERS, '');
      expect(
        note.body.includes(sentence),
        `${file}:${line}: without its marker, the line must be a line of note/multi-container-pod.md byte for byte:\n  ${sentence}`,
      ).toBe(true);
    },
  );

  it.each(korean.filter((p) => p.markers.length > 0).map((p) => ({ ...p, name: p.file })))('$name: the English page marks the same notes in the same order', ({ file, markers }) => {
    const translated = english.find((p) => p.file === `${EN_DIR}/${file.slice('docs/'.length)}`);
    expect(translated, `${file} has no English translation`).toBeDefined();
    expect(translated!.markers.map((m) => m.note), `${translated!.file}: markers must name the same notes as ${file}, in order`).toEqual(markers.map((m) => m.note));
    expect(translated!.notes.map((n) => n.id)).toEqual(readPage(file).notes.map((n) => n.id));
  });
});
