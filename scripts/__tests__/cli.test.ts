/** The CLI as a user meets it: exit codes and the one-line errors that carry the fix. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../lib/exec';
import { labNames } from '../lib/labs';

const root = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) => exec([join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', 'cli.ts'), ...args], { cwd: root, allowFailure: true, timeoutMs: 30_000 });

// Each case starts tsx (a few hundred ms, more on a cold cache).
describe('lab CLI', { timeout: 30_000 }, () => {
  it('run of an unknown lab names the valid ones and exits 1', async () => {
    const r = await cli('run', 'nope');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: unknown lab "nope": valid names are ${labNames().join(', ')}`);
  });

  it('run with a kubeconfig that does not exist says so and exits 1', async () => {
    const r = await cli('run', 'co-located', '--kubeconfig', '/nonexistent');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: kubeconfig \/nonexistent does not exist: /);
  });

  it('list --json prints the labs as JSON on stdout', async () => {
    const r = await cli('list', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((l) => l.name)).toEqual(labNames());
  });

  it('an unknown option is an error', async () => {
    const r = await cli('run', '--bogus');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Unknown option '--bogus'/);
  });
});
