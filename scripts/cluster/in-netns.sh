#!/usr/bin/env bash
# Runs a command in a network namespace of its own (created on first use) and a private mount
# namespace, so that a second CI cluster (cluster:up -- --name NAME) can run beside the default
# one: ports, iptables rules, the Pod bridge and the node address are per network namespace, and
# the cluster's mounts stay out of the host's mount table. Run everything that talks to that
# cluster (cluster:up/down, the runner, tests) through it:
#   bash scripts/cluster/in-netns.sh NAME npm run cluster:up -- --name NAME --kubernetes 1.37.2
#   bash scripts/cluster/in-netns.sh NAME --delete    # after cluster:down
# The namespace is pinned to a file of its own, not under /run/netns: `ip netns add` would
# bind-mount /run/netns over itself and hide the Pod network namespaces of a cluster already
# running, which its cluster:down could then not remove.
set -euo pipefail
name=${1:?usage: in-netns.sh NAME COMMAND… | NAME --delete}
shift
dir=/run/multi-container-pod-netns
ns="$dir/$name"
if [ "${1:-}" = --delete ]; then
  umount "$ns" 2>/dev/null || true
  rm -f "$ns"
  exit 0
fi
if ! grep -qs " $ns nsfs " /proc/self/mounts; then
  mkdir -p "$dir"
  touch "$ns"
  unshare --net="$ns" true
  nsenter --net="$ns" ip link set lo up
fi
exec nsenter --net="$ns" unshare --mount --propagation slave -- "$@"
