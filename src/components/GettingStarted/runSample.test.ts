import { describe, expect, it } from 'vitest';
import evidence from '../../../labs/co-located/evidence.json';
import { LAB_LANGS, labText } from '../../../scripts/lib/labs/lab-text';
import { loadLab } from '../../../scripts/lib/labs/labs';
import { formatCheck, verdictLines } from '../../../scripts/lib/output/report';
import type { LabResult } from '../../../scripts/lib/run/run-lab';
import { passingCheckLines, passingVerdictLines } from './runSample';

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
