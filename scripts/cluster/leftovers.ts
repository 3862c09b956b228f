/**
 * What a CI cluster can leave on the host after its processes stop: the Pods' processes (they
 * outlive containerd and even their shims: a shim's children are reparented to init), the shims,
 * Pod network namespaces and their mounts, the Pods' veth interfaces and the bridge, mounts
 * under the state folder. `cluster:down` removes them and then checks that none is left;
 * `cluster:up` removes those of an earlier cluster first and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../lib/exec';
import { cgroupRoot, cluster, net, paths, stateDir } from './config';

/**
 * The kubelet's Pod cgroups (cgroupfs driver, cgroup v1, under the cluster's cgroup root):
 * kubepods/{besteffort,burstable,<pod>}/<container>. Every process of every Pod is in one of them,
 * in every controller.
 */
const POD_CGROUPS = join('/sys/fs/cgroup/pids', cgroupRoot, 'kubepods');

/** Pids of every process in a cgroup subtree (cgroup v1 `cgroup.procs` files). */
function procsUnder(dir: string): number[] {
  if (!existsSync(dir)) return [];
  const pids: number[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name));
      else if (entry.name === 'cgroup.procs') pids.push(...readFileSync(join(d, entry.name), 'utf8').split('\n').filter(Boolean).map(Number));
    }
  };
  walk(dir);
  return pids;
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
};

/** containerd-shim-runc-v2 processes of our containerd (matched by its socket in their argv). */
function ourShims(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      const c = cmdline(pid);
      return c.includes('containerd-shim') && c.includes(paths.containerdSocket);
    });
}

export interface Leftovers {
  /** `pid command` of each process. */
  processes: string[];
  mounts: string[];
  links: string[];
}

/**
 * Pod network namespaces are files under /run/netns with no owner: only the default cluster, the
 * one CI runs on the host itself, counts any it finds as its own. A named cluster runs in its own
 * mount namespace (scripts/cluster/in-netns.sh), where the host's are visible too: it removes only
 * those its containerd reports (down.ts), never another cluster's.
 */
const ownsPodNetns = cluster.name === 'cluster';

/** Everything of a CI cluster still on the host. */
export async function findLeftovers(): Promise<Leftovers> {
  const pids = [...new Set([...procsUnder(POD_CGROUPS), ...ourShims()])];
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && (m === stateDir || m.startsWith(`${stateDir}/`) || (ownsPodNetns && (m.startsWith('/run/netns/cni-') || m.startsWith('/var/run/netns/cni-')))));
  const links: string[] = [];
  const bridge = await exec(['ip', '-o', 'link', 'show', 'dev', net.bridge], { allowFailure: true });
  if (bridge.code === 0) {
    links.push(net.bridge);
    const ports = await exec(['ip', '-o', 'link', 'show', 'master', net.bridge], { allowFailure: true });
    for (const m of ports.stdout.matchAll(/^\d+:\s+([^:@\s]+)/gm)) links.push(m[1]);
  }
  return { processes: pids.map((p) => `${p} ${cmdline(p) || '?'}`), mounts, links };
}

export const count = (l: Leftovers) => l.processes.length + l.mounts.length + l.links.length;

export function describe(l: Leftovers): string {
  return [
    ...l.processes.map((p) => `process ${p}`),
    ...l.mounts.map((m) => `mount ${m}`),
    ...l.links.map((n) => `network interface ${n}`),
  ].join('\n');
}

/** SIGKILLs every Pod process and our shims (the kubelet and containerd must be stopped first). */
export async function killPodProcesses(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pids = [...procsUnder(POD_CGROUPS), ...ourShims()];
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Deletes the Pod veths still attached to the bridge (the bridge itself goes in cleanUpHost). */
export async function deletePodLinks(): Promise<void> {
  const ports = await exec(['ip', '-o', 'link', 'show', 'master', net.bridge], { allowFailure: true });
  for (const m of ports.stdout.matchAll(/^\d+:\s+([^:@\s]+)/gm)) await exec(['ip', 'link', 'del', m[1]], { allowFailure: true });
}
