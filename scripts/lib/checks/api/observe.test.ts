/**
 * What observe.ts asks kubectl for the API check kinds, and for `log-includes` with
 * `includePrevious`, on Pods recorded from the real cluster (scripts/lib/checks/__fixtures__), with a fake
 * exec that answers as kubectl did there (no cluster; the cluster tests run the real thing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeExec } from '../../../__tests__/support/fake-exec';
import { Kubectl } from '../../target/kubectl';
import { newRunMemory, observe } from '../observe';
import type { Recording } from '../../evidence/record';

const target = { kubeconfig: 'kubeconfig', context: 'ctx' };
const rec = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '__fixtures__', file), 'utf8')) as Recording;

beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('log-includes with includePrevious', () => {
  const check = rec('shared-port.second-bind-failed.json').check.check;
  const pod = rec('shared-port.second-bind-failed.json').observation.pod;
  const BIND = 'httpd: bind: Address already in use\n';
  const REFUSED = 'unable to retrieve container logs for containerd://abc\n';

  it('finds the line in the current log while the container is in back-off (--previous is refused then)', async () => {
    const exec = fakeExec([[/ get pod /, { stdout: JSON.stringify(pod) }], [/ logs .*--previous/, { stdout: REFUSED }], [/ logs /, { stdout: BIND }]]);
    expect((await observe(new Kubectl(exec, target), 'ns', check)).log).toBe(BIND);
  });

  it('finds it in --previous once the container runs again and has printed nothing yet', async () => {
    const exec = fakeExec([[/ get pod /, { stdout: JSON.stringify(pod) }], [/ logs .*--previous/, { stdout: BIND }], [/ logs /, { stdout: '' }]]);
    const o = await observe(new Kubectl(exec, target), 'ns', check);
    expect(o.log).toBe(BIND);
    // Current first, then previous: a run that ends between the two calls is still in one of them.
    const logCalls = exec.calls.filter((a) => a.includes('logs'));
    expect(logCalls.map((a) => a.includes('--previous'))).toEqual([false, true]);
  });

  it('without includePrevious only the current log is read', async () => {
    const exec = fakeExec([[/ get pod /, { stdout: JSON.stringify(pod) }], [/ logs /, { stdout: BIND }]]);
    await observe(new Kubectl(exec, target), 'ns', { ...check, includePrevious: undefined } as typeof check);
    expect(exec.calls.some((a) => a.includes('--previous'))).toBe(false);
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
