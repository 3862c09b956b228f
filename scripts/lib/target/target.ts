/**
 * Which cluster the runner acts on. Default: the dedicated kind cluster (created when missing).
 * With --kubeconfig/--context: that cluster, with the context given or the file's
 * current-context, which is read and never changed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { CommandError, type Exec } from '../exec';
import { UserError } from '../output/errors';
import { clusterExists, clusterNodes, createCluster, exportKubeconfig, kindKubeconfigPath, KIND_CONTEXT, nodeImageFor } from './kind';
import { Kubectl, type Target } from './kubectl';
import { log, step } from '../progress';
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';
import { requireClusterTools, requireTools } from './tools';

export interface TargetOptions {
  kubeconfig?: string;
  context?: string;
  /** Create the dedicated kind cluster when it is missing (run: yes; clean: no). */
  create: boolean;
  /** Node image for a new kind cluster (--node-image; default $LAB_KIND_NODE_IMAGE, else the pin). */
  nodeImage?: string;
  /** Node count for a new kind cluster (--nodes); an existing cluster of another size is refused. */
  nodes?: number;
  env?: NodeJS.ProcessEnv;
  /** Language of the preflight's advice (default: the CLI's --lang). */
  lang?: LabLang;
}

export interface ResolvedTarget extends Target {
  /** True when this is the dedicated kind cluster. */
  dedicated: boolean;
}

/**
 * The files of a kubeconfig list as kubectl reads $KUBECONFIG (joined by `:`, `;` on Windows).
 * The runner reads one file, and throws a UserError naming `where` when the list has more. A path
 * that exists as it is, `:` and all, is that one file (kubectl's own --kubeconfig takes one path).
 */
function oneFile(list: string, where: 'KUBECONFIG' | '--kubeconfig'): string | undefined {
  if (where === '--kubeconfig' && existsSync(list)) return list;
  const files = list.split(delimiter).filter(Boolean);
  if (files.length > 1) throw new UserError(messages().target.kubeconfigLists(files.length, where));
  return files[0];
}

/** The kubeconfig file used when only --context is given: $KUBECONFIG (one file) or ~/.kube/config. */
function defaultKubeconfig(env: NodeJS.ProcessEnv): string {
  return oneFile(env.KUBECONFIG ?? '', 'KUBECONFIG') ?? join(homedir(), '.kube', 'config');
}

async function contextNames(exec: Exec, kubeconfig: string): Promise<string[]> {
  const r = await exec(['kubectl', 'config', 'get-contexts', '-o', 'name', '--kubeconfig', kubeconfig], { allowFailure: true, timeoutMs: 30_000 });
  return r.stdout.split('\n').filter(Boolean);
}

/** The context given, checked to exist in the file; else the file's current-context (read, never changed). */
async function chooseContext(exec: Exec, kubeconfig: string, given: string | undefined): Promise<string> {
  if (given === undefined) {
    const r = await exec(['kubectl', 'config', 'current-context', '--kubeconfig', kubeconfig], { allowFailure: true, timeoutMs: 30_000 });
    if (r.code === 0 && r.stdout.trim()) return r.stdout.trim();
    // A file kubectl cannot load (not YAML, not a kubeconfig) is not "a kubeconfig without a current context".
    const unreadable = /error loading config file "[^"]*": (.*)/.exec(r.stderr);
    if (unreadable) throw new UserError(messages().target.kubeconfigUnreadable(kubeconfig, unreadable[1].split('; ')[0]));
  }
  const names = await contextNames(exec, kubeconfig);
  if (given !== undefined && names.includes(given)) return given;
  const m = messages().target;
  throw new UserError(given === undefined ? m.noCurrentContext(kubeconfig, names) : m.noContext(kubeconfig, given, names));
}

/** Resolves the target, or undefined when the dedicated cluster is absent and `create` is false. */
export async function resolveTarget(exec: Exec, o: TargetOptions): Promise<ResolvedTarget | undefined> {
  const env = o.env ?? process.env;
  if (o.kubeconfig !== undefined || o.context !== undefined) {
    if (o.nodes !== undefined || o.nodeImage !== undefined) {
      throw new UserError(messages(o.lang).target.kindOnlyFlags);
    }
    await requireTools(exec, ['kubectl']);
    // `--kubeconfig "$KUBECONFIG"` with a list in the variable: said as a list, not as a missing file.
    const kubeconfig = o.kubeconfig !== undefined ? (oneFile(o.kubeconfig, '--kubeconfig') ?? o.kubeconfig) : defaultKubeconfig(env);
    if (!existsSync(kubeconfig)) {
      throw new UserError(messages(o.lang).target.kubeconfigMissing(kubeconfig));
    }
    return { kubeconfig, context: await chooseContext(exec, kubeconfig, o.context), dedicated: false };
  }
  await requireTools(exec, ['kubectl']);
  await requireClusterTools(exec, o.lang);
  const kubeconfig = kindKubeconfigPath(env);
  const target = { kubeconfig, context: KIND_CONTEXT, dedicated: true };
  if (await clusterExists(exec)) {
    if (o.nodes !== undefined) {
      const have = (await clusterNodes(exec)).length;
      if (have !== o.nodes) {
        throw new UserError(messages(o.lang).target.nodesDiffer(target.context, have, o.nodes));
      }
    }
    if (!existsSync(kubeconfig)) {
      mkdirSync(dirname(kubeconfig), { recursive: true });
      await exportKubeconfig(exec, kubeconfig);
    }
    // Only run and check (create: true) go on to use it; clean empties or deletes it, and says so itself.
    if (o.create) log(messages(o.lang).target.reusing(target.context, kubeconfig));
    return target;
  }
  if (!o.create) return undefined;
  mkdirSync(dirname(kubeconfig), { recursive: true });
  const spec = { image: nodeImageFor(o.nodeImage, env), nodes: o.nodes ?? 1 };
  await step(messages(o.lang).target.creating(target.context, spec.nodes, spec.image, kubeconfig), () =>
    createCluster(exec, kubeconfig, spec),
  );
  return target;
}

/** Fails with one line naming the context and kubeconfig when the API server does not answer. */
export async function connect(exec: Exec, target: ResolvedTarget): Promise<{ kubectl: Kubectl; serverVersion: string }> {
  const kubectl = new Kubectl(exec, target);
  try {
    return { kubectl, serverVersion: await kubectl.serverVersion() };
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    const why = `${err.result.stderr}\n${err.result.stdout}`.split('\n').map((l) => l.trim()).find(Boolean) ?? `exit ${err.result.code}`;
    const m = messages().target;
    const fix = target.dedicated
      ? m.startKindNode(`${KIND_CONTEXT.replace(/^kind-/, '')}-control-plane`)
      : m.checkOwnCluster(`kubectl --kubeconfig ${target.kubeconfig} --context ${target.context} get nodes`);
    throw new UserError(m.unreachable(target.context, target.kubeconfig, why, fix));
  }
}
