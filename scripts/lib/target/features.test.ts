import { describe, expect, it } from 'vitest';
import { usesNativeSidecars } from './features';
import { loadAllLabs } from '../labs/labs';

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
