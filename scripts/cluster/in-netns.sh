#!/usr/bin/env bash
# Runs a command in a network namespace of its own (created on first use) and a private mount
# namespace, so that a second CI cluster (cluster:up -- --name NAME) can run beside the default
# one: ports, iptables rules, the Pod bridge and the node address are per network namespace, and
# the cluster's mounts stay out of the host's mount table. Run everything that talks to that
# cluster (cluster:up/down, the runner, tests) through it:
#   bash scripts/cluster/in-netns.sh NAME npm run cluster:up -- --name NAME --kubernetes 1.37.2
#   bash scripts/cluster/in-netns.sh NAME --delete    # after cluster:down
set -euo pipefail
name=${1:?usage: in-netns.sh NAME COMMAND… | NAME --delete}
shift
ns="multi-container-pod-$name"
if [ "${1:-}" = --delete ]; then
  ip netns delete "$ns" 2>/dev/null || true
  exit 0
fi
if ! ip netns list | grep -qw "$ns"; then
  ip netns add "$ns"
  ip -n "$ns" link set lo up
fi
exec nsenter --net="/run/netns/$ns" unshare --mount --propagation slave -- "$@"
