import { describe, expect, it } from 'vitest';
import { requireSidecarSupport, usesNativeSidecars } from './features';
import { loadAllLabs } from '../labs/labs';
import { Kubectl } from './kubectl';
import { MESSAGES } from '../output/messages';
import { fakeExec } from '../../__tests__/support/fake-exec';

describe('usesNativeSidecars', () => {
  it('finds restartPolicy: Always on an init container of a Pod or of a Job template', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n  - name: s\n    restartPolicy: Always\n  containers: [{name: a}]\n';
    const job = 'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: s\n        restartPolicy: Always\n';
    expect(usesNativeSidecars(new Map([['p.yaml', pod]]))).toBe(true);
    expect(usesNativeSidecars(new Map([['j.yaml', `---\nkind: ConfigMap\n---\n${job}`]]))).toBe(true);
  });

  it('does not count a plain init container or restartPolicy under containers', () => {
    const plain = 'kind: Pod\nspec:\n  initContainers: [{name: i}]\n  containers: [{name: a, restartPolicy: Always}]\n';
    expect(usesNativeSidecars(new Map([['p.yaml', plain]]))).toBe(false);
  });

  it('tells the labs apart: native-sidecar and sidecar-shutdown use them, co-located does not', async () => {
    const labs = new Map((await loadAllLabs()).map((l) => [l.lab.name, l]));
    expect(usesNativeSidecars(labs.get('native-sidecar')!.manifests)).toBe(true);
    expect(usesNativeSidecars(labs.get('sidecar-shutdown')!.manifests)).toBe(true);
    expect(usesNativeSidecars(labs.get('co-located')!.manifests)).toBe(false);
  });
});

describe('requireSidecarSupport', () => {
  // What a server-side dry run of the probe Pod returns on a cluster that runs native sidecars.
  const kept = JSON.stringify({ spec: { initContainers: [{ name: 'probe', restartPolicy: 'Always' }], containers: [{ name: 'main' }] } });
  const kubectl = () => new Kubectl(fakeExec([[/ create --dry-run=server /, { stdout: kept }]]), { kubeconfig: 'k', context: 'ctx' });
  const needsOff = [{ name: 'sidecar-gate-off', need: 'off' as const }];

  it('on the runner\'s kind cluster, says why it cannot run there and where its result is', async () => {
    await expect(requireSidecarSupport(kubectl(), { context: 'kind-multi-container-pod', serverVersion: 'v1.34.0', dedicated: true }, needsOff, 'default', 'en')).rejects.toThrow(
      MESSAGES.en.nativeSidecars.presentOnKind('v1.34.0', ['sidecar-gate-off']),
    );
  });

  it('on a cluster of the reader\'s own, names its context and the cluster to make instead', async () => {
    await expect(requireSidecarSupport(kubectl(), { context: 'ctx', serverVersion: 'v1.34.0', dedicated: false }, needsOff, 'default', 'en')).rejects.toThrow(
      MESSAGES.en.nativeSidecars.present('ctx', 'v1.34.0', ['sidecar-gate-off']),
    );
  });

  it('lets a lab that needs them run on a cluster that has them', async () => {
    await expect(requireSidecarSupport(kubectl(), { context: 'ctx', serverVersion: 'v1.34.0' }, [{ name: 'native-sidecar', need: 'on' }], 'default', 'en')).resolves.toBeUndefined();
  });
});
