/**
 * `kubectl logs --previous` of a container whose run before the current one the container runtime
 * no longer has (an init container waiting in `Init:Error`: the kubelet keeps only its last run)
 * prints `unable to retrieve container logs for containerd://…` and exits 0. The runner reads that
 * as "no previous log", never as a line the container printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteFollowingLogs } from '../../lib/run/delete-step';
import { isLogRefusal, Kubectl } from '../../lib/target/kubectl';
import { MESSAGES } from '../../lib/output/messages';
import { judge as judgeIn } from '../../lib/checks/judge';
import { podLogs } from '../../lib/checks/observe';
import type { Recording } from '../../lib/evidence/record';
import { fakeExec } from '../support/fake-exec';

/** The canonical (English) evidence, as recorded and parsed; evidence-lang.test.ts covers Korean. */
const judge = (...[check, obs]: Parameters<typeof judgeIn>) => judgeIn(check, obs, 'en');

const target = { kubeconfig: 'kubeconfig', context: 'ctx' };
// The kubelet's answer, as kubectl printed it on the project's cluster (v1.34.4): stdout, exit 0.
const REFUSAL = 'unable to retrieve container logs for containerd://0d6c5b1f7e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b\n';
// A Pod recorded from the real cluster: init-fails-always, check-db restarted twice.
const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/checks/__fixtures__/init-failure.always-init-retried.json'), 'utf8')) as Recording;
const pod = recorded.observation.pod;
const CURRENT = 'LIFECYCLE 3785.03 check-db Starting\ncheck-db: db-service:5432 is not reachable\n';

beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

describe('isLogRefusal', () => {
  it('recognises the kubelet\'s refusal, and only as the whole output', () => {
    expect(isLogRefusal(REFUSAL)).toBe(true);
    expect(isLogRefusal('unable to retrieve container logs for docker://abc123')).toBe(true);
    expect(isLogRefusal(`LIFECYCLE 1.00 app Starting\n${REFUSAL}`)).toBe(false);
    expect(isLogRefusal('')).toBe(false);
  });
});

describe('kubectl logs', () => {
  it('--previous answered with the refusal (exit 0) is no previous log', async () => {
    const k = new Kubectl(fakeExec([[/ logs .* --previous/, { stdout: REFUSAL }]]), target);
    expect(await k.logs('ns', 'init-fails-always', 'check-db', undefined, true)).toBe('');
  });

  it('--previous of a container that never restarted (kubectl exits 1) is no previous log either', async () => {
    const stderr = 'Error from server (BadRequest): previous terminated container "check-db" in pod "init-fails-never" not found';
    const k = new Kubectl(fakeExec([[/ logs .* --previous/, { code: 1, stderr }]]), target);
    expect(await k.logs('ns', 'init-fails-never', 'check-db', undefined, true)).toBe('');
  });

  it('a current log answered with the refusal says there is no log, not a log line', async () => {
    const k = new Kubectl(fakeExec([[/ logs /, { stdout: REFUSAL }]]), target);
    expect(await k.logs('ns', 'init-fails-always', 'check-db')).toBe(MESSAGES.ko.command.noLogs(REFUSAL.trim()));
  });

  it('a real log is returned as printed, even with --previous', async () => {
    const k = new Kubectl(fakeExec([[/ logs /, { stdout: CURRENT }]]), target);
    expect(await k.logs('ns', 'init-fails-always', 'check-db', undefined, true)).toBe(CURRENT);
  });
});

describe('where previous logs are read', () => {
  const exec = () =>
    fakeExec([
      [/ get pod init-fails-always /, { stdout: JSON.stringify(pod) }],
      [/ logs .* --previous/, { stdout: REFUSAL }],
      [/ logs /, { stdout: CURRENT }],
    ]);

  // podLogs asks again for a refused previous log (5 times, 1 s apart: observe.ts), so this one takes ~4 s.
  it('podLogs (lifecycle checks) reads the previous run of the restarted init container and keeps only real lines', { timeout: 20_000 }, async () => {
    const e = exec();
    const text = await podLogs(new Kubectl(e, target), 'ns', pod);
    expect(e.calls.some((c) => c.includes('--previous')), 'check-db restarted, so its previous run is asked for').toBe(true);
    expect(text).toContain('LIFECYCLE 3785.03 check-db Starting');
    expect(text).not.toMatch(/unable to retrieve/);
  });

  it('a delete step keeps no refusal among the logs it returns', async () => {
    const text = await deleteFollowingLogs(new Kubectl(exec(), target), 'ns', 'init-fails-always', 30, 0);
    expect(text).not.toMatch(/unable to retrieve/);
  });
});

describe('a previous run the kubelet removed (its container GC, between the new run\'s creation and start)', () => {
  // native-sidecar's sidecar-lifecycle Pod as recorded: log-agent restarted once; every container mounts /lifecycle.
  const ranTwice = JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/checks/__fixtures__/native-sidecar.sidecar-ran-twice.json'), 'utf8')) as Recording;
  const lcPod = ranTwice.observation.pod;
  const FILE = ['LIFECYCLE 7437.41 log-agent Starting', 'LIFECYCLE 7437.41 log-agent Started', 'LIFECYCLE 7438.18 app Starting', 'LIFECYCLE 7438.18 app Started', 'LIFECYCLE 7441.18 log-agent Starting', 'LIFECYCLE 7441.18 log-agent Started', ''].join('\n');
  const current = (name: string) => (name === 'app' ? 'LIFECYCLE 7438.18 app Starting\nLIFECYCLE 7438.18 app Started\n' : 'LIFECYCLE 7441.18 log-agent Starting\nLIFECYCLE 7441.18 log-agent Started\n');

  // The previous log is asked for 5 times, 1 s apart (observe.ts), so this takes ~4 s.
  it('podLogs reads the LIFECYCLE file in a running container that mounts it, and the checks judge as on a run that kept the log', { timeout: 20_000 }, async () => {
    const e = fakeExec([
      [/ logs .* --previous/, { stdout: REFUSAL }],
      [/ logs /, (argv) => ({ stdout: current(argv[argv.indexOf('-c') + 1]) })],
      [/ exec .* -- cat \/lifecycle\/events\.log$/, { stdout: FILE }],
    ]);
    const text = await podLogs(new Kubectl(e, target), 'ns', lcPod);
    expect(e.calls.filter((c) => c.includes('exec')).map((c) => c.slice(c.indexOf('-c'), c.indexOf('-c') + 2))).toEqual([['-c', 'log-agent']]);
    expect(judge(ranTwice.check.check, { pod: lcPod, lifecycle: text })).toEqual(ranTwice.verdict);
  });

  it('the file is not read when the previous log is there', async () => {
    const e = fakeExec([
      [/ logs .* --previous/, { stdout: 'LIFECYCLE 7437.41 log-agent Starting\nLIFECYCLE 7437.41 log-agent Started\n' }],
      [/ logs /, (argv) => ({ stdout: current(argv[argv.indexOf('-c') + 1]) })],
    ]);
    const text = await podLogs(new Kubectl(e, target), 'ns', lcPod);
    expect(e.calls.some((c) => c.includes('exec'))).toBe(false);
    expect(judge(ranTwice.check.check, { pod: lcPod, lifecycle: text }).pass).toBe(true);
  });
});
