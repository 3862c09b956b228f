/**
 * The dedicated kind cluster: its own name, its own kubeconfig file (never the user's), a
 * pinned node image. Only this cluster is ever created or deleted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Exec } from '../exec';
import { UserError } from '../output/errors';
import { messages } from '../output/messages';

export const CLUSTER_NAME = 'multi-container-pod';
export const KIND_CONTEXT = `kind-${CLUSTER_NAME}`;
/**
 * The kind release readers install (README, the missing-tool hint) and CI builds from its Go
 * module (scripts/cluster/build/kind). Why v0.30.0 and not a newer one: its node image is
 * Kubernetes v1.34, whose kubelet still runs on cgroup v1 hosts without extra configuration
 * (from v1.35 the kubelet refuses cgroup v1 unless `failCgroupV1: false`, which kind does not set;
 * older Docker/WSL2 hosts and this project's CI machines are cgroup v1), and native sidecars
 * (restartable init containers) are GA and always on since v1.33 (KEP-753).
 */
export const KIND_VERSION = '0.30.0';
/**
 * kind v0.30.0's default node image, pinned by digest as its release notes publish it
 * (sigs.k8s.io/kind pkg/apis/config/defaults/image.go at v0.30.0). CI builds an offline node
 * image of the same Kubernetes version (scripts/kind/node-image.ts); a test fails on drift.
 */
export const NODE_IMAGE = 'kindest/node:v1.34.0@sha256:7416a61b42b1662ca6ca89f02028ac133a309a2a30ba309614e8ec94d976dc5a';
/** kind waits this long for the control plane to be Ready. */
const CREATE_WAIT = '120s';

/** Environment variable that overrides the node image (CI sets it to its offline build). */
export const NODE_IMAGE_ENV = 'LAB_KIND_NODE_IMAGE';

/** The node image to create the cluster with: --node-image, else $LAB_KIND_NODE_IMAGE, else the pin. */
export function nodeImageFor(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return given || env[NODE_IMAGE_ENV] || NODE_IMAGE;
}

/** What the runner asks of the dedicated cluster when it creates it. */
export interface KindClusterSpec {
  /** Node image reference (see nodeImageFor). */
  image: string;
  /** Number of nodes: one control plane, the rest workers (1 = the control plane alone). */
  nodes: number;
}

/** `--nodes` as a number ≥ 1, or a one-line reason. */
export function parseNodeCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UserError(messages().target.badNodes(value));
  return n;
}

function kindDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), CLUSTER_NAME, 'kind');
}

export function kindKubeconfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(kindDir(env), 'kubeconfig');
}

/** kind's cluster config (kind.x-k8s.io/v1alpha4) for a node count: one control plane, then workers. */
export function kindConfig(nodes: number): string {
  const roles = ['control-plane', ...Array<string>(nodes - 1).fill('worker')];
  return stringify({ kind: 'Cluster', apiVersion: 'kind.x-k8s.io/v1alpha4', nodes: roles.map((role) => ({ role })) });
}

export async function clusterExists(exec: Exec): Promise<boolean> {
  const r = await exec(['kind', 'get', 'clusters'], { timeoutMs: 30_000 });
  return r.stdout.split('\n').map((l) => l.trim()).includes(CLUSTER_NAME);
}

/** The dedicated cluster's node names (`kind get nodes`), e.g. ['multi-container-pod-control-plane']. */
export async function clusterNodes(exec: Exec): Promise<string[]> {
  const r = await exec(['kind', 'get', 'nodes', '--name', CLUSTER_NAME], { timeoutMs: 30_000 });
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}

/**
 * Creates the dedicated cluster with its own kubeconfig file (the user's is never written).
 * With more than one node, kind's config is written beside that kubeconfig and passed with --config.
 */
export async function createCluster(exec: Exec, kubeconfig: string, spec: KindClusterSpec) {
  const config: string[] = [];
  if (spec.nodes > 1) {
    const file = join(dirname(kubeconfig), `kind-config-${spec.nodes}-nodes.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, kindConfig(spec.nodes));
    config.push('--config', file);
  }
  // One line buffer per stream, so that a half line of one is never joined to the other's.
  const shown = { stdout: kindOutput(kubeconfig, (t) => process.stderr.write(t)), stderr: kindOutput(kubeconfig, (t) => process.stderr.write(t)) };
  try {
    return await exec(['kind', 'create', 'cluster', '--name', CLUSTER_NAME, '--image', spec.image, ...config, '--kubeconfig', kubeconfig, '--wait', CREATE_WAIT], {
      onOutput: (chunk, stream) => shown[stream].push(chunk),
      // Pulling the node image on a cold machine can take minutes on top of the 120 s wait.
      timeoutMs: 15 * 60_000,
    });
  } finally {
    shown.stdout.end();
    shown.stderr.end();
  }
}

/**
 * Passes kind's output through line by line, with its `Set kubectl context to "…"` line said
 * again in the run's language: kind set that context in the runner's own kubeconfig, which a
 * reader just told "your current context stays as it is" should not read as theirs. `push` takes
 * each chunk as it comes (one may end mid-line); `end` writes what is left of a last line.
 */
export function kindOutput(kubeconfig: string, write: (text: string) => void): { push(chunk: string): void; end(): void } {
  let pending = '';
  const line = (text: string) => {
    const set = /^Set kubectl context to "([^"]+)"/.exec(text);
    write(`${set ? messages().target.kindSetContext(set[1], kubeconfig) : text}\n`);
  };
  return {
    push(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      lines.forEach(line);
    },
    end() {
      if (pending) line(pending);
      pending = '';
    },
  };
}

/** Writes the cluster's credentials into OUR kubeconfig file (when that file was removed). */
export function exportKubeconfig(exec: Exec, kubeconfig: string) {
  return exec(['kind', 'export', 'kubeconfig', '--name', CLUSTER_NAME, '--kubeconfig', kubeconfig], { timeoutMs: 60_000 });
}

export function deleteCluster(exec: Exec, kubeconfig: string) {
  return exec(['kind', 'delete', 'cluster', '--name', CLUSTER_NAME, '--kubeconfig', kubeconfig], { echo: true, timeoutMs: 5 * 60_000 });
}
