/**
 * The exam boxes against a real API server: each box's `kubectl run … --dry-run=client -o yaml`
 * (as the box shows it, against the cluster), completed as the box says, is accepted by
 * `kubectl apply --dry-run=server`, as the box applies it (validated and defaulted by the API
 * server, nothing created).
 * Which cluster, and when the tests skip or fail without one: scripts/__tests__/support/cluster-target.ts.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClusterOrWarn, onCluster, type Connected } from '../../scripts/__tests__/support/cluster-target';
import { examKubectl } from './kubectl';
import { complete, examStarts, kubectlRunArgs } from './starts';

let cluster: Connected | string | undefined;
const kubectl = examKubectl() ?? 'kubectl';

beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

interface ServerPod {
  metadata: { name: string };
  spec: { containers: { name: string }[]; initContainers?: { name: string; restartPolicy?: string }[] };
}

describe('exam boxes on a real cluster', () => {
  it.for(Object.entries(examStarts))('%s: the completed manifest passes a server-side dry run', { timeout: 120_000 }, ([page, start], ctx) => {
    const { target } = onCluster(cluster, ctx).kubectl;
    const k = (args: string[], input?: string) =>
      execFileSync(kubectl, ['--kubeconfig', target.kubeconfig, '--context', target.context, ...args], { input, encoding: 'utf8', timeout: 60_000 });
    const printed = k(kubectlRunArgs(start));
    const manifest = complete(printed, start) as ReturnType<typeof complete> & { metadata: { name: string } };
    expect(manifest.metadata.name).toBe(start.pod);
    // A name no Pod has, so that the dry run creates (not changes someone's Pod `app`);
    // `default` exists in every cluster, and a server-side dry run creates nothing in it.
    manifest.metadata.name = `exam-${page}-${process.pid}`;
    const accepted = JSON.parse(k(['apply', '--dry-run=server', '--namespace', 'default', '-o', 'json', '-f', '-'], JSON.stringify(manifest))) as ServerPod;
    expect(accepted.metadata.name).toBe(manifest.metadata.name);
    const containers = accepted.spec.containers.map((c) => c.name);
    const inits = (accepted.spec.initContainers ?? []).map((c) => `${c.name}${c.restartPolicy ? ` (restartPolicy ${c.restartPolicy})` : ''}`);
    const expected: Record<string, { containers: string[]; inits: string[] }> = {
      'co-located': { containers: ['app', 'helper'], inits: [] },
      'init-containers': { containers: ['app'], inits: ['wait-for-db'] },
      'sidecar-containers': { containers: ['app'], inits: ['log-shipper (restartPolicy Always)'] },
    };
    expect({ containers, inits }, `${page}: what the API server kept of the completed manifest`).toEqual(expected[page]);
  });
});
