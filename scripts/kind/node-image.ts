/**
 * kind's *node image*, built offline the way `kind build node-image` (kind v0.30.0
 * pkg/build/nodeimage/buildcontext.go) builds it on top of the base image:
 * 1. run the base image with `sleep infinity` as its entrypoint;
 * 2. copy kubeadm, kubelet and kubectl to /usr/bin and write the version to /kind/version;
 * 3. write kind's default CNI (kindnetd) and storage manifests to /kind/manifests/;
 * 4. start containerd inside and import every image the node needs into its `k8s.io` namespace
 *    (`kubeadm config images list`, the sandbox image of the containerd config, kindnetd, the
 *    storage provisioner and its helper), with kind's own import flags;
 * 5. `docker commit` with kind's entrypoint.
 * The differences: step 4 imports images that this project built (scripts/kind/images.ts)
 * where kind would pull them, and it also imports the labs' images (the stand-ins of
 * scripts/cluster/images.ts), which a reader's kind pulls from Docker Hub when a lab first needs
 * them. Baked in, they are on every node of every cluster made from the image, so the runner's
 * own command creates a cluster that can run the labs at once, exactly as a reader types it.
 * The result runs with `kind create cluster --image <name>`.
 */

/** The labs' images (busybox, nginx): the cluster's images less its own infrastructure ones. */
const labImageArchives = () => clusterImages.map((i) => i.ref).filter((ref) => !ref.startsWith('localhost/')).map((ref) => archivePath(ref));
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec, type ExecOptions } from '../lib/exec';
import { step } from '../lib/progress';
import { bin, binKey, buildAll, buildKindBinaries } from '../cluster/build';
import { archivePath, buildImages, extractDebs, images as clusterImages, writeArchive } from '../cluster/images';
import { versions } from '../cluster/versions';
import { buildBaseImage, baseImage } from './base-image';
import { dockerEnv, imageExists, removeOtherTags } from './docker';
import { nodeImageSpecs } from './images';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const manifests = { cni: here('./node/default-cni.yaml'), storage: here('./node/default-storage.yaml') };

/** Images of kind's own manifests, read from them (kindnetd; provisioner and helper). */
function manifestImages(): string[] {
  const refs = new Set<string>();
  for (const file of Object.values(manifests)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:image:|-)\s*(kindest\/[\w.-]+:[\w.-]+)\s*$/gm)) refs.add(m[1]);
  }
  return [...refs];
}

/**
 * The node image's name: Kubernetes version plus a hash of everything that goes into it (this
 * file, images.ts, kind's manifests, the base image and the binaries), so a changed recipe
 * builds a new image and an unchanged one is reused.
 */
export const nodeImage = (() => {
  const hash = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(here('./images.ts')))
    .update(readFileSync(manifests.cni))
    .update(readFileSync(manifests.storage))
    .update(labImageArchives().join(' '))
    .update([baseImage, ...(['kubernetes', 'etcd', 'coredns', 'pause', 'kindnetd', 'local-path-provisioner'] as const).map(binKey)].join(' '));
  return `multi-container-pod/kind-node:v${versions.kubernetes}-${hash.digest('hex').slice(0, 12)}`;
})();

/** Builds (or finds) the node image and returns its name. Builds the binaries and base image it needs first. */
export async function buildNodeImage(): Promise<string> {
  await buildAll();
  await buildImages();
  await buildKindBinaries();
  await buildBaseImage();
  if (await imageExists(nodeImage)) return nodeImage;
  const env = dockerEnv();
  const id = `kind-build-${Date.now()}`;
  const inNode = (argv: string[], o: ExecOptions = {}) => exec(['docker', 'exec', ...(o.input !== undefined ? ['-i'] : []), id, ...argv], { env, ...o });
  const work = await mkdtemp(join(tmpdir(), 'mcp-kind-node-'));
  try {
    await exec(['docker', 'run', '-d', '--entrypoint=sleep', `--name=${id}`, '--security-opt', 'seccomp=unconfined', baseImage, 'infinity'], { env });
    for (const b of ['kubeadm', 'kubelet', 'kubectl'] as const) {
      await exec(['docker', 'cp', bin(b), `${id}:/usr/bin/${b}`], { env });
      await inNode(['chmod', '+x', `/usr/bin/${b}`]);
      await inNode(['chown', 'root:root', `/usr/bin/${b}`]);
    }
    await inNode(['cp', '/dev/stdin', '/kind/version'], { input: `v${versions.kubernetes}` });
    await inNode(['mkdir', '-p', '/kind/manifests']);
    await inNode(['cp', '/dev/stdin', '/kind/manifests/default-cni.yaml'], { input: readFileSync(manifests.cni, 'utf8') });
    await inNode(['cp', '/dev/stdin', '/kind/manifests/default-storage.yaml'], { input: readFileSync(manifests.storage, 'utf8') });

    const kubeadmImages = (await inNode(['kubeadm', 'config', 'images', 'list', '--kubernetes-version', `v${versions.kubernetes}`])).stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.includes('pause'));
    const config = (await inNode(['cat', '/etc/containerd/config.toml'])).stdout;
    const sandbox = config.match(/sandbox_image\s*=\s*"([^"]+)"/)?.[1];
    if (!sandbox) throw new Error('no sandbox_image in the base image\'s /etc/containerd/config.toml');
    const specs = nodeImageSpecs([...kubeadmImages, sandbox, ...manifestImages()]);

    const debs = await step('Downloading Debian packages for the node\'s images', () => extractDebs(work));
    const archives: string[] = labImageArchives();
    for (const spec of specs) {
      await step(`Building image ${spec.ref}`, async () => {
        const slug = spec.ref.replace(/[/:@]/g, '_');
        const root = join(work, 'rootfs', slug);
        await mkdir(root, { recursive: true });
        await spec.fill(root, debs);
        const out = join(work, `${slug}.tar`);
        await writeArchive(spec, root, join(work, 'out', slug), out);
        archives.push(out);
      });
    }

    await step(`Importing ${archives.length} images into the node's containerd`, async () => {
      // kind runs `nohup containerd &` in a docker exec; with Docker 20.10 that containerd dies when
      // the exec session ends, so it runs in a detached exec instead.
      await exec(['docker', 'exec', '-d', id, 'sh', '-c', 'containerd > /dev/null 2>&1'], { env });
      await inNode(['bash', '-c', 'for i in 0 1 2 3 4 5 6 7 8 9; do [ -S /run/containerd/containerd.sock ] && break; sleep 1; done; ctr version > /dev/null']);
      for (const archive of archives) {
        // kind's LoadCommand (pkg/build/nodeimage/imageimporter.go), fed by a pipe as kind does.
        await exec(['sh', '-c', `docker exec -i ${id} ctr --namespace=k8s.io images import --label=io.cri-containerd.pinned=pinned --all-platforms --no-unpack --digests - < "$0"`, archive], { env });
      }
      // Stop containerd and wait for it to exit, so that its database is closed before the commit.
      await inNode(['bash', '-c', 'pkill containerd; while pgrep -x containerd > /dev/null; do sleep 0.2; done']);
    });
    await step(`Committing ${nodeImage}`, () =>
      exec(['docker', 'commit', '--change', 'ENTRYPOINT [ "/usr/local/bin/entrypoint", "/sbin/init" ]', id, nodeImage], { env }),
    );
    await removeOtherTags(nodeImage);
  } finally {
    await exec(['docker', 'rm', '-f', '-v', id], { env, allowFailure: true });
    await rm(work, { recursive: true, force: true });
  }
  return nodeImage;
}

