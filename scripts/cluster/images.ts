/**
 * Images without a registry: each image is a root filesystem assembled from Debian packages
 * (downloaded with apt, extracted, never installed) or from the binaries we built, written as a
 * docker-archive tar and imported into containerd's `k8s.io` namespace under the exact name the
 * manifests use. Kubernetes then finds it locally (a pinned tag means IfNotPresent) and never pulls.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from '../lib/exec';
import { step } from '../lib/progress';
import { bin, binKey } from './build';
import { imageDir, infraImages } from './config';
import { busyboxImageFiles, nginxImageFiles } from './stand-ins';

export interface ImageSpec {
  /** Fully qualified reference, as containerd stores it. */
  ref: string;
  /** Fills the root filesystem. */
  fill: (root: string, debs: string) => Promise<void>;
  entrypoint?: string[];
  cmd?: string[];
  /** The image's STOPSIGNAL: what the runtime sends to stop the container (default SIGTERM). */
  stopSignal?: string;
  /** The cache key of a built binary baked in (see archivePath). */
  key?: () => string;
}


const passwd = 'root:x:0:0:root:/root:/bin/sh\nwww-data:x:33:33:www-data:/var/www:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n';
const group = 'root:x:0:\nwww-data:x:33:\nnogroup:x:65534:\n';

export async function baseFiles(root: string): Promise<void> {
  for (const d of ['etc', 'tmp', 'root', 'var/run', 'proc', 'sys', 'dev']) await mkdir(join(root, d), { recursive: true });
  await chmod(join(root, 'tmp'), 0o1777);
  await writeFile(join(root, 'etc/passwd'), passwd);
  await writeFile(join(root, 'etc/group'), group);
}

/**
 * busybox from Debian's busybox-static: one static binary and a link for every applet, and what
 * the real busybox:1.36 has besides (stand-ins.ts: what labs and readers rely on, and the
 * differences).
 */
export async function fillBusybox(root: string, debs: string): Promise<void> {
  await baseFiles(root);
  await mkdir(join(root, 'bin'), { recursive: true });
  await copyFile(join(debs, 'busybox-static/bin/busybox'), join(root, 'bin/busybox'));
  await chmod(join(root, 'bin/busybox'), 0o755);
  const { stdout } = await exec([join(root, 'bin/busybox'), '--list']);
  for (const applet of stdout.split('\n').filter((a) => a && a !== 'busybox')) {
    await symlink('busybox', join(root, 'bin', applet));
  }
  await busyboxImageFiles(root);
}

/**
 * nginx from Debian's nginx (1.22) and its shared libraries, busybox for a shell, and around them
 * the official nginx:1.27 image's configuration, pages, user, log links and entrypoint
 * (stand-ins.ts: what labs and readers rely on, and the differences).
 */
async function fillNginx(root: string, debs: string): Promise<void> {
  await fillBusybox(root, debs);
  await mkdir(join(root, 'usr/sbin'), { recursive: true });
  await copyFile(join(debs, 'nginx/usr/sbin/nginx'), join(root, 'usr/sbin/nginx'));
  await chmod(join(root, 'usr/sbin/nginx'), 0o755);
  // The libraries the binary links against, taken from this Debian host (same release).
  const { stdout } = await exec(['ldd', join(root, 'usr/sbin/nginx')]);
  for (const lib of stdout.matchAll(/(\/\S+\.so[.\d]*)/g)) {
    const dest = join(root, lib[1]);
    await mkdir(dirname(dest), { recursive: true });
    await copyFile(lib[1], dest);
  }
  await nginxImageFiles(root, join(debs, 'nginx-common'));
}

export async function fillSingleBinary(root: string, binary: string, name: string): Promise<void> {
  await baseFiles(root);
  await copyFile(binary, join(root, name));
  await chmod(join(root, name), 0o755);
}

export const images: ImageSpec[] = [
  // Named as the manifests name them: `ctr images import` gives a short name the default registry's
  // full name, which is what the kubelet looks for, so the repository never has to spell it out.
  { ref: 'busybox:1.36', fill: fillBusybox, cmd: ['sh'] },
  { ref: 'nginx:1.27', fill: fillNginx, entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], stopSignal: 'SIGQUIT' },
  { ref: infraImages.pause, key: () => binKey('pause'), fill: (r) => fillSingleBinary(r, bin('pause'), 'pause'), entrypoint: ['/pause'] },
  { ref: infraImages.coredns, key: () => binKey('coredns'), fill: (r) => fillSingleBinary(r, bin('coredns'), 'coredns'), entrypoint: ['/coredns'] },
];

