import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished, TestRunner } from 'vitest';

/**
 * A new empty folder `<OS temp folder>/<prefix>XXXXXX` (its absolute path), removed with all it
 * holds when the test that made it ends, passed or failed; made outside a test (at the top of a
 * file or in a `describe` body), after that file's or block's last test. Call it in a test body or
 * while tests are collected, not in a `before*` hook.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (TestRunner.getCurrentTest()) onTestFinished(remove);
  else afterAll(remove);
  return dir;
}
