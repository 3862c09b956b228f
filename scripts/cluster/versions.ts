/**
 * Pinned versions of the project's cluster. Browser-safe (no Node imports): the docs import
 * this file to say which versions CI verifies the labs on.
 */
export const versions = {
  /** One Kubernetes minor for the whole project: the runner's kind node image is v1.34 too. */
  kubernetes: '1.34.4',
  /** The etcd that Kubernetes 1.34.4 is tested with (its build/dependencies.yaml). */
  etcd: '3.6.5',
  coredns: '1.12.4',
  /** Kubernetes' build/pause, compiled from the same module. */
  pause: '3.10',
  /** Debian 12 packages used on the host and in the lab images. */
  debian: { containerd: '1.6', runc: '1.1', busybox: '1.35', nginx: '1.22' },
} as const;
