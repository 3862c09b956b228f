import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionRuns } from './evidence-view';
import { buildEvidence, readEvidence, writeEvidence } from './evidence';
import { loadLab } from '../labs/labs';
import { tempDir } from '../../__tests__/support/temp-dir';

/** A lab folder holding co-located's committed evidence (recorded on the project's version), as written before `versions` existed. */
function labDir() {
  const dir = tempDir('evidence-versions-');
  const { versions: _, ...before } = JSON.parse(readFileSync(join(import.meta.dirname, '../../../labs/co-located/evidence.json'), 'utf8'));
  writeFileSync(join(dir, 'evidence.json'), JSON.stringify(before));
  return dir;
}

describe('writeEvidence across Kubernetes versions', () => {
  const project = { ...readEvidence(join(import.meta.dirname, '../../../labs/co-located')), versions: [] };
  const newer = { ...project, serverVersion: 'v1.37.2', date: '2026-11-29T17:00:00.000Z', durationMs: 30_000, transcript: ['newer'] };

  it('a run on another version adds its entry and keeps the project version\'s full record', () => {
    const dir = labDir();
    writeEvidence(dir, newer, project.serverVersion);
    const e = readEvidence(dir);
    expect(e.serverVersion).toBe(project.serverVersion);
    expect(e.transcript).toEqual(project.transcript);
    expect(versionRuns(e).map((v) => [v.serverVersion, v.durationMs])).toEqual([
      [project.serverVersion, project.durationMs],
      ['v1.37.2', 30_000],
    ]);
  });

  it('a run on the project version replaces the full record and keeps the other versions', () => {
    const dir = labDir();
    writeEvidence(dir, newer, project.serverVersion);
    writeEvidence(dir, { ...project, durationMs: 12_345, transcript: ['again'] }, project.serverVersion);
    const e = readEvidence(dir);
    expect(e.transcript).toEqual(['again']);
    expect(e.versions.map((v) => [v.serverVersion, v.durationMs])).toEqual([
      [project.serverVersion, 12_345],
      ['v1.37.2', 30_000],
    ]);
  });

  it('orders versions by number, not as strings (v1.9 before v1.30)', () => {
    const dir = labDir();
    writeEvidence(dir, { ...newer, serverVersion: 'v1.30.14' }, project.serverVersion);
    writeEvidence(dir, { ...newer, serverVersion: 'v1.9.0' }, project.serverVersion);
    expect(readEvidence(dir).versions.map((v) => v.serverVersion)).toEqual(['v1.9.0', 'v1.30.14', project.serverVersion]);
  });
});

describe('buildEvidence: both page editions\' lines', () => {
  it('records each check\'s English evidence and its Korean line (evidenceKo), and files without evidenceKo stay valid', async () => {
    const { lab } = await loadLab('co-located');
    const e = readEvidence(join(import.meta.dirname, '../../../labs/co-located'));
    const checks = lab.steps.flatMap((s) => s.checks).map((c) => ({ id: c.id, kind: c.check.kind, title: c.title, pass: true, evidence: 'app: restartCount 1 (expected ≥ 1)', evidenceKo: 'app: restartCount 1 (기대 ≥ 1)' }));
    const run = { lab: lab.name, lang: 'en' as const, passed: true, durationMs: 1, namespace: 'ns', steps: [], checks, startedAt: e.date, trace: { transcript: e.transcript, timelineOrigin: e.timelineOrigin, observedAt: e.observedAt, timeline: e.timeline, lifecycle: e.lifecycle } };
    const built = buildEvidence(run, e.serverVersion, lab);
    expect(built.checks.map((c) => [c.evidence, c.evidenceKo])).toEqual(checks.map(() => ['app: restartCount 1 (expected ≥ 1)', 'app: restartCount 1 (기대 ≥ 1)']));
    // The committed file predates evidenceKo and still parses (the lead re-records it).
    expect(e.checks.every((c) => c.evidence.length > 0)).toBe(true);
  });
});
