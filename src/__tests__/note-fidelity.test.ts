/**
 * The author's note is published unchanged: every line of `note/multi-container-pod.md`
 * must be visible on the docs page that carries its section, its front matter must reach the
 * page metadata, and the author's YAML blocks are kept byte for byte under `labs/*\/original/`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innerHtmlOf, metaContent, normalizeSpace, titleOf, visibleText } from './lib/html';
import { parseNote, wordLines } from './lib/note';
import { fromRoot, listFiles, repoRoot } from './lib/repo';
import { buildSite } from './lib/site';

const NOTE = 'note/multi-container-pod.md';
/** The author's copy outside the repo; present on the authoring machine, absent in a clone. */
const AUTHOR_NOTE = path.resolve(repoRoot, '../shared/notes/multi-container-pod.md');

const noteSource = readFileSync(fromRoot(NOTE), 'utf8');
const note = parseNote(noteSource);

/** Which page carries which part of the note: a section runs from its heading to the next. */
const sections = [
  { doc: 'multi-container-pod/concept', heading: '## Multi Container Pod' },
  { doc: 'multi-container-pod/co-located', heading: '## Multi Container Pod 디자인 패턴' },
  { doc: 'multi-container-pod/init-containers', heading: '### Init Containers 패턴' },
  { doc: 'multi-container-pod/sidecar-containers', heading: '### Sidecar Containers 패턴' },
  { doc: 'multi-container-pod/references', heading: '## 레퍼런스' },
];

function sectionOf(lineIndex: number): string {
  let doc = sections[0].doc;
  for (const s of sections) {
    const at = note.body.indexOf(s.heading);
    if (at < 0) throw new Error(`${NOTE}: heading "${s.heading}" not found; update sections[] in this test`);
    if (at <= lineIndex) doc = s.doc;
  }
  return doc;
}

const noteLines = wordLines(note).map((l) => ({
  ...l,
  doc: sectionOf(l.lineNo - note.bodyOffset - 1),
  name: `${NOTE}:${l.lineNo} ${l.words.slice(0, 40)}`,
}));

describe('note copy', () => {
  it('note/multi-container-pod.md is the author\'s note, unchanged', (ctx) => {
    if (!existsSync(AUTHOR_NOTE)) {
      console.info(`skipped: ${path.relative(repoRoot, AUTHOR_NOTE)} does not exist here (only on the authoring machine)`);
      ctx.skip();
    }
    expect(
      noteSource === readFileSync(AUTHOR_NOTE, 'utf8'),
      `${NOTE} differs from the author's note ${path.relative(repoRoot, AUTHOR_NOTE)}: copy it again (cp), never edit it in place`,
    ).toBe(true);
  });

  it.each(listFiles('labs', /\.ya?ml$/).filter((f) => f.split('/')[2] === 'original'))(
    '%s is one of the note\'s yaml blocks, byte for byte',
    (file) => {
      const text = readFileSync(fromRoot(file), 'utf8');
      expect(
        note.yamlBlocks.includes(text),
        `${file} must equal one \`\`\`yaml block of ${NOTE} exactly (including spaces and the final newline); ` +
          'fixes for running belong in manifests/, not in original/',
      ).toBe(true);
    },
  );
});

describe('built site', () => {
  let outDir = '';
  const pages = new Map<string, string>();
  const page = (doc: string): string => {
    const html = pages.get(doc);
    if (html === undefined) throw new Error(`no built page for docs/${doc}.mdx`);
    return html;
  };

  beforeAll(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
    // Only the Korean edition (the default locale, built to the out dir root): the other
    // editions are translations, which this test does not read.
    buildSite(outDir, { locale: 'ko' });
    for (const { doc } of sections) {
      const file = path.join(outDir, 'docs', doc, 'index.html');
      if (existsSync(file)) pages.set(doc, readFileSync(file, 'utf8'));
    }
    // A full production build takes ~5 s here but can take a minute on a cold CI runner
    // (no Rspack cache); 300 s leaves room (the machine is shared with other builds) without hiding a hung build for long.
  }, 300_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it.each(noteLines)('$name', ({ words, raw, lineNo, doc }) => {
    const content = innerHtmlOf(page(doc), 'div', 'theme-doc-markdown');
    expect(content, `docs/${doc}.mdx: built page has no .theme-doc-markdown content`).toBeDefined();
    const wanted = normalizeSpace(words);
    expect(
      visibleText(content!).includes(wanted),
      `line ${lineNo} of ${NOTE} is missing from page docs/${doc}.mdx.\n` +
        `  note line: ${raw.trim()}\n  expected visible text: ${wanted}\n` +
        'Put the author\'s sentence back unchanged (corrections go in a separate :::note).',
    ).toBe(true);
  });

  it('the first page carries the note\'s title and description', () => {
    const html = page(sections[0].doc);
    expect(titleOf(html), `<title> of docs/${sections[0].doc}.mdx should start with the note's title`).toMatch(
      new RegExp(`^${note.frontMatter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\||$)`),
    );
    expect(metaContent(html, 'description'), `meta description of docs/${sections[0].doc}.mdx`).toBe(
      note.frontMatter.description,
    );
  });

  it.each(sections)('$doc has the note\'s keywords', ({ doc }) => {
    const keywords = metaContent(page(doc), 'keywords')?.split(',');
    expect(keywords, `docs/${doc}.mdx: front matter keywords must be the note's keywords`).toEqual(
      note.frontMatter.keywords,
    );
  });

  it.each(sections)('$doc shows no raw directive syntax (:::)', ({ doc }) => {
    const text = visibleText(innerHtmlOf(page(doc), 'div', 'theme-doc-markdown') ?? '');
    expect(text.match(/.{0,40}:::.{0,40}/)?.[0], `docs/${doc}.mdx: an admonition rendered as text; check its syntax (:::note[title], blank lines around)`).toBeUndefined();
  });

  it('pages are marked as Korean (<html lang="ko">)', () => {
    expect(/<html\b[^>]*\blang=(?:"ko"|ko\b)/.test(page(sections[0].doc)), 'i18n.localeConfigs.ko.htmlLang').toBe(true);
  });
});
