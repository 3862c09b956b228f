/**
 * capfix, the OCI runtime wrapper of the offline kind path (scripts/cluster/build/capfix), has
 * Go unit tests of its spec edits; this runs them, so `npm test` covers them. Docker and the kind
 * node start privileged containers through it in CI, which is the end-to-end test.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { exec } from '../../lib/exec';

// `go test` compiles the package first: seconds with a warm cache, up to a minute cold.
it('capfix drops CAP_SYS_RESOURCE and raises a negative oom_score_adj (go test)', { timeout: 120_000 }, async () => {
  const dir = join(import.meta.dirname, '..', '..', 'cluster', 'build', 'capfix');
  const r = await exec(['go', 'test', '-count=1', '.'], { cwd: dir, allowFailure: true, env: { ...process.env, GOFLAGS: '-mod=readonly' } });
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(r.stdout).toMatch(/^ok\s/m);
});
