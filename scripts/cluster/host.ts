/** What cluster:up changes on the host itself, and how cluster:down puts it back. */
import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exec, MissingCommandError } from '../lib/exec';
import { bin } from './build';
import { cgroupRoot, net, stateDir } from './config';

/** Debian packages that provide each command cluster:up runs. */
const required: Record<string, string> = {
  containerd: 'containerd',
  ctr: 'containerd',
  runc: 'runc',
  iptables: 'iptables',
  conntrack: 'conntrack',
  openssl: 'openssl',
  ip: 'iproute2',
  'apt-get': 'apt',
  'dpkg-deb': 'dpkg',
  gcc: 'gcc libc6-dev',
  go: '(Go 1.24 or later)',
};

/** Fails with one line per missing tool and the command that installs it. */
export async function preflight(): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('cluster:up must run as root: it starts containerd and the kubelet.');
  const missing: string[] = [];
  for (const [cmd, pkg] of Object.entries(required)) {
    const found = await exec(['sh', '-c', `command -v ${cmd}`], { allowFailure: true });
    if (found.code !== 0) missing.push(`${cmd}: not found; install it with: apt-get install -y ${pkg}`);
  }
  if (!existsSync('/usr/lib/cni/bridge')) missing.push('CNI plugins: not found; install them with: apt-get install -y containernetworking-plugins');
  if (missing.length > 0) throw new Error(missing.join('\n'));
}

export async function setUpHost(): Promise<void> {
  // Bridged Pod traffic must pass through iptables for Service routing (kube-proxy's rules).
  await exec(['modprobe', 'br_netfilter'], { allowFailure: true }).catch((e) => {
    if (!(e instanceof MissingCommandError)) throw e;
  });
  await exec(['sysctl', '-qw', 'net.ipv4.ip_forward=1', 'net.bridge.bridge-nf-call-iptables=1']);
  const addrs = await exec(['ip', '-o', 'addr', 'show', 'dev', 'lo']);
  if (!addrs.stdout.includes(` ${net.nodeIP}/`)) await exec(['ip', 'addr', 'add', `${net.nodeIP}/32`, 'dev', 'lo']);
  // A Docker engine on the same host (the kind stage of CI, a developer's Docker) sets iptables'
  // FORWARD policy to DROP, and the policy outlives it: bridged Pod traffic would be dropped.
  for (const rule of forwardRules) {
    if ((await exec(['iptables', '-C', ...rule], { allowFailure: true })).code !== 0) await exec(['iptables', '-I', ...rule]);
  }
  // The kubelet wants its cgroup root to exist in every controller (cgroup v1 hierarchies).
  for (const dir of cgroupRootDirs()) await mkdir(dir, { recursive: true });
}

/**
 * The cluster's own cgroup root in each cgroup v1 hierarchy (`withUnified`: and in the cgroup2
 * one beside them, where the kubelet makes it too); none for the default root `/`.
 */
function cgroupRootDirs(withUnified = false): string[] {
  if (cgroupRoot === '/' || !existsSync('/sys/fs/cgroup')) return [];
  return readdirSync('/sys/fs/cgroup')
    .filter((c) => (withUnified || c !== 'unified') && existsSync(join('/sys/fs/cgroup', c, 'cgroup.procs')))
    .map((c) => join('/sys/fs/cgroup', c, cgroupRoot));
}

/** Removes a cgroup tree deepest first (a cgroup with children cannot be removed); the tasks must be gone. */
function removeCgroupTree(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeCgroupTree(join(dir, entry.name));
  try {
    rmdirSync(dir);
  } catch {
    // still has tasks: the leftovers check names them
  }
}

/** FORWARD rules that let traffic to and from the Pod bridge through whatever the policy is. */
const forwardRules = [
  ['FORWARD', '-i', net.bridge, '-j', 'ACCEPT', '-m', 'comment', '--comment', 'multi-container-pod CI cluster'],
  ['FORWARD', '-o', net.bridge, '-j', 'ACCEPT', '-m', 'comment', '--comment', 'multi-container-pod CI cluster'],
];

/** Undoes setUpHost and whatever the cluster left on the host. Safe to run twice. */
export async function cleanUpHost(): Promise<void> {
  if (existsSync(bin('kube-proxy'))) await exec([bin('kube-proxy'), '--cleanup'], { allowFailure: true });
  await exec(['ip', 'addr', 'del', `${net.nodeIP}/32`, 'dev', 'lo'], { allowFailure: true });
  await exec(['ip', 'link', 'del', net.bridge], { allowFailure: true });
  for (const rule of forwardRules) while ((await exec(['iptables', '-D', ...rule], { allowFailure: true })).code === 0);
  await unmountUnder(stateDir);
  for (const dir of cgroupRootDirs(true)) removeCgroupTree(dir);
}

/** Unmounts everything under `dir`, deepest first (container rootfs, Pod volumes, netns). */
async function unmountUnder(dir: string): Promise<void> {
  const mounts = (await readFile('/proc/self/mounts', 'utf8'))
    .split('\n')
    .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && (m === dir || m.startsWith(`${dir}/`)))
    .sort((a, b) => b.length - a.length);
  for (const m of mounts) await exec(['umount', '-l', m], { allowFailure: true });
}
