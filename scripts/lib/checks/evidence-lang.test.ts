/**
 * The evidence lines in both languages (evidence-messages.ts): every check kind judged on the
 * observations recorded from a real cluster (__fixtures__), passing as recorded and failing the
 * way breakers.ts breaks them, plus the cases no recording reaches (nothing observed). The Korean
 * line must have no English connecting words left, and both lines must carry the same values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, type Check } from '../labs/lab-schema';
import type { Recording } from '../evidence/record';
import { broken } from './breakers';
import { judge, type Observation } from './judge';
import { containerNames } from './pod';
import { judgeTaskCheck } from '../practice/judge';
import type { TaskCheck } from '../practice/schema';

const DIR = join(import.meta.dirname, '__fixtures__');
const recordings = (existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : []).map(
  (f) => ({ file: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Recording) }),
);

interface Case {
  name: string;
  check: Check;
  obs: Observation;
  /** A practice kind (scripts/lib/practice/judge.ts), judged by judgeTaskCheck. */
  practice?: boolean;
}

const PRACTICE_DIR = join(import.meta.dirname, '../practice/__fixtures__');
const practiceRecordings = (existsSync(PRACTICE_DIR) ? readdirSync(PRACTICE_DIR).filter((f) => f.endsWith('.json')).sort() : []).map(
  (f) => ({ file: f, ...(JSON.parse(readFileSync(join(PRACTICE_DIR, f), 'utf8')) as Recording) }),
);

/** The same check with nothing observed: the phrases for a command not run, a Job or Pod that is not there, no watch, no logs. */
function unobserved(check: Check, obs: Observation): Observation {
  const pod = { metadata: { name: obs.pod.metadata.name } };
  return { pod, ...(check.kind === 'same-pod' && { firstUid: obs.firstUid }), ...(check.kind === 'apply-warned' && { api: {} }) };
}

const cases: Case[] = recordings.flatMap((r) => {
  // Like judge.test.ts: only a passing recording is broken (a failing one already shows a failure).
  const b = r.verdict.pass ? broken(r.check.check, r.observation) : undefined;
  return [
    { name: `${r.file}`, check: r.check.check, obs: r.observation },
    ...(b ? [{ name: `${r.file} broken (${b.what})`, check: b.check, obs: b.obs }] : []),
    { name: `${r.file} with nothing observed`, check: r.check.check, obs: unobserved(r.check.check, r.observation) },
  ];
}).concat(
  practiceRecordings.flatMap((r) => [
    { name: `practice ${r.file}`, check: r.check.check, obs: r.observation, practice: true },
    { name: `practice ${r.file} with no Pod`, check: r.check.check, obs: { pod: { metadata: { name: r.observation.pod.metadata.name } } }, practice: true },
  ]),
);

const judgeCase = (c: Case, lang: 'ko' | 'en') => (c.practice ? judgeTaskCheck(c.check as unknown as TaskCheck, c.obs, lang) : judge(c.check, c.obs, lang));

/**
 * English words that join the values of an evidence line (evidence-messages.ts `en`). Kubernetes'
 * own words are values and stay (`phase`, `STATUS`, `restartCount`, `ready`/`started` with their
 * booleans, `active`/`succeeded`/`failed`, the quota message's `requested:`/`used:`/`limited:`).
 */
const CONNECTING = [
  'since', 'never', 'expected', 'finished', 'started', 'line', 'lines', 'line(s)', 'last', 'does not exist', 'time(s)', 'times',
  'later', 'EARLIER', 'spread', 'recorded', 'running', 'terminated', 'waiting', 'exited', 'restart(s)', 'no status', 'status yet',
  'no state', 'reported', 'not', 'and', 'or', 'after', 'before', 'the', 'was', 'is', 'by', 'showed', 'in this order', 'unknown',
  'accepted', 'rejected', 'admitted', 'refused', 'warned', 'warning', 'warnings', 'stored', 'beside', 'absent', 'delete', 'grace period',
  'seen', 'first seen', 'created', 'none', 'command', 'applied', 'containing', 'log', 'more', 'uid none', 'last run', 'init containers',
];

