import { parse } from 'yaml';

export interface Note {
  frontMatter: { title: string; description: string; keywords: string[] };
  /** Lines after the front matter, as in the file. */
  body: string[];
  /** How many file lines precede `body[0]` (to report file line numbers). */
  bodyOffset: number;
  /** Contents of the ```yaml blocks, each ending with its last newline. */
  yamlBlocks: string[];
}

export function parseNote(source: string): Note {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('note: no front matter (--- ... ---) at the top');
  const [, frontMatter, body] = match;
  return {
    frontMatter: parse(frontMatter),
    body: body.split('\n'),
    bodyOffset: source.slice(0, source.length - body.length).split('\n').length - 1,
    yamlBlocks: [...body.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1]),
  };
}

/**
 * The words of one note line, without Markdown syntax: list markers, heading #, emphasis,
 * backticks, span tags and link syntax go; the text stays. Returns '' for pure syntax
 * (blank lines, `---`, admonition and code fences). `inCode` lines are only trimmed.
 */
export function lineWords(line: string, inCode: boolean): string {
  if (inCode) return line.trim();
  const t = line.trim();
  if (t === '' || /^-{3,}$/.test(t) || /^:::/.test(t) || /^```/.test(t)) return '';
  return t
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<\/?span\b[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** Body lines with their 1-based line number in the file and their words. */
export function wordLines(note: Note): { lineNo: number; raw: string; words: string }[] {
  let inCode = false;
  const out: { lineNo: number; raw: string; words: string }[] = [];
  note.body.forEach((raw, i) => {
    if (/^```/.test(raw.trim())) {
      inCode = !inCode;
      return;
    }
    const words = lineWords(raw, inCode);
    if (words) out.push({ lineNo: note.bodyOffset + i + 1, raw, words });
  });
  return out;
}
