import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../__tests__/lib/repo';
import { unifiedDiff } from './manifest-diff.cjs';

/** GNU diff -u's hunks for the same two texts (file headers dropped). */
function gnuDiff(before: string, after: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-diff-'));
  writeFileSync(path.join(dir, 'a'), before);
  writeFileSync(path.join(dir, 'b'), after);
  try {
    execFileSync('diff', ['-u', path.join(dir, 'a'), path.join(dir, 'b')], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return (e as { stdout: string }).stdout.split('\n').slice(2).join('\n').trimEnd();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('marks a changed line with its context and a hunk header', () => {
    expect(unifiedDiff('1\n2\n3\n4\n5\n', '1\n2\nX\n4\n5\n', 1)).toBe('@@ -2,3 +2,3 @@\n 2\n-3\n+X\n 4');
  });

  it('splits changes far apart into hunks and merges close ones', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const changed = lines.map((l, i) => (i === 2 || i === 5 || i === 25 ? `${l} changed` : l));
    const diff = unifiedDiff(lines.join('\n'), changed.join('\n'));
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toBe(gnuDiff(`${lines.join('\n')}\n`, `${changed.join('\n')}\n`));
  });

  it('does not count a missing newline at the end as a change', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n')).toBe('');
  });

  it('numbers pure insertions and deletions like diff -u', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\nc\n')).toBe(gnuDiff('a\nb\n', 'a\nb\nc\n'));
    expect(unifiedDiff('a\nb\nc\n', 'a\nc\n')).toBe(gnuDiff('a\nb\nc\n', 'a\nc\n'));
    expect(unifiedDiff('', 'x\n')).toBe(gnuDiff('', 'x\n'));
  });

  // The broken variants are what the pages show as diffs: each must differ, and diff like GNU diff.
  const variants = readdirSync(fromRoot('labs')).flatMap((lab) => {
    const dir = fromRoot(`labs/${lab}/variants/broken`);
    try {
      return readdirSync(dir).map((file) => ({ name: `labs/${lab}/variants/broken/${file}`, lab, file }));
    } catch {
      return [];
    }
  });
  it.each(variants)('$name against its manifest matches diff -u', ({ lab, file }) => {
    const before = readFileSync(fromRoot(`labs/${lab}/manifests/${file}`), 'utf8');
    const after = readFileSync(fromRoot(`labs/${lab}/variants/broken/${file}`), 'utf8');
    const diff = unifiedDiff(before, after);
    expect(diff).not.toBe('');
    expect(diff).toBe(gnuDiff(before, after));
  });
});
