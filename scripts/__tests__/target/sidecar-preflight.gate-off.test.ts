/**
 * The native-sidecar preflight and the sidecar-gate-off lab on a real cluster with native
 * sidecars off: v1.30.14 with SidecarContainers=false (.ci/versions-stage brings it up and sets
 * LAB_GATE_OFF_KUBECONFIG). Only that stage runs this project, so a missing cluster is a failure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../lib/exec';
import { probeNativeSidecars } from '../../lib/target/features';
import { connect, resolveTarget } from '../../lib/target/target';
import type { Connected } from '../support/cluster-target';
import { cli, errorLines } from './sidecar-preflight';

let cluster: Connected;
beforeAll(async () => {
  const kubeconfig = process.env.LAB_GATE_OFF_KUBECONFIG;
  if (!kubeconfig) throw new Error('LAB_GATE_OFF_KUBECONFIG is not set: bring up a cluster with npm run cluster:up -- --kubernetes 1.30.14 --feature-gates SidecarContainers=false and pass its kubeconfig');
  const target = await resolveTarget(exec, { kubeconfig, create: false });
  cluster = await connect(exec, target!);
}, 60_000);

describe('on a cluster with native sidecars off', () => {
  it('a server-side dry run drops restartPolicy: Always from an init container', async () => {
    expect(await probeNativeSidecars(cluster.kubectl, 'default', 'en')).toEqual({ supported: false, why: 'a server-side dry run dropped restartPolicy: Always from an init container' });
  });

  it('the runner refuses native-sidecar in one line naming the context, the version and what to do', { timeout: 120_000 }, async () => {
    const { kubeconfig, context } = cluster.kubectl.target;
    const r = await cli(['run', 'native-sidecar', 'co-located', '--kubeconfig', kubeconfig, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(errorLines(r)).toEqual([
      `error: the cluster of context ${context} (${cluster.serverVersion}) does not run native sidecars (a server-side dry run dropped restartPolicy: Always from an init container), and native-sidecar needs them: run on a cluster of v1.29 or later with the SidecarContainers feature gate on (leave out --kubeconfig and the runner makes a kind cluster).`,
    ]);
    expect(r.stderr).not.toMatch(/kubectl apply/);
  });

  it('in Korean too, by default', { timeout: 120_000 }, async () => {
    const { kubeconfig } = cluster.kubectl.target;
    const r = await cli(['run', 'sidecar-shutdown', '--kubeconfig', kubeconfig]);
    expect(r.code).toBe(1);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toContain('네이티브 사이드카를 실행하지 않습니다');
    expect(errorLines(r)[0]).toContain('sidecar-shutdown');
  });
});
