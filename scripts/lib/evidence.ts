/**
 * `run --evidence`: turns a passing run into `labs/<name>/evidence.json` (see evidence-schema.ts),
 * validated before it is written. A failing run writes nothing: the page shows the last run in
 * which every check passed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evidenceSchema, type Evidence } from './evidence-schema';
import type { LabDefinition } from './lab-schema';
import { labText } from './lab-text';
import type { LabResult } from './run-lab';

export const EVIDENCE_FILE = 'evidence.json';

export function evidenceFile(labDir: string): string {
  return join(labDir, EVIDENCE_FILE);
}

/** `lab` is the definition that ran: evidence.json records its Korean check titles, whatever language the run printed. */
export function buildEvidence(r: LabResult, serverVersion: string, lab: LabDefinition): Evidence {
  if (!r.trace || !r.startedAt) throw new Error(`${r.lab}: the run was not traced (runLab needs trace: true)`);
  const titles = labText(lab, 'ko').checks;
  const { transcript, timelineOrigin, observedAt, timeline, lifecycle } = r.trace;
  return evidenceSchema.parse({
    lab: r.lab,
    serverVersion,
    date: r.startedAt,
    durationMs: r.durationMs,
    checks: r.checks.map(({ id, title, pass, evidence }) => ({ id, title: titles[id] ?? title, pass, evidence })),
    timelineOrigin,
    observedAt,
    timeline,
    lifecycle,
    transcript,
  });
}

export function writeEvidence(labDir: string, evidence: Evidence): string {
  const file = evidenceFile(labDir);
  writeFileSync(file, `${JSON.stringify(evidence, null, 2)}\n`);
  return file;
}

/** The committed evidence, parsed; throws a zod error when it does not match the schema. */
export function readEvidence(labDir: string): Evidence {
  return evidenceSchema.parse(JSON.parse(readFileSync(evidenceFile(labDir), 'utf8')));
}
