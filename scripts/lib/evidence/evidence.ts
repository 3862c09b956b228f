/**
 * `run --evidence`: turns a passing run into `labs/<name>/evidence.json` (see evidence-schema.ts),
 * validated before it is written. A failing run writes nothing: the page shows the last run in
 * which every check passed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evidenceSchema, type Evidence } from './evidence-schema';
import { versionRuns } from './evidence-view';
import type { LabDefinition } from '../labs/lab-schema';
import { labText } from '../labs/lab-text';
import type { LabResult } from '../run/run-lab';

export const EVIDENCE_FILE = 'evidence.json';

export function evidenceFile(labDir: string): string {
  return join(labDir, EVIDENCE_FILE);
}

/**
 * `lab` is the definition that ran: evidence.json records its Korean check titles, and each check's
 * evidence in English (`evidence`) and Korean (`evidenceKo`), whatever language the run printed.
 */
export function buildEvidence(r: LabResult, serverVersion: string, lab: LabDefinition): Evidence {
  if (!r.trace || !r.startedAt) throw new Error(`${r.lab}: the run was not traced (runLab needs trace: true)`);
  const titles = labText(lab, 'ko').checks;
  const { transcript, timelineOrigin, observedAt, timeline, lifecycle } = r.trace;
  return evidenceSchema.parse({
    lab: r.lab,
    serverVersion,
    date: r.startedAt,
    durationMs: r.durationMs,
    checks: r.checks.map(({ id, title, pass, evidence, evidenceKo }) => ({ id, title: titles[id] ?? title, pass, evidence, ...(evidenceKo !== undefined && { evidenceKo }) })),
    timelineOrigin,
    observedAt,
    timeline,
    lifecycle,
    transcript,
  });
}

/** Semantic order of `vMAJOR.MINOR.PATCH` strings. */
const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Writes a passing run into the lab's evidence.json and returns the file. The run's version gets
 * its entry in `versions` (replacing that version's earlier one). The full record (checks,
 * timeline, transcript) is replaced only when there is none yet, when it is of the same version,
 * or when the run is on `fullVersion` (the project's version, e.g. `v1.34.0`): evidence from
 * another version never displaces the project's own.
 */
export function writeEvidence(labDir: string, evidence: Evidence, fullVersion: string): string {
  const file = evidenceFile(labDir);
  const before = existsSync(file) ? readEvidence(labDir) : undefined;
  const entry = { serverVersion: evidence.serverVersion, date: evidence.date, durationMs: evidence.durationMs, checks: evidence.checks.length };
  const versions = [...(before ? versionRuns(before) : []).filter((v) => v.serverVersion !== evidence.serverVersion), entry].sort((a, b) => byVersion(a.serverVersion, b.serverVersion));
  const replace = !before || before.serverVersion === evidence.serverVersion || evidence.serverVersion === fullVersion;
  const next = evidenceSchema.parse({ ...(replace ? evidence : before), versions });
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return file;
}

/** The committed evidence, parsed; throws a zod error when it does not match the schema. */
export function readEvidence(labDir: string): Evidence {
  return evidenceSchema.parse(JSON.parse(readFileSync(evidenceFile(labDir), 'utf8')));
}
