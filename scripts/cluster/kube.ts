/** kubectl against the project's cluster, and the error that names a failing component. */
import { exec, type ExecOptions } from '../lib/exec';
import { bin } from './build';
import { paths } from './config';

export const kubectl = (args: string[], options?: ExecOptions) =>
  exec([bin('kubectl'), `--kubeconfig=${paths.kubeconfig}`, ...args], options);

/** A component failed: name it and show the end of its log. */
export class ComponentError extends Error {
  constructor(component: string, reason: string, tail: string) {
    super(`${component}: ${reason}\n--- last lines of ${component}'s log ---\n${tail}`);
  }
}
