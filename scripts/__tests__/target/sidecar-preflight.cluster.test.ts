/**
 * The native-sidecar preflight on a cluster that runs them (the CI cluster, v1.34): the probe says
 * so, and the lab that needs them off is refused in one line, before any namespace is created.
 * The other answer, on a real cluster with SidecarContainers=false: sidecar-preflight.gate-off.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { probeNativeSidecars } from '../../lib/target/features';
import { LAB_LABEL } from '../../lib/target/kubectl';
import { findClusterOrWarn, onCluster, type Connected } from '../support/cluster-target';
import { cli, errorLines } from './sidecar-preflight';

let cluster: Connected | string | undefined;
beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

describe('native-sidecar preflight on a cluster that runs them', () => {
  it('a server-side dry run keeps restartPolicy: Always on an init container', async (ctx) => {
    onCluster(cluster, ctx);
    const { kubectl } = cluster as Connected;
    expect(await probeNativeSidecars(kubectl, 'default', 'en')).toEqual({ supported: true, why: 'a server-side dry run kept restartPolicy: Always on an init container' });
  });

  it('refuses sidecar-gate-off in one line naming the context, the version and what to do', { timeout: 120_000 }, async (ctx) => {
    onCluster(cluster, ctx);
    const { kubectl, serverVersion } = cluster as Connected;
    const { kubeconfig, context } = kubectl.target;
    const r = await cli(['run', 'sidecar-gate-off', '--kubeconfig', kubeconfig, '--context', context, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(errorLines(r)).toEqual([
      `error: sidecar-gate-off needs a cluster with native sidecars off (the v1.28 default, or SidecarContainers=false), but the cluster of context ${context} (${serverVersion}) runs them: pass --kubeconfig of one made like CI's: npm run cluster:up -- --kubernetes 1.30.14 --feature-gates SidecarContainers=false`,
    ]);
    expect(r.stderr).not.toMatch(/kubectl apply/);
    // No namespace of this lab was made: the run names none, and the cluster has none (other
    // tests run labs at the same time, so only this lab's label is looked at).
    expect(r.stderr).not.toMatch(/lab-sidecar-gate-off-/);
    const made = (await kubectl.run(['get', 'namespaces', '-l', `${LAB_LABEL}=sidecar-gate-off`, '-o', 'name'])).stdout;
    expect(made).toBe('');
  });

  it('leaves sidecar-gate-off out of --all and says so (listing only: --variant of a lab none has)', { timeout: 120_000 }, async (ctx) => {
    onCluster(cluster, ctx);
    const { kubeconfig, context } = (cluster as Connected).kubectl.target;
    // A variant no lab has: --all then runs nothing, but says first which labs it left out.
    const r = await cli(['run', '--all', '--variant', 'no-such-variant', '--kubeconfig', kubeconfig, '--context', context, '--lang', 'en']);
    expect(r.stderr).toContain('left out of --all (they need a cluster of their own): sidecar-gate-off');
  });
});
