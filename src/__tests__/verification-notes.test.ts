/**
 * A verification note (`:::note[검증 결과]{#verify-…}`, English `:::note[Verification result]`) says
 * only what the labs' checks assert, on both editions:
 * - every item of a note cites at least one check, as `(실습 \`lab\`의 \`check-id\`, …)` or
 *   `(lab \`lab\`, checks \`check-id\`, …)`; an id without a lab in its parentheses belongs to the
 *   lab named last in the note. Every cited id is a check of that lab.
 * - a figure observed in a run (a status, a count, a gap in ms, the Kubernetes version) is not typed
 *   but rendered from the lab's evidence.json with `<Observed evidence={…} check="…" value="…" />`
 *   (scripts/lib/evidence/evidence-values.ts), and the evidence has that check and that value.
 * - the English note cites the same checks and renders the same values, in the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../scripts/lib/evidence/evidence';
import { observedValue, OBSERVED_VALUES, type ObservedValueName } from '../../scripts/lib/evidence/evidence-values';
import { labNames, loadLab } from '../../scripts/lib/labs/labs';
import { fromRoot, listFiles } from './lib/repo';

const EN_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';
/**
 * `검증 결과` notes correct the author's note; `실습 결과` (`Lab result`) notes say what a pitfall
 * lab showed (docs/pitfalls/, the site's own pages). Both are held to the same rules.
 */
