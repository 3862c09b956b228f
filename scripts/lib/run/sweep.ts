/**
 * Sweeps namespaces that runs left behind. A run deletes its own namespace however it ends
 * (cleanup.ts), except when it cannot: SIGKILL, a crash of the machine, a time limit. Each
 * namespace carries its run's owner (owner.ts), so the next `run` or `clean` can tell a leftover
 * from a namespace whose run is still going, here or in another terminal.
 */
import type { Kubectl, LabNamespace } from '../target/kubectl';
import { messages } from '../output/messages';
import { ownerState } from './owner';
import { log } from '../progress';

/**
 * What to do with one of the runner's namespaces.
 * - `run` deletes only leftovers: owned by a run on this host that has ended, and not kept on
 *   purpose with --keep.
 * - `clean` (the reader asked for it) also deletes kept namespaces and those of older runners
 *   without an owner, but never one whose run is alive, nor one made on another host (whose run
 *   this machine cannot see).
 * Returns the reason for the log line, or undefined to leave it.
 */
export function sweepReason(ns: LabNamespace, mode: 'run' | 'clean'): { delete: boolean; why: string } | undefined {
  if (ns.terminating) return undefined;
  const state = ns.owner ? ownerState(ns.owner) : undefined;
  const m = messages().sweep;
  if (state === 'alive') return mode === 'clean' ? { delete: false, why: m.alive(ns.owner!.pid) } : undefined;
  if (state === 'elsewhere') return mode === 'clean' ? { delete: false, why: m.elsewhere(ns.owner!.host) } : undefined;
  if (mode === 'run') {
    if (state !== 'gone' || ns.kept) return undefined;
    return { delete: true, why: m.leftBehind(ns.owner!.pid) };
  }
  if (ns.kept) return { delete: true, why: m.kept };
  return { delete: true, why: state === 'gone' ? m.leftBehind(ns.owner!.pid) : m.deleting };
}

/** Applies sweepReason to every namespace of the runner, one log line each. Returns how many it deleted. */
export async function sweep(kubectl: Kubectl, mode: 'run' | 'clean'): Promise<number> {
  let deleted = 0;
  for (const ns of await kubectl.labNamespaceInfo()) {
    const reason = sweepReason(ns, mode);
    if (!reason) continue;
    log(messages().sweep.line(ns.name, reason.why));
    if (reason.delete) {
      await kubectl.deleteLabNamespace(ns.name);
      deleted++;
    }
  }
  return deleted;
}
