import { describe, expect, it } from 'vitest';
import evidence from '../../../labs/co-located/evidence.json';
import { LAB_LANGS, labText } from '../../../scripts/lib/labs/lab-text';
import { loadLab } from '../../../scripts/lib/labs/labs';
import { formatCheck, verdictLines } from '../../../scripts/lib/output/report';
import type { LabResult } from '../../../scripts/lib/run/run-lab';
import { evidenceIn } from '../../../scripts/lib/evidence/evidence-view';
import { passingCheckLines, passingVerdictLines, runSampleLines } from './runSample';

const fix = 'the runner prints differently now: update src/components/GettingStarted/runSample.ts to match scripts/lib/output/report.ts';

describe('the getting-started page\'s sample output', () => {
  it.each(evidence.checks)('prints check $id as the runner does', ({ id, title, evidence: proof }) => {
    expect(passingCheckLines(id, title, proof), fix).toBe(formatCheck(id, title, { pass: true, evidence: proof }));
  });

  it.each(LAB_LANGS)('ends a passing run as the runner does (--lang %s)', async (lang) => {
    const { lab } = await loadLab('co-located');
    const checks = lab.steps.flatMap((s) => s.checks.map((c) => ({ id: c.id, title: c.title, pass: true, evidence: '' })));
    const result = { lab: lab.name, lang, passed: true, durationMs: 0, namespace: 'ns', steps: [], checks } as unknown as LabResult;
    expect(passingVerdictLines(lab.name, checks.length, labText(lab, lang).proves, lang), fix).toEqual(verdictLines(result, lab));
  });
});

describe('the evidence a page shows is in its language', () => {
  // A file recorded with `evidenceKo` (the runner writes both since evidence-messages.ts): marked so the test sees which line was picked.
  const withKo = { ...evidence, checks: evidence.checks.map((c) => ({ ...c, evidenceKo: `KO ${c.evidence}` })) };

  it.each(LAB_LANGS)('the getting-started sample (--lang %s) shows the line of its language, else the English one', async (lang) => {
    const { lab } = await loadLab('co-located');
    const text = labText(lab, lang);
    const evidenceLines = (lines: string[]) => lines.join('\n').split('\n').filter((l) => l.startsWith('      '));
    const shown = evidenceLines(runSampleLines(lab.name, text, withKo, 0, lang));
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(line.startsWith('      KO '), line).toBe(lang === 'ko');
    // A file recorded before `evidenceKo` shows the English line on both editions.
    const old = runSampleLines(lab.name, text, { checks: evidence.checks.map(({ id, title, pass, evidence: e }) => ({ id, title, pass, evidence: e })) }, 0, lang);
    expect(evidenceLines(old).filter((l) => l.startsWith('      KO '))).toEqual([]);
  });

  it('evidenceIn: Korean pages take evidenceKo when present, English pages always evidence', () => {
    expect(evidenceIn({ evidence: 'en line', evidenceKo: 'ko line' }, 'ko')).toBe('ko line');
    expect(evidenceIn({ evidence: 'en line', evidenceKo: 'ko line' }, 'en')).toBe('en line');
    expect(evidenceIn({ evidence: 'en line' }, 'ko')).toBe('en line');
  });
});
