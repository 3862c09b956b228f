/**
 * `npm run lab -- <command>`: parses arguments and calls a command; nothing else lives here.
 * Results go to stdout, progress and errors to stderr; the exit code is non-zero on any failure.
 */
import { parseArgs } from 'node:util';
import { check } from './commands/check';
import { clean } from './commands/clean';
import { list } from './commands/list';
import { parseParallel, run } from './commands/run';
import { UserError } from './lib/errors';
import { exec } from './lib/exec';
import { parseNodeCount } from './lib/kind';
import { parseLabLang } from './lib/lab-text';
import { messages, setMessageLang } from './lib/messages';
import { npmBannerOnStdout } from './lib/npm-run';

const USAGE = `usage: npm run lab -- <command> [options]

commands:
  list [--json] [--lang ko|en]      list the labs (validates every lab)
  run <name>... | --all [options]   run labs against a cluster
      --json                        one JSON document on stdout (progress on stderr)
      --lang ko|en                  language of the titles it prints (default ko; also for list)
      --keep                        leave the lab namespace for inspection
      --wait-deleted                wait until each lab's namespace is gone (≤ 120s) before
                                    going on (CI: runs that follow start clean)
      --variant NAME                run a deliberately broken variant (e.g. broken): passes only
                                    when exactly the checks it names fail
      --record DIR                  write each check's observation to DIR/<lab>.<check-id>.json
      --evidence                    record each passing lab's run (checks, container timeline,
                                    pod watch transcript) to labs/<name>/evidence.json for its page
      --parallel N                  run up to N labs at once, each in its own namespace (default 4;
                                    1: one after another, printing as it goes)
      --kubeconfig FILE             use this cluster instead of the dedicated kind cluster
      --context NAME                context in that kubeconfig (default: its current-context)
      --nodes N                     create the kind cluster with N nodes (a control plane and
                                    N-1 workers; default 1); an existing one must have N
      --node-image IMAGE            kind node image for a new cluster (default: $LAB_KIND_NODE_IMAGE,
                                    else the pinned kindest/node image)
  check <task> <file or folder>     check your answer to a practice task (tasks/<task>) on a cluster
      --solution                    print the task's reference solution instead
      --watch                       check again whenever the answer changes (Ctrl-C ends)
      --json, --lang, --keep, --kubeconfig, --context, --nodes, --node-image   as for run
  clean [--cluster]                 delete the runner's lab namespaces in the target
      --cluster                     also delete the dedicated kind cluster
      --kubeconfig FILE, --context NAME   as for run

Without --kubeconfig/--context the target is a dedicated kind cluster "multi-container-pod"
with its own kubeconfig under \${XDG_CACHE_HOME:-~/.cache}/multi-container-pod/kind/,
created on first run.`;

async function main(argv: string[]): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'wait-deleted': { type: 'boolean', default: false },
      cluster: { type: 'boolean', default: false },
      record: { type: 'string' },
      evidence: { type: 'boolean', default: false },
      variant: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      nodes: { type: 'string' },
      parallel: { type: 'string' },
      'node-image': { type: 'string' },
      lang: { type: 'string' },
      watch: { type: 'boolean', default: false },
      solution: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...names] = positionals;
  const lang = parseLabLang(v.lang);
  setMessageLang(lang);
  if (v.help || command === undefined || command === 'help') {
    process.stdout.write(`${USAGE}\n\n${messages(lang).jsonHelp.join('\n')}\n`);
    return command === undefined && !v.help ? 2 : 0;
  }
  if (v.json && npmBannerOnStdout(process.env, process.stdout.isTTY)) process.stderr.write(`${messages(lang).jsonUnderNpm}\n`);
  switch (command) {
    case 'list':
      return list({ json: v.json, lang });
    case 'run':
      if (!v.all && names.length === 0) throw new UserError(messages(lang).runNeedsLabs);
      if (v.all && names.length > 0) throw new UserError(messages(lang).runNamesAndAll);
      return run(exec, { names, all: v.all, json: v.json, keep: v.keep, waitDeleted: v['wait-deleted'], kubeconfig: v.kubeconfig, context: v.context, nodeImage: v['node-image'], nodes: parseNodeCount(v.nodes), parallel: parseParallel(v.parallel), record: v.record, variant: v.variant, evidence: v.evidence, lang });
    case 'check':
      return check(exec, { task: names[0], paths: names.slice(1), json: v.json, lang, keep: v.keep, watch: v.watch, solution: v.solution, kubeconfig: v.kubeconfig, context: v.context, nodeImage: v['node-image'], nodes: parseNodeCount(v.nodes), record: v.record });
    case 'clean':
      return clean(exec, { cluster: v.cluster, kubeconfig: v.kubeconfig, context: v.context });
    default:
      throw new UserError(`unknown command "${command}": use list, run, check or clean (npm run lab -- --help)`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    // UserError and CommandError messages already say what failed and how to fix it.
    const detail = err instanceof UserError || err.name === 'CommandError' || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? err.message : (err.stack ?? err.message);
    process.stderr.write(`error: ${detail}\n`);
    process.exit(1);
  },
);
