/**
 * Preflight: the command-line tools the runner needs, checked before anything else so that a
 * missing one is reported as one line that says how to install it.
 */
import { MissingCommandError, type Exec } from './exec';
import { UserError } from './errors';
import { KIND_VERSION } from './kind';

export type Tool = 'kubectl' | 'kind' | 'docker';

export const INSTALL_HINTS: Record<Tool, string> = {
  kubectl: 'install it: https://kubernetes.io/docs/tasks/tools/#kubectl',
  kind: `install it: go install sigs.k8s.io/kind@v${KIND_VERSION} (or see https://kind.sigs.k8s.io/docs/user/quick-start/#installation)`,
  docker: 'install Docker Engine (https://docs.docker.com/engine/install/) or Docker Desktop (https://docs.docker.com/desktop/)',
};

/** A harmless command that proves the tool is on PATH (and, for docker, that its daemon answers). */
const PROBES: Record<Tool, string[]> = {
  kubectl: ['kubectl', 'version', '--client', '-o', 'json'],
  kind: ['kind', 'version'],
  docker: ['docker', 'version', '--format', '{{.Server.Version}}'],
};

export async function requireTool(exec: Exec, tool: Tool): Promise<void> {
  let result;
  try {
    result = await exec(PROBES[tool], { allowFailure: true, timeoutMs: 30_000 });
  } catch (err) {
    if (err instanceof MissingCommandError) throw new UserError(`${tool} is not installed (not found on PATH): ${INSTALL_HINTS[tool]}`);
    throw err;
  }
  if (result.code !== 0) {
    const why = `${result.stderr}\n${result.stdout}`.split('\n').find((l) => l.trim()) ?? `exit ${result.code}`;
    const fix = tool === 'docker' ? 'start Docker (e.g. `sudo systemctl start docker` or open Docker Desktop) and try again' : 'check the installation';
    throw new UserError(`${tool} is installed but does not work: ${why.trim()}: ${fix}`);
  }
}

export async function requireTools(exec: Exec, tools: Tool[]): Promise<void> {
  for (const tool of tools) await requireTool(exec, tool);
}
