/**
 * `lab clean [--cluster]`: deletes the runner's labelled namespaces in the target; with
 * --cluster also the dedicated kind cluster (only that one, never a --kubeconfig target).
 */
import type { Exec } from '../lib/exec';
import { UserError } from '../lib/errors';
import { deleteCluster } from '../lib/kind';
import { log, step } from '../lib/progress';
import { sweep } from '../lib/sweep';
import { connect, resolveTarget } from '../lib/target';

export async function clean(exec: Exec, o: { cluster: boolean; kubeconfig?: string; context?: string }): Promise<number> {
  if (o.cluster && (o.kubeconfig !== undefined || o.context !== undefined)) {
    throw new UserError('clean --cluster deletes only the dedicated kind cluster; leave out --kubeconfig/--context (the runner never deletes a cluster it did not create)');
  }
  const target = await resolveTarget(exec, { kubeconfig: o.kubeconfig, context: o.context, create: false });
  if (!target) {
    log('the dedicated kind cluster does not exist: nothing to clean');
    return 0;
  }
  if (o.cluster) {
    await step(`Deleting kind cluster ${target.context}`, () => deleteCluster(exec, target.kubeconfig));
    return 0;
  }
  const { kubectl } = await connect(exec, target);
  if ((await kubectl.labNamespaces()).length === 0) log(`no lab namespaces in context ${target.context}`);
  else await sweep(kubectl, 'clean'); // never a namespace whose run is still going
  return 0;
}
