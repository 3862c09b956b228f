/**
 * `run --record DIR`: writes what the judge saw for each check as `<lab>.<check-id>.json`, so
 * the judge's unit tests run on Pods recorded from a real cluster.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NamedCheck } from '../labs/lab-schema';
import type { Observation, Verdict } from '../checks/judge';

export interface Recording {
  lab: string;
  /** A broken variant's recording: its verdict may be a failure. */
  variant?: string;
  serverVersion: string;
  check: NamedCheck;
  observation: Observation;
  verdict: Verdict;
}

export function recordingFile(dir: string, lab: string, checkId: string, variant?: string): string {
  return join(dir, `${lab}${variant ? `~${variant}` : ''}.${checkId}.json`);
}

/**
 * Image references as the manifests wrote them: the cluster reports `busybox:1.36` with the
 * default registry's host and `library/` in front, and the repository names no registry host.
 * The judge never reads these fields.
 */
const withoutRegistry = (key: string, value: unknown) =>
  (key === 'image' || key === 'imageID') && typeof value === 'string' ? value.replace(/^[^/]*[.:][^/]*\/(library\/)?/, '') : value;

export function writeRecording(dir: string, r: Recording): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(recordingFile(dir, r.lab, r.check.id, r.variant), `${JSON.stringify(r, withoutRegistry, 2)}\n`);
}
