/**
 * Pinned versions of the project's cluster. Browser-safe (no Node imports): the docs import
 * this file to say which versions CI verifies the labs on.
 */
export const versions = {
  /**
   * One Kubernetes version for the whole project: the one in the kind node image that the runner
   * pins for readers (scripts/lib/kind.ts), so CI's own cluster and its offline kind node image
   * run exactly what a reader's laptop runs.
   */
  kubernetes: '1.34.0',
  /** The etcd and CoreDNS that kubeadm v1.34.0 deploys (cmd/kubeadm/app/constants). */
  etcd: '3.6.4',
  coredns: '1.12.1',
  /** Kubernetes' build/pause, compiled from the same module. */
  pause: '3.10.1',
  /** The kind release the runner pins for readers (scripts/lib/kind.ts says why), built for CI. */
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
