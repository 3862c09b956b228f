/**
 * Pinned versions of the project's cluster. Browser-safe (no Node imports): the docs import
 * this file to say which versions CI verifies the labs on.
 */

/**
 * Kubernetes releases the CI cluster can run (`npm run cluster:up -- --kubernetes <version>`),
 * each with the etcd, CoreDNS and pause that its kubeadm deploys
 * (cmd/kubeadm/app/constants: DefaultEtcdVersion, CoreDNSVersion, PauseVersion of that release).
 * Each one's binaries build from its own module (scripts/cluster/build/<component>/v<version>).
 */
export const releases = {
  /** The project's version: the one in the kind node image the runner pins for readers. */
  '1.34.0': { etcd: '3.6.4', coredns: '1.12.1', pause: '3.10.1' },
  /** The newest release the Go module proxy serves: CI runs every lab on it too. */
  '1.37.2': { etcd: '3.7.0', coredns: '1.14.6', pause: '3.10.2' },
  /**
   * The oldest patch of 1.30 served; with `SidecarContainers=false` it behaves as 1.28 did by default
   * (the gate: alpha and off in 1.28, beta and on from 1.29, GA in 1.33; Kubernetes' feature-gates
   * reference). CI runs the sidecar-gate-off lab on it. The proxy serves no 1.28.
   */
  '1.30.14': { etcd: '3.5.15', coredns: '1.11.3', pause: '3.9' },
} as const;
export type KubernetesVersion = keyof typeof releases;

/** The release CI also runs every lab and broken variant on, besides the project's own. */
export const newestKubernetes: KubernetesVersion = '1.37.2';
/** The release CI runs with `SidecarContainers=false` for the sidecar-gate-off lab. */
export const gateOffKubernetes: KubernetesVersion = '1.30.14';

export const versions = {
  /**
   * One Kubernetes version for the project: the one in the kind node image that the runner
   * pins for readers (scripts/lib/target/kind.ts), so CI's own cluster and its offline kind node image
   * run exactly what a reader's laptop runs.
   */
  kubernetes: '1.34.0',
  /** The etcd, CoreDNS and pause of that release (see `releases`). */
  ...releases['1.34.0'],
  /** The kind release the runner pins for readers (scripts/lib/target/kind.ts says why), built for CI. */
  kind: '0.30.0',
  /** kind v0.30.0's CNI, kindnetd, from kind's images/kindnetd (tag of its kindest/kindnetd image). */
  kindnetd: '20250512-df8de77b',
  /** The storage provisioner in kind v0.30.0's node image (kind images/local-path-provisioner). */
  'local-path-provisioner': '0.0.30',
  /** The project's own OCI runtime wrapper (scripts/cluster/build/capfix); bump on any change of meaning. */
  capfix: '1',
  /** Debian 12 packages used on the host and in the lab images. */
  debian: { containerd: '1.6', runc: '1.1', busybox: '1.35', nginx: '1.22' },
} as const;

/**
 * When the features the labs touch changed, by minor release, from Kubernetes' feature-gates
 * reference page (kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/).
 * Pages render these instead of typing them.
 */
export const featureHistory = {
  /** SidecarContainers (KEP-753): alpha and off by default, then beta and on by default, then GA. */
  sidecarContainers: { alpha: '1.28', beta: '1.29', ga: '1.33' },
  /** ContainerRestartRules (KEP-5307): alpha and off by default, then beta and on by default. */
  containerRestartRules: { alpha: '1.34', beta: '1.35' },
} as const;
