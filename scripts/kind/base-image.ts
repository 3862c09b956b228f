/**
 * kind's *base image*, rebuilt offline: what kind v0.30.0's images/base/Dockerfile makes, from
 * Debian 12 packages instead of a registry image and source builds. Debian's containerd 1.6, runc
 * 1.1 and CNI plugins stand in for kind's own builds of containerd 2.1, runc 1.3 and CNI 1.7;
 * kind's config.toml is in containerd's version-2 format, which 1.6 reads as it is. kind's files
 * (entrypoint, systemd units, containerd and kubelet configuration) are copied unchanged from its
 * sources (scripts/kind/base/files; scripts/kind/base/SOURCE.md lists the three left out). Left out: fuse-overlayfs (rootless
 * only), nfs-common and open-iscsi (storage drivers no lab uses), crictl (not packaged in Debian
 * 12). runc is capfix (scripts/cluster/build/capfix) in front of Debian's runc, installed where
 * kind puts runc, so that the node's containerd can start privileged Pods on these hosts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, copyFile, cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from '../lib/exec';
import { step } from '../lib/progress';
import { binKey, bin } from '../cluster/build';
import { dockerEnv, imageExists, removeOtherTags } from './docker';

const filesDir = fileURLToPath(new URL('./base/files/', import.meta.url));

/** kind's package list (images/base/Dockerfile) less what the comment above leaves out, plus the runtime. */
const packages = [
  'systemd', 'conntrack', 'iptables', 'nftables', 'iproute2', 'ethtool', 'util-linux', 'mount', 'kmod',
  'libseccomp2', 'pigz', 'bash', 'ca-certificates', 'curl', 'jq', 'procps',
  'containerd', 'runc', 'containernetworking-plugins',
];

/** The CNI plugins kind's base image has in /opt/cni/bin. */
const cniPlugins = ['host-local', 'loopback', 'ptp', 'portmap'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

/** The image name: changes whenever the recipe (this file, kind's files, capfix) does. */
export const baseImage = (() => {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(binKey('capfix'));
  for (const f of filesUnder(filesDir)) hash.update(f).update(readFileSync(join(filesDir, f)));
  return `multi-container-pod/kind-base:${hash.digest('hex').slice(0, 12)}`;
})();

/** The mirror apt already uses on this machine (read at run time: no host is written in the repo). */
function aptMirror(): string | undefined {
  for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    try {
      const text = readFileSync(file, 'utf8');
      const m = text.match(/^URIs:\s*(\S+)/m) ?? text.match(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m);
      if (m) return m[1];
    } catch {
      // next file
    }
  }
  return undefined;
}

/** Debootstraps the root file system and lays kind's files over it, as the Dockerfile's RUN steps do. */
async function makeRoot(root: string): Promise<void> {
  const mirror = aptMirror();
  await step('debootstrap Debian 12 with systemd, containerd, runc, CNI plugins', () =>
    exec(['debootstrap', '--variant=minbase', `--include=${packages.join(',')}`, 'bookworm', root, ...(mirror ? [mirror] : [])], { timeoutMs: 15 * 60_000 }),
  );
  // COPY files/… (modes as in the Dockerfile: scripts 0755, the rest 0644)
  await cp(filesDir, root, { recursive: true });
  for (const f of filesUnder(filesDir)) {
    await chmod(join(root, f), f.startsWith('usr/local/bin/') || f.startsWith('kind/bin/') ? 0o755 : 0o644);
  }
  // kind installs containerd and ctr in /usr/local/bin and runc in /usr/local/sbin; its units name those paths.
  for (const c of ['containerd', 'ctr', 'containerd-shim-runc-v2']) await symlink(`/usr/bin/${c}`, join(root, 'usr/local/bin', c));
  await mkdir(join(root, 'usr/local/sbin'), { recursive: true });
  await copyFile(bin('capfix'), join(root, 'usr/local/sbin/runc'));
  await chmod(join(root, 'usr/local/sbin/runc'), 0o755);
  await mkdir(join(root, 'opt/cni/bin'), { recursive: true });
  for (const p of cniPlugins) await copyFile(join(root, 'usr/lib/cni', p), join(root, 'opt/cni/bin', p));
  const sh = (script: string) => exec(['chroot', root, '/bin/bash', '-ec', script]);
  // The Dockerfile's RUN steps, in order.
  await sh(`
    find /lib/systemd/system/sysinit.target.wants/ -name "systemd-tmpfiles-setup.service" -delete
    rm -f /lib/systemd/system/multi-user.target.wants/*
    rm -f /etc/systemd/system/*.wants/*
    rm -f /lib/systemd/system/local-fs.target.wants/*
    rm -f /lib/systemd/system/sockets.target.wants/*udev*
    rm -f /lib/systemd/system/sockets.target.wants/*initctl*
    rm -f /lib/systemd/system/basic.target.wants/*
    echo "ReadKMsg=no" >> /etc/systemd/journald.conf
    ln -sf "$(which systemd)" /sbin/init
    systemctl enable kubelet.service
    systemctl enable containerd.service
    systemctl enable undo-mount-hacks.service
    systemctl mask systemd-binfmt.service
    mkdir -p /etc/kubernetes/manifests
    ctr oci spec \\
      | jq '.hooks.createContainer[.hooks.createContainer| length] |= . + {"path": "/kind/bin/mount-product-files.sh"}' \\
      | jq 'del(.process.rlimits)' \\
      > /etc/containerd/cri-base.json
    apt-get clean
    rm -rf /var/lib/apt/lists/* /var/cache/apt/*
  `);
}

/** Builds the base image into our Docker unless an image of the same recipe is there. */
export async function buildBaseImage(): Promise<string> {
  if (await imageExists(baseImage)) return baseImage;
  const work = await mkdtemp(join(tmpdir(), 'mcp-kind-base-'));
  try {
    const root = join(work, 'root');
    await makeRoot(root);
    await step(`Importing ${baseImage} into Docker`, async () => {
      await exec(['tar', '--numeric-owner', '--xattrs', '-C', root, '-cf', join(work, 'root.tar'), '.']);
      // The Dockerfile's last stage: `docker import` takes the root and the environment; Docker
      // 20.10's import has no STOPSIGNAL, so a one-line build on top adds it (SIGRTMIN+3 makes
      // systemd shut down cleanly on `docker stop`).
      const imported = `${baseImage}-rootfs`;
      await exec(['docker', 'import', '--change', 'ENV container=docker', join(work, 'root.tar'), imported], { env: dockerEnv() });
      await exec(['docker', 'build', '-q', '-t', baseImage, '-'], {
        env: dockerEnv(),
        input: `FROM ${imported}\nSTOPSIGNAL SIGRTMIN+3\nENTRYPOINT [ "/usr/local/bin/entrypoint", "/sbin/init" ]\n`,
      });
      await exec(['docker', 'rmi', imported], { env: dockerEnv() });
    });
    await removeOtherTags(baseImage);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return baseImage;
}

