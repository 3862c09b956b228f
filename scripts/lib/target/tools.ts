/**
 * Preflight: the command-line tools the runner needs, checked before anything else so that a
 * missing one is reported with how to get going: how to install it, or (for the dedicated kind
 * cluster's kind and Docker) how to use a cluster of the reader's own instead.
 */
import { MissingCommandError, type Exec } from '../exec';
import { UserError } from '../output/errors';
import { KIND_VERSION } from './kind';
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';

export type Tool = 'kubectl' | 'kind' | 'docker';

/**
 * kind's release binary for this machine's CPU, from kind's own download site, as kind's quick
 * start ("Installing From Release Binaries") gives it: no Go needed, and the pinned release.
 */
export function kindBinaryInstall(arch: string = process.arch): string {
  const cpu = arch === 'arm64' ? 'arm64' : 'amd64';
  return `curl -Lo ./kind https://kind.sigs.k8s.io/dl/v${KIND_VERSION}/kind-linux-${cpu} && chmod +x ./kind && sudo mv ./kind /usr/local/bin/kind`;
}

/** How to install each tool, in `lang` (else the CLI's --lang). */
export function installHint(tool: Tool, lang?: LabLang): string {
  const h = messages(lang).target.installHint;
  return tool === 'kind' ? h.kind(kindBinaryInstall()) : h[tool];
}

/** A harmless command that proves the tool is on PATH (and, for docker, that its daemon answers). */
const PROBES: Record<Tool, string[]> = {
  kubectl: ['kubectl', 'version', '--client', '-o', 'json'],
  kind: ['kind', 'version'],
  docker: ['docker', 'version', '--format', '{{.Server.Version}}'],
};

/** Docker's client when the user may not open the daemon's socket (not in the docker group). */
const DOCKER_PERMISSION = /permission denied/i;

type Probe = { tool: Tool; state: 'ok' } | { tool: Tool; state: 'missing' } | { tool: Tool; state: 'broken'; why: string };

async function probe(exec: Exec, tool: Tool): Promise<Probe> {
  let result;
  try {
    result = await exec(PROBES[tool], { allowFailure: true, timeoutMs: 30_000 });
  } catch (err) {
    if (err instanceof MissingCommandError) return { tool, state: 'missing' };
    throw err;
  }
  if (result.code === 0) return { tool, state: 'ok' };
  const why = `${result.stderr}\n${result.stdout}`.split('\n').find((l) => l.trim()) ?? `exit ${result.code}`;
  return { tool, state: 'broken', why: why.trim() };
}

/** Fails with one line (in the CLI's --lang) when `tool` is missing or does not work, saying how to fix it. */
export async function requireTool(exec: Exec, tool: Tool): Promise<void> {
  const p = await probe(exec, tool);
  const m = messages().target;
  if (p.state === 'missing') throw new UserError(m.toolMissing(tool, installHint(tool)));
  if (p.state === 'broken') {
    const fix = tool !== 'docker' ? m.checkTool : DOCKER_PERMISSION.test(p.why) ? m.joinDockerGroupAgain : m.startDockerAgain;
    throw new UserError(m.toolBrokenFix(tool, p.why, fix));
  }
}

export async function requireTools(exec: Exec, tools: Tool[]): Promise<void> {
  for (const tool of tools) await requireTool(exec, tool);
}

/**
 * What to say when kind or Docker is missing or broken, for the dedicated kind cluster: one line
 * of reason, then the ways forward, the reader's own cluster first (most readers have one), then
 * how to install or start what is missing. Pure; `arch` picks kind's binary.
 */
export function clusterToolsProblem(problems: Probe[], lang?: LabLang, arch?: string): string | undefined {
  const bad = problems.filter((p) => p.state !== 'ok');
  if (bad.length === 0) return undefined;
  const m = messages(lang);
  const missing = bad.filter((p) => p.state === 'missing').map((p) => p.tool);
  const reasons = [
    ...(missing.length ? [m.toolsMissing(missing)] : []),
    ...bad.flatMap((p) => (p.state === 'broken' ? [m.toolBroken(p.tool, p.why)] : [])),
  ];
  const lines = [...reasons, `  ${m.ownCluster.intro}`, `    ${m.ownCluster.command}`, `    ${m.ownCluster.kubeconfigEnv}`, `  ${m.ownKindCluster}`];
  for (const p of bad) {
    if (p.tool === 'kind' && p.state === 'missing') {
      lines.push(`    - ${m.installKind(KIND_VERSION)}`, `        Linux:   ${kindBinaryInstall(arch)}`, '        macOS:   brew install kind', '        Windows: choco install kind', `        ${m.installKindOthers}`);
    }
    if (p.tool === 'kind' && p.state === 'broken') lines.push(`    - ${m.checkInstallation('kind')}`);
    if (p.tool === 'docker') {
      const fix = p.state === 'missing' ? m.installDocker : DOCKER_PERMISSION.test(p.why) ? m.joinDockerGroup : m.startDocker;
      lines.push(`    - ${fix}`);
    }
  }
  return lines.join('\n');
}

/** kind and Docker, which the dedicated cluster needs: both are probed, and all that is wrong is said at once. */
export async function requireClusterTools(exec: Exec, lang?: LabLang): Promise<void> {
  const problem = clusterToolsProblem([await probe(exec, 'kind'), await probe(exec, 'docker')], lang);
  if (problem) throw new UserError(problem);
}