const debPackages = ['busybox-static', 'nginx', 'nginx-common'];

/** Downloads the Debian packages the images are made of and extracts each into its own folder. */
export async function extractDebs(work: string): Promise<string> {
  const dir = join(work, 'debs');
  await mkdir(dir, { recursive: true });
  await exec(['apt-get', 'download', ...debPackages], { cwd: dir });
  for (const file of await readdir(dir)) {
    const name = debPackages.find((p) => file.startsWith(`${p}_`));
    if (name) await exec(['dpkg-deb', '-x', join(dir, file), join(dir, name)]);
  }
  return dir;
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path).on('data', (d) => hash.update(d)).on('end', () => resolve(hash.digest('hex'))).on('error', reject);
  });
}

/**
 * The cache key of an archive is its reference plus a hash of this file and of stand-ins.ts (the
 * stand-ins' files): a change to how images are made (a package, a file, an entrypoint) builds them
 * again instead of reusing stale ones. An image with a built binary in it (pause, CoreDNS) adds the
 * binary's cache key (its version and recipe) to its file name, so each Kubernetes release's
 * images are kept side by side.
 */
const recipe = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(fileURLToPath(new URL('./stand-ins.ts', import.meta.url))))
  .digest('hex')
  .slice(0, 12);
export const archivePath = (ref: string, key?: string) => join(imageDir, recipe, `${ref.replace(/[/:]/g, '_')}${key ? `@${key}` : ''}.tar`);
const archiveOf = (spec: ImageSpec) => archivePath(spec.ref, spec.key?.());

/**
 * Writes a docker-archive (manifest.json + config + one layer) that `ctr images import` and
 * `docker load` read, to `out` (default: the cache path of spec.ref).
 */
export async function writeArchive(spec: ImageSpec, root: string, work: string, out = archiveOf(spec)): Promise<void> {
  const dir = join(work, 'archive');
  await mkdir(dir, { recursive: true });
  await exec(['tar', '--numeric-owner', '-C', root, '-cf', join(dir, 'layer.tar'), '.']);
  const diffId = await sha256File(join(dir, 'layer.tar'));
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Entrypoint: spec.entrypoint, Cmd: spec.cmd, StopSignal: spec.stopSignal },
    rootfs: { type: 'layers', diff_ids: [`sha256:${diffId}`] },
  });
  const configName = `${createHash('sha256').update(config).digest('hex')}.json`;
  await writeFile(join(dir, configName), config);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: [spec.ref], Layers: ['layer.tar'] }]));
  await exec(['tar', '-C', dir, '-cf', `${out}.partial`, 'manifest.json', configName, 'layer.tar']);
  await rename(`${out}.partial`, out);
}

/** Builds every image archive that is not in the cache yet. */
export async function buildImages(): Promise<void> {
  const missing = images.filter((i) => !existsSync(archiveOf(i)));
  if (missing.length === 0) return;
  const dir = dirname(archiveOf(missing[0]));
  // Archives of an earlier recipe are never used again.
  for (const old of existsSync(imageDir) ? await readdir(imageDir) : []) {
    if (join(imageDir, old) !== dir) await rm(join(imageDir, old), { recursive: true, force: true });
  }
  await mkdir(dir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'mcp-images-'));
  try {
    const debs = await step('Downloading Debian packages for images', () => extractDebs(work));
    for (const spec of missing) {
      await step(`Building image ${spec.ref}`, async () => {
        const root = join(work, 'rootfs', spec.ref.replace(/[/:]/g, '_'));
        await mkdir(root, { recursive: true });
        await spec.fill(root, debs);
        await writeArchive(spec, root, join(work, 'out', spec.ref.replace(/[/:]/g, '_')));
      });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Imports every archive into containerd's `k8s.io` namespace, where the kubelet looks. */
export async function importImages(socket: string): Promise<void> {
  for (const spec of images) {
    await exec(['ctr', '--address', socket, '-n', 'k8s.io', 'images', 'import', archiveOf(spec)]);
  }
}
