/**
 * What observe.ts asks kubectl for the API check kinds, and for `log-includes` with
 * `lastFinished`, on Pods recorded from the real cluster (scripts/lib/__fixtures__), with a fake
 * exec that answers as kubectl did there (no cluster; the cluster tests run the real thing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeExec } from '../../__tests__/fake-exec';
import { Kubectl } from '../kubectl';
import { newRunMemory, observe } from '../observe';
import type { Recording } from '../record';

const target = { kubeconfig: 'kubeconfig', context: 'ctx' };
const rec = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '__fixtures__', file), 'utf8')) as Recording;

beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('log-includes with lastFinished', () => {
  const check = rec('shared-port.second-bind-failed.json').check.check;
  const BIND = 'httpd: bind: Address already in use\n';

  it('reads the current log while the container is not running (its last run is the current container)', async () => {
    // The recorded Pod: metrics just ended (terminated, exit 1), before its back-off.
    const pod = rec('shared-port.second-bind-failed.json').observation.pod;
    expect(pod.status?.containerStatuses?.find((s) => s.name === 'metrics')?.state?.terminated?.exitCode).toBe(1);
    const exec = fakeExec([[/ get pod /, { stdout: JSON.stringify(pod) }], [/ logs .*--previous/, { stdout: 'unable to retrieve container logs for containerd://abc\n' }], [/ logs /, { stdout: BIND }]]);
    const o = await observe(new Kubectl(exec, target), 'ns', check);
    expect(o.log).toBe(BIND);
    expect(exec.calls.some((a) => a.includes('--previous'))).toBe(false);
  });

  it('reads --previous once the container runs again', async () => {
    const pod = structuredClone(rec('shared-port.second-bind-failed.json').observation.pod);
    pod.status!.containerStatuses!.find((s) => s.name === 'metrics')!.state = { running: { startedAt: '2026-11-29T17:05:00Z' } };
    const exec = fakeExec([[/ get pod /, { stdout: JSON.stringify(pod) }], [/ logs .*--previous/, { stdout: BIND }], [/ logs /, { stdout: '' }]]);
    expect((await observe(new Kubectl(exec, target), 'ns', check)).log).toBe(BIND);
  });
});

describe('API checks', () => {
  it('apply-rejected applies the lab\'s manifest as a server-side dry run and keeps what the server said', async () => {
    const r = rec('sidecar-fields.probes-rejected.json');
    const exec = fakeExec([[/ apply .*--dry-run=server/, { code: 1, stderr: r.observation.api!.apply!.stderr }]]);
    const memory = newRunMemory();
    memory.api.manifests.set('probe-on-init.yaml', 'kind: Pod');
    const o = await observe(new Kubectl(exec, target), 'lab-x', r.check.check, memory);
    expect(exec.inputs.at(-1)).toBe('kind: Pod');
    expect(o.api?.apply).toEqual({ command: 'kubectl apply -n lab-x --dry-run=server -f probe-on-init.yaml', code: 1, stdout: '', stderr: r.observation.api!.apply!.stderr });
  });

  it('apply-warned reads what the step\'s apply printed, and says so when no step applied the file', async () => {
    const check = rec('shared-port.duplicate-port-warned.json').check.check;
    const memory = newRunMemory();
    const k = new Kubectl(fakeExec([]), target);
    expect((await observe(k, 'ns', check, memory)).api).toEqual({ applyStderr: undefined });
    memory.api.applied.set('pod.yaml', { argv: [], code: 0, stdout: 'pod/same-port created\n', stderr: 'Warning: spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]\n' });
    expect((await observe(k, 'ns', check, memory)).api?.applyStderr).toContain('duplicate port definition');
  });
});
