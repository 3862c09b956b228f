import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordingFile, writeRecording, type Recording } from './record';
import { tempDir } from '../../__tests__/support/temp-dir';

const fixtures = fileURLToPath(new URL('../checks/__fixtures__/', import.meta.url));

/** Every `image`/`imageID` string anywhere in a parsed JSON value. */
function imageRefs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(imageRefs);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => ((k === 'image' || k === 'imageID') && typeof v === 'string' ? [v] : imageRefs(v)));
  }
  return [];
}

describe('recordings', () => {
  it('are written with image references as the manifests name them, without a registry host', () => {
    const dir = tempDir('record-');
    const pod = { status: { containerStatuses: [{ image: 'example.org/library/busybox:1.36', imageID: 'example.org:5000/team/app@sha256:abc' }] } };
    const r = { lab: 'x', serverVersion: 'v1.34.4', check: { id: 'c' }, observation: { pods: [pod] }, verdict: { pass: true, evidence: '' } };
    writeRecording(dir, r as unknown as Recording);
    expect(imageRefs(JSON.parse(readFileSync(recordingFile(dir, 'x', 'c'), 'utf8')))).toEqual(['busybox:1.36', 'team/app@sha256:abc']);
  });

  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.json')))('__fixtures__/%s names no registry host', (file) => {
    const refs = imageRefs(JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')));
    expect(refs.filter((ref) => /^[^/]*[.:][^/]*\//.test(ref)), `re-record it with --record (scripts/lib/evidence/record.ts strips the host)`).toEqual([]);
  });
});
