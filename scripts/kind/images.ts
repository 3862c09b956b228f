/**
 * The images a kind node holds in its containerd so that `kind create cluster` pulls nothing:
 * what kubeadm deploys (`kubeadm config images list`), the sandbox (pause) image that the node's
 * containerd config names, kindnetd and the storage provisioner (kind v0.30.0
 * pkg/build/nodeimage: const_cni.go, const_storage.go). Each is built from the project's Go builds
 * and Debian packages, as a docker-archive named as kind and kubeadm name it.
 *
 * How each stands in for the published image (what the node relies on):
 * - control plane (kube-apiserver, kube-controller-manager, kube-scheduler) and etcd: the static
 *   binary at /usr/local/bin/<name>, as in the published images; kubeadm's static Pods call it by
 *   name.
 * - kube-proxy and kindnetd: the binary plus iptables (legacy and nft, with a wrapper that picks
 *   the mode already in use, like the published images' iptables-wrapper); both program
 *   iptables.
 * - coredns: /coredns as the entrypoint, built with every plugin kubeadm's Corefile uses.
 * - pause: Kubernetes' build/pause of the pinned release as /pause.
 * - local-path-helper: a shell with mkdir and rm (busybox), which is what its setup and teardown
 *   scripts run.
 */
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exec } from '../lib/exec';
import { bin } from '../cluster/build';
import { baseFiles, fillBusybox, fillSingleBinary, type ImageSpec } from '../cluster/images';

/** Copies a host binary into root at the same path, with the shared libraries ldd names. */
async function copyWithLibraries(root: string, file: string): Promise<void> {
  const dest = join(root, file);
  await mkdir(dirname(dest), { recursive: true });
  if (!existsSync(dest)) await copyFile(file, dest);
  const { stdout } = await exec(['ldd', file], { allowFailure: true });
  for (const lib of stdout.matchAll(/(\/\S+\.so[.\d]*)/g)) {
    const libDest = join(root, lib[1]);
    if (existsSync(libDest)) continue;
    await mkdir(dirname(libDest), { recursive: true });
    await copyFile(lib[1], libDest);
  }
}

/**
 * Picks iptables' mode the way kubernetes-sigs/iptables-wrappers (in the published kube-proxy and
 * kindnetd images) and kind's node entrypoint do: the mode that already holds more rules wins,
 * legacy on a tie. It then points the links at that mode and runs the command.
 */
const IPTABLES_WRAPPER = `#!/bin/sh
legacy=$( (xtables-legacy-multi iptables-save; xtables-legacy-multi ip6tables-save) 2>/dev/null | grep -c '^-')
nft=$( (xtables-nft-multi iptables-save; xtables-nft-multi ip6tables-save) 2>/dev/null | grep -c '^-')
if [ "$legacy" -ge "$nft" ]; then mode=legacy; else mode=nft; fi
for c in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
  ln -sf "xtables-$mode-multi" "/usr/sbin/$c"
done
exec "$0" "$@"
`;

/** Debian's iptables (from this host's install: apt-get install iptables), both modes. */
async function fillIptables(root: string, debs: string): Promise<void> {
  await fillBusybox(root, debs); // the wrapper is a shell script
  for (const multi of ['xtables-legacy-multi', 'xtables-nft-multi']) await copyWithLibraries(root, `/usr/sbin/${multi}`);
  const extensions = '/usr/lib/x86_64-linux-gnu/xtables';
  for (const so of await readdir(extensions)) await copyWithLibraries(root, join(extensions, so));
  for (const f of ['/etc/protocols', '/etc/services', '/etc/ethertypes']) if (existsSync(f)) await copyFile(f, join(root, f));
  await writeFile(join(root, 'usr/sbin/iptables-wrapper'), IPTABLES_WRAPPER);
  await chmod(join(root, 'usr/sbin/iptables-wrapper'), 0o755);
  for (const mode of ['legacy', 'nft']) {
    for (const c of ['iptables', 'iptables-save', 'iptables-restore', 'ip6tables', 'ip6tables-save', 'ip6tables-restore']) {
      await symlink(`xtables-${mode}-multi`, join(root, `usr/sbin/${c.replace(/^(ip6?tables)/, `$1-${mode}`)}`));
    }
  }
  for (const c of ['iptables', 'iptables-save', 'iptables-restore', 'ip6tables', 'ip6tables-save', 'ip6tables-restore']) {
    await symlink('iptables-wrapper', join(root, 'usr/sbin', c));
  }
}

/** A static binary at `path` inside an otherwise minimal root. */
async function fillAt(root: string, binary: string, path: string): Promise<void> {
  await baseFiles(root);
  await mkdir(join(root, dirname(path)), { recursive: true });
  await copyFile(binary, join(root, path));
  await chmod(join(root, path), 0o755);
}

/** How to build an image of each repository kubeadm or kind asks for, by its last path element. */
const builders: Record<string, (ref: string) => ImageSpec> = {
  'kube-apiserver': (ref) => ({ ref, fill: (r) => fillAt(r, bin('kube-apiserver'), '/usr/local/bin/kube-apiserver') }),
  'kube-controller-manager': (ref) => ({ ref, fill: (r) => fillAt(r, bin('kube-controller-manager'), '/usr/local/bin/kube-controller-manager') }),
  'kube-scheduler': (ref) => ({ ref, fill: (r) => fillAt(r, bin('kube-scheduler'), '/usr/local/bin/kube-scheduler') }),
  'kube-proxy': (ref) => ({
    ref,
    fill: async (r, debs) => {
      await fillIptables(r, debs);
      await fillAt(r, bin('kube-proxy'), '/usr/local/bin/kube-proxy');
    },
  }),
  etcd: (ref) => ({ ref, fill: (r) => fillAt(r, bin('etcd'), '/usr/local/bin/etcd') }),
  coredns: (ref) => ({ ref, fill: (r) => fillSingleBinary(r, bin('coredns'), 'coredns'), entrypoint: ['/coredns'] }),
  pause: (ref) => ({ ref, fill: (r) => fillSingleBinary(r, bin('pause'), 'pause'), entrypoint: ['/pause'] }),
  kindnetd: (ref) => ({
    ref,
    fill: async (r, debs) => {
      await fillIptables(r, debs);
      await fillAt(r, bin('kindnetd'), '/bin/kindnetd');
    },
    cmd: ['/bin/kindnetd'],
  }),
  'local-path-provisioner': (ref) => ({
    ref,
    fill: (r) => fillAt(r, bin('local-path-provisioner'), '/usr/local/bin/local-path-provisioner'),
    entrypoint: ['/usr/local/bin/local-path-provisioner'],
  }),
  'local-path-helper': (ref) => ({ ref, fill: fillBusybox }),
};

/** The last path element of an image reference's repository: `…/coredns/coredns:v1` → `coredns`. */
export function repositoryName(ref: string): string {
  return ref.replace(/[:@].*$/, '').split('/').pop()!;
}

/**
 * The image specs for the references a node needs. Errors: a reference no builder knows, named
 * with the list of known ones (kind or kubeadm asked for an image this project cannot build).
 */
export function nodeImageSpecs(refs: string[]): ImageSpec[] {
  return refs.map((ref) => {
    const make = builders[repositoryName(ref)];
    if (!make) throw new Error(`no offline build for image ${ref}: scripts/kind/images.ts builds ${Object.keys(builders).join(', ')}`);
    return make(ref);
  });
}
