/**
 * Builds the cluster's binaries from pinned Go modules (scripts/cluster/build/<component>) and
 * pause from Kubernetes' own C source, once: a later run finds them in the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from '../lib/exec';
import { step } from '../lib/progress';
import { cacheDir, cluster, versions, type Component } from './config';

const modules = fileURLToPath(new URL('./build/', import.meta.url));

/**
 * The version of a component this process builds and runs: Kubernetes, etcd, CoreDNS and pause
 * follow the selected release (config.ts `cluster`), the rest are pinned in versions.ts.
 */
function versionOf(component: Component): string {
  if (component === 'kubernetes') return cluster.kubernetes;
  if (component === 'etcd' || component === 'coredns' || component === 'pause') return cluster[component];
  return versions[component];
}

/**
 * The build module a component comes from: one per version for the release's components
 * (build/kubernetes/v1.37.2, build/etcd/v3.7.0, …); pause is compiled from the kubernetes
 * module's source.
 */
function moduleOf(component: Component): string {
  if (component === 'pause' || component === 'kubernetes') return join('kubernetes', `v${cluster.kubernetes}`);
  if (component === 'etcd' || component === 'coredns') return join(component, `v${cluster[component]}`);
  return component;
}

/**
 * Built binaries are cached under their version plus a hash of what builds them: this file and the
 * component's build module (go.mod, go.sum, sources). Adding a CoreDNS plugin or changing a flag
 * builds again instead of reusing a stale binary.
 */
function recipeHash(component: Component): string {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  const dir = join(modules, moduleOf(component));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  for (const file of files.sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

const keys = new Map<Component, string>();
/** The cache folder name of a component's binaries: changes whenever they would build differently. */
export function binKey(component: Component): string {
  // Read once per process: every bin() lookup asks for it.
  if (!keys.has(component)) keys.set(component, `${component}-v${versionOf(component)}-${recipeHash(component)}`);
  return keys.get(component)!;
}
const binDir = (component: Component) => join(cacheDir, 'bin', binKey(component));

export const kubernetesCommands = [
  // kubeadm is not used by the CI cluster; the kind node image needs it (kind runs `kubeadm init`).
  'kubeadm',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kubelet',
  'kube-proxy',
  'kubectl',
] as const;

/** Components whose build module makes one binary of the same name. */
type SingleBinary = Exclude<Component, 'kubernetes'>;

/** Path of a built binary. */
export function bin(name: (typeof kubernetesCommands)[number] | SingleBinary): string {
  if ((kubernetesCommands as readonly string[]).includes(name)) return join(binDir('kubernetes'), name);
  return join(binDir(name as SingleBinary), name);
}

/** `-X` flags that make the binaries report their real version instead of v0.0.0-master. */
function versionLdflags(): string {
  const v = cluster.kubernetes;
  const [major, minor] = v.split('.');
  return ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version']
    .flatMap((pkg) => [
      `-X ${pkg}.gitVersion=v${v}`,
      `-X ${pkg}.gitMajor=${major}`,
      `-X ${pkg}.gitMinor=${minor}`,
      `-X ${pkg}.gitTreeState=clean`,
    ])
    .join(' ');
}

/** Builds into a temporary folder and renames it, so that a half-built cache never counts. */
async function buildOnce(component: Component, names: readonly string[], build: (out: string) => Promise<void>) {
  const dir = binDir(component);
  if (names.every((n) => existsSync(join(dir, n)))) return;
  const tmp = `${dir}.partial`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await step(`Building ${component} v${versionOf(component)} (${names.join(', ')})`, () => build(tmp));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  // Earlier builds of this version of the component (another recipe) are dead weight: Kubernetes'
  // are ~400 MB. Other versions stay: CI runs several releases.
  for (const old of await readdir(join(cacheDir, 'bin'))) {
    if (old.startsWith(`${component}-v${versionOf(component)}-`) && join(cacheDir, 'bin', old) !== dir) await rm(join(cacheDir, 'bin', old), { recursive: true, force: true });
  }
}

function goBuild(module: string, out: string, packages: string[], ldflags = '') {
  return exec(['go', 'build', '-trimpath', '-ldflags', `-s -w ${ldflags}`.trim(), '-o', out, ...packages], {
    cwd: join(modules, module),
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=readonly -buildvcs=false' },
  });
}

export async function buildAll(): Promise<void> {
  await buildOnce('kubernetes', kubernetesCommands, async (out) => {
    await goBuild(moduleOf('kubernetes'), `${out}/`, kubernetesCommands.map((c) => `k8s.io/kubernetes/cmd/${c}`), versionLdflags());
  });
  await buildOnce('etcd', ['etcd'], async (out) => {
    await goBuild(moduleOf('etcd'), join(out, 'etcd'), ['go.etcd.io/etcd/server/v3']);
  });
  await buildOnce('coredns', ['coredns'], async (out) => {
    await goBuild(moduleOf('coredns'), join(out, 'coredns'), ['.']);
  });
  await buildOnce('pause', ['pause'], async (out) => {
    // pause.c ships inside the k8s.io/kubernetes module that the kubernetes build module pins.
    const { stdout } = await exec(['go', 'list', '-m', '-f', '{{.Dir}}', 'k8s.io/kubernetes'], {
      cwd: join(modules, moduleOf('kubernetes')),
    });
    const source = join(stdout.trim(), 'build', 'pause', 'linux', 'pause.c');
    await exec(['gcc', '-Os', '-static', `-DVERSION=${cluster.pause}`, '-o', join(out, 'pause'), source]);
  });
}

/**
 * What the offline kind path needs beyond the cluster's binaries: kind itself, kindnetd and the
 * storage provisioner for the node image, and capfix (the runtime wrapper for Docker and the node).
 */
export async function buildKindBinaries(): Promise<void> {
  const single = (c: 'kind' | 'kindnetd' | 'local-path-provisioner' | 'capfix', pkg: string) =>
    buildOnce(c, [c], async (out) => {
      await goBuild(c, join(out, c), [pkg]);
    });
  // capfix first: dockerd cannot start without it.
  await single('capfix', '.');
  await single('kind', 'sigs.k8s.io/kind');
  await single('kindnetd', './cmd/kindnetd');
  await single('local-path-provisioner', 'github.com/rancher/local-path-provisioner');
}
