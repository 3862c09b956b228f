import { describe, expect, it } from 'vitest';
import evidence from '../../../labs/co-located/evidence.json';
import { formatCheck } from '../../../scripts/lib/report';
import { passingCheckLines } from './runSample';

describe('the getting-started page\'s sample output', () => {
  it.each(evidence.checks)('prints check $id as the runner does', ({ id, title, evidence: proof }) => {
    expect(
      passingCheckLines(id, title, proof),
      'the runner prints checks differently now: update passingCheckLines in src/components/GettingStarted/runSample.ts to match formatCheck (scripts/lib/report.ts)',
    ).toBe(formatCheck(id, title, { pass: true, evidence: proof }));
  });
});
