/**
 * `lab clean [--cluster]`: deletes the runner's labelled namespaces in the target; with
 * --cluster also the dedicated kind cluster (only that one, never a --kubeconfig target).
 */
import type { Exec } from '../lib/exec';
import { UserError } from '../lib/output/errors';
import { deleteCluster } from '../lib/target/kind';
import { messages } from '../lib/output/messages';
import { log, step } from '../lib/progress';
import { sweep } from '../lib/run/sweep';
import { connect, resolveTarget } from '../lib/target/target';

export async function clean(exec: Exec, o: { cluster: boolean; kubeconfig?: string; context?: string }): Promise<number> {
  const m = messages().target;
  if (o.cluster && (o.kubeconfig !== undefined || o.context !== undefined)) throw new UserError(m.cleanClusterFlags);
  const target = await resolveTarget(exec, { kubeconfig: o.kubeconfig, context: o.context, create: false });
  if (!target) {
    log(m.noKindCluster);
    return 0;
  }
  if (o.cluster) {
    await step(m.deletingCluster(target.context), () => deleteCluster(exec, target.kubeconfig));
    return 0;
  }
  const { kubectl } = await connect(exec, target);
  if ((await kubectl.labNamespaces()).length === 0) log(m.noLabNamespaces(target.context));
  else await sweep(kubectl, 'clean'); // never a namespace whose run is still going
  return 0;
}