const OPEN = /^:::note\[(?:검증 결과|Verification result|실습 결과|Lab result)\](?:\{#([\w-]+)\})?\s*$/;
/** A check id or a lab name: lowercase words joined by hyphens (`main-exits-first`). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const OBSERVED = /<Observed\s+([^>]*?)\/>/g;
/** Figures that come from a run, never typed in a note: a Kubernetes version, milliseconds. */
const TYPED_FIGURES = [/\bv\d+\.\d+(?:\.\d+)?\b/g, /\d+(?:[.,]\d+)?\s?ms\b/g];

const labs = new Map(await Promise.all(labNames().map(async (n) => [n, (await loadLab(n)).lab] as const)));
const checkIds = (lab: string) => labs.get(lab)?.steps.flatMap((s) => s.checks.map((c) => c.id)) ?? [];

interface Item {
  line: number;
  text: string;
}
interface Note {
  file: string;
  id: string;
  line: number;
  items: Item[];
  /** Page variable → what it imports (`labs/x/evidence.json`). */
  imports: Map<string, string>;
}

function notesOf(file: string): Note[] {
  const source = readFileSync(fromRoot(file), 'utf8');
  const imports = new Map([...source.matchAll(/^import\s+(\w+)\s+from\s+['"]@site\/([^'"]+)['"];?\s*$/gm)].map(([, v, target]) => [v, target]));
  const lines = source.split('\n');
  const notes: Note[] = [];
  lines.forEach((text, i) => {
    const m = OPEN.exec(text);
    if (!m) return;
    const note: Note = { file, id: m[1] ?? '(no id)', line: i + 1, items: [], imports };
    for (let j = i + 1; j < lines.length && lines[j] !== ':::'; j++) {
      if (lines[j].startsWith('- ')) note.items.push({ line: j + 1, text: lines[j].slice(2) });
      else if (lines[j].trim() && note.items.length) note.items.at(-1)!.text += ` ${lines[j].trim()}`;
    }
    notes.push(note);
  });
  return notes;
}

const korean = listFiles('docs', /\.mdx?$/).flatMap(notesOf);
const english = listFiles(EN_DIR, /\.mdx?$/).flatMap(notesOf);
const notes = [...korean, ...english].map((n) => ({ ...n, name: `${n.file} #${n.id}` }));

/** The `<Observed …/>` tags of an item, with their attributes. */
function observedOf(text: string) {
  return [...text.matchAll(OBSERVED)].map(([tag, attrs]) => {
    const attr = (name: string) => attrs.match(new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\w+)\\})`))?.slice(1).find(Boolean);
    return { tag, evidence: attr('evidence'), check: attr('check'), value: attr('value') };
  });
}

/** The text a reader sees, without tags and expressions (they render values, never typed ones). */
const plain = (text: string) => text.replace(/<[^>]*\/>/g, 'X').replace(/\{[^}]*\}/g, 'X');

/** The checks an item cites, in order; `context` is the lab named last in the note so far. */
function citationsOf(text: string, context: { lab?: string }): { cited: { lab: string; id: string }[]; problems: string[] } {
  const cited: { lab: string; id: string }[] = [];
  const problems: string[] = [];
  for (const [, group] of plain(text).matchAll(/\(([^()]*)\)/g)) {
    for (const [, token] of group.matchAll(/`([^`]+)`/g)) {
      if (!ID.test(token)) continue;
      if (labs.has(token)) context.lab = token;
      else if (context.lab && checkIds(context.lab).includes(token)) cited.push({ lab: context.lab, id: token });
      else problems.push(context.lab ? `\`${token}\` is no check of lab ${context.lab} (it has ${checkIds(context.lab).join(', ')})` : `\`${token}\`: name the lab first, e.g. (실습 \`<lab>\`의 \`${token}\`)`);
    }
  }
  return { cited, problems };
}

function citedBy(note: Note) {
  const context: { lab?: string } = {};
  return note.items.map((item) => ({ item, ...citationsOf(item.text, context) }));
}

describe('verification notes say what the checks assert', () => {
  it('finds the notes on both editions (the patterns still match the pages)', () => {
    expect(korean.length).toBeGreaterThan(0);
    expect(english.map((n) => n.id)).toEqual(korean.map((n) => n.id));
  });

  it.each(notes)('$name: every item cites checks that exist', (note) => {
    const results = citedBy(note);
    const problems = results.flatMap(({ item, problems: p }) => p.map((x) => `${note.file}:${item.line}: ${x}`));
    expect(problems, 'cite the lab and the ids of its checks, e.g. (실습 `init-failure`의 `always-status`)').toEqual([]);
    const uncited = results.filter((r) => r.cited.length === 0).map(({ item }) => `${note.file}:${item.line}: ${item.text.slice(0, 80)}…`);
    expect(uncited, 'every item of a verification note says which checks assert it; what no check asserts is turned into a check or left out').toEqual([]);
  });

  it.each(notes)('$name: observed figures are rendered from the evidence, not typed', (note) => {
    const typed = note.items.flatMap((item) => TYPED_FIGURES.flatMap((re) => [...plain(item.text).matchAll(re)].map((m) => `${note.file}:${item.line}: "${m[0]}"`)));
    expect(typed, 'render it from the lab\'s evidence: <Observed evidence={evidence} check="…" value="gapMs" />ms, <Observed evidence={evidence} value="serverVersion" />').toEqual([]);
  });

  it.each(notes)('$name: every <Observed> names a check and a value its evidence has', (note) => {
    const problems: string[] = [];
    for (const item of note.items) {
      for (const o of observedOf(item.text)) {
        const where = `${note.file}:${item.line}: ${o.tag}`;
        const target = o.evidence ? note.imports.get(o.evidence) : undefined;
        const lab = /^labs\/([^/]+)\/evidence\.json$/.exec(target ?? '')?.[1];
        if (!lab) {
          problems.push(`${where}: evidence={…} must be an evidence.json the page imports (import evidence from '@site/labs/<lab>/evidence.json')`);
          continue;
        }
        if (!OBSERVED_VALUES.includes(o.value as ObservedValueName)) {
          problems.push(`${where}: value="${o.value}" is not one of ${OBSERVED_VALUES.join(', ')}`);
          continue;
        }
        if (o.check && !checkIds(lab).includes(o.check)) problems.push(`${where}: lab ${lab} has no check "${o.check}"`);
        try {
          observedValue(readEvidence(fromRoot('labs', lab)), o.value as ObservedValueName, o.check);
        } catch (err) {
          problems.push(`${where}: ${(err as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(korean.map((n) => ({ ...n, name: `${n.file} #${n.id}` })))('$name: the English note cites the same checks and renders the same values', (note) => {
    const translated = english.find((n) => n.file === `${EN_DIR}/${note.file.slice('docs/'.length)}` && n.id === note.id);
    expect(translated, `${note.file} #${note.id} has no English note with the same id`).toBeDefined();
    const cites = (n: Note) => citedBy(n).flatMap((r) => r.cited.map((c) => `${c.lab}/${c.id}`));
    const values = (n: Note) => n.items.flatMap((i) => observedOf(i.text).map((o) => `${n.imports.get(o.evidence ?? '')} ${o.check ?? ''} ${o.value}`));
    expect(cites(translated!), `${translated!.file} #${note.id}`).toEqual(cites(note));
    expect(values(translated!), `${translated!.file} #${note.id}`).toEqual(values(note));
  });
});

describe('values the notes quote, read from what the judge writes', () => {
  // Each value from a line of a committed evidence.json (real runs), so a change in the judge's
  // wording that would leave <Observed> without its value fails here first.
  const value = (lab: string, check: string, name: ObservedValueName) => observedValue(readEvidence(fromRoot('labs', lab)), name, check);

  it('reads status, restartCount, gapMs and spreadMs', () => {
    expect(value('init-failure', 'never-status', 'status')).toBe('Init:Error');
    expect(value('init-failure', 'always-init-retried', 'restartCount')).toMatch(/^\d+$/);
    expect(value('native-sidecar', 'main-kept-running', 'restartCount')).toBe('0');
    expect(value('sidecar-shutdown', 'app-exits-first', 'gapMs')).toMatch(/^\d+$/);
    expect(value('co-located', 'stopped-together', 'spreadMs')).toMatch(/^\d+$/);
  });

  it('reads the STATUS changes of a pod-status-seen line', () => {
    const e = readEvidence(fromRoot('labs', 'init-failure'));
    const withSeen = {
      ...e,
      checks: [{ id: 'seen', title: 't', pass: true, evidence: 'init-fails-always: STATUS Pending @2.1s → Init:Error @3.4s → Init:CrashLoopBackOff @18.9s (expected Init:Error → Init:CrashLoopBackOff in this order)' }],
    };
    expect(observedValue(withSeen, 'statuses', 'seen')).toEqual(['Pending', 'Init:Error', 'Init:CrashLoopBackOff']);
  });

  it('names what is missing: a check the evidence lacks, a value its line lacks, a failed check', () => {
    const e = readEvidence(fromRoot('labs', 'init-failure'));
    expect(() => observedValue(e, 'gapMs', 'no-such-check')).toThrow(/labs\/init-failure\/evidence\.json has no check "no-such-check"/);
    expect(() => observedValue(e, 'gapMs', 'always-status')).toThrow(/has no gapMs/);
    expect(() => observedValue(e, 'status')).toThrow(/name the check/);
    const failed = { ...e, checks: e.checks.map((c) => ({ ...c, pass: false })) };
    expect(() => observedValue(failed, 'status', 'always-status')).toThrow(/the check failed/);
  });
});