/** The line without its values: quoted output, timestamps, the names of the check's objects and containers, LIFECYCLE events, `ready true`-like fields, stored keys. */
function wordsOf(line: string, c: Case): string {
  const names = new Set<string>([c.obs.pod.metadata.name, ...containerNames(c.obs.pod), ...(c.obs.jobPods ?? []).flatMap((p) => [p.metadata.name, ...containerNames(p)])]);
  for (const [k, v] of Object.entries(c.check)) {
    if (['container', 'pod', 'job', 'first', 'then', 'manifest', 'quota', 'resource'].includes(k) && typeof v === 'string') names.add(v);
    if (k === 'containers' && Array.isArray(v)) for (const n of v) names.add(n as string);
    if ((k === 'first' || k === 'then') && typeof v === 'object') names.add((v as { container: string }).container);
  }
  let rest = line
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, ' ')
    .replace(/\b(Starting|Started|Exiting|PreStop|PostStart)\b/g, ' ')
    .replace(/\b(ready|started) (true|false)\b/g, ' ')
    // lab.ts syntax a message suggests, and the keys a stored object has, are values too.
    .replace(/delete: \{[^}]*\}/g, ' ')
    .replace(/(stored keys beside it|같은 곳에 저장된 키): .*$/, '$1');
  for (const n of [...names].sort((a, b) => b.length - a.length)) rest = rest.replace(new RegExp(`(?<![\\w.-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), ' ');
  return rest;
}

/** English connecting words left in `text` (case-sensitive: Kubernetes values such as `Running` are capitalised). */
function englishLeft(text: string): string[] {
  return CONNECTING.filter((w) => new RegExp(`(?<![\\w-])${w.replace(/[()]/g, '\\$&')}(?![\\w-])`).test(text));
}

/** The values of a line: quoted output, timestamps, numbers (with their sign), each as text, sorted. */
function valuesOf(line: string): string[] {
  return (line.match(/"(?:[^"\\]|\\.)*"|\d{4}-\d\d-\d\dT[\d:.]+Z|-?\d+(?:\.\d+)?/g) ?? []).sort();
}

describe('evidence lines in Korean and English', () => {
  it('judge every check kind, from recordings of a real cluster', () => {
    const kinds = checkSchema.options.map((o) => o.shape.kind.value);
    const judged = new Set(cases.map((c) => c.check.kind));
    expect(kinds.filter((k) => !judged.has(k)), 'check kinds with no recording in scripts/lib/checks/__fixtures__').toEqual([]);
  });

  it('the word list catches the English lines (so a Korean line passing it means something)', () => {
    const caught = cases.filter((c) => englishLeft(wordsOf(judgeCase(c, 'en').evidence, c)).length > 0);
    // `exit 0, stdout: "…"` and `…, restartCount 0` have no connecting words in either language.
    expect(caught.length / cases.length).toBeGreaterThan(0.8);
  });

  it.each(cases)('$name', (c) => {
    const en = judgeCase(c, 'en');
    const ko = judgeCase(c, 'ko');
    expect(ko.pass, 'the verdict does not depend on the language').toBe(en.pass);
    expect(englishLeft(wordsOf(ko.evidence, c)), `English left in the Korean line: ${ko.evidence}`).toEqual([]);
    expect(valuesOf(ko.evidence), `values differ:\n  en: ${en.evidence}\n  ko: ${ko.evidence}`).toEqual(valuesOf(en.evidence));
    if (ko.evidence !== en.evidence) expect(ko.evidence).toMatch(/\p{Script=Hangul}/u);
    if (en.timeline !== undefined) {
      expect(englishLeft(ko.timeline!)).toEqual([]);
      expect(valuesOf(ko.timeline!)).toEqual(valuesOf(en.timeline));
    }
  });

  it('an example of each language, as the runner prints it (has-restarted, co-located)', () => {
    const r = recordings.find((x) => x.file === 'co-located.app-restarted.json');
    expect(r, 'no co-located.app-restarted recording').toBeDefined();
    const en = judge(r!.check.check, r!.observation, 'en').evidence;
    const ko = judge(r!.check.check, r!.observation, 'ko').evidence;
    expect(en).toMatch(/^\S+: restartCount \d+ \(expected ≥ \d+\)$/);
    expect(ko).toBe(en.replace('expected', '기대'));
  });
});
