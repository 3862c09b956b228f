import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexModuleSource, labFolders, labModuleSource, labRoute } from './lab-pages';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text = 'x: 1\n') {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe('labFolders', () => {
  it('finds every folder with a lab.ts, with its manifests, originals and variants, and nothing else', () => {
    write('new-pitfall/lab.ts', 'export default {}');
    write('new-pitfall/manifests/pod.yaml');
    write('new-pitfall/manifests/b.yml');
    write('new-pitfall/variants/broken/pod.yaml');
    write('new-pitfall/original/pod.yaml');
    write('new-pitfall/manifests/notes.txt');
    write('new-pitfall/evidence.json', '{}');
    write('work-in-progress/manifests/pod.yaml'); // no lab.ts: not a lab yet (scripts/lib/labs/labs.ts labNames)
    expect(labFolders(dir)).toEqual([
      {
        name: 'new-pitfall',
        files: [{ path: 'manifests/b.yml' }, { path: 'manifests/pod.yaml' }, { path: 'original/pod.yaml' }, { path: 'variants/broken/pod.yaml' }],
        hasEvidence: true,
      },
    ]);
    expect(labFolders(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('generated modules', () => {
  it('import the lab, its evidence and each file as text and as a download URL', () => {
    const source = labModuleSource({ name: 'x', files: [{ path: 'manifests/pod.yaml' }], hasEvidence: false });
    expect(source).toContain('import lab from "@site/labs/x/lab";');
    expect(source).toContain('const evidence = undefined;');
    expect(source).toContain('import text0 from "@site/labs/x/manifests/pod.yaml";');
    expect(source).toContain('import url0 from "@site/labs/x/manifests/pod.yaml?download";');
    expect(source).toContain('files: [{ path: "manifests/pod.yaml", text: text0, url: url0 }]');
    expect(indexModuleSource([{ name: 'a', files: [], hasEvidence: true }])).toContain('import lab0 from "@site/labs/a/lab";');
  });

  it('routes lab pages under the base URL of the locale', () => {
    expect(labRoute('/', 'co-located')).toBe('/labs/co-located');
    expect(labRoute('/repo/en/', 'co-located')).toBe('/repo/en/labs/co-located');
    expect(labRoute('/repo')).toBe('/repo/labs');
  });
});
