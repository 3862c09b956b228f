/**
 * `npm run lab -- <command>`: parses arguments and calls a command; nothing else lives here.
 * Results go to stdout, progress and errors to stderr; the exit code is non-zero on any failure.
 */
import { parseArgs } from 'node:util';
import { check } from './commands/check';
import { clean } from './commands/clean';
import { list } from './commands/list';
import { parseParallel, run } from './commands/run';
import { UserError } from './lib/output/errors';
import { exec } from './lib/exec';
import { parseNodeCount } from './lib/target/kind';
import { DEFAULT_LAB_LANG, LAB_LANGS, parseLabLang, type LabLang } from './lib/labs/lab-text';
import { messages, setMessageLang } from './lib/output/messages';
import { npmBannerOnStdout } from './lib/output/npm-run';

/** --lang as given, read before parsing so that even an argument error speaks the reader's language. */
function langOf(argv: string[]): LabLang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
  return (LAB_LANGS as readonly string[]).includes(value ?? '') ? (value as LabLang) : DEFAULT_LAB_LANG;
}

/** node's parseArgs errors (English, with a long hint) as one line in the reader's language. */
function argumentError(err: Error & { code?: string }, lang: LabLang): UserError {
  const m = messages(lang).cli;
  const option = /'(-[^']*)'/.exec(err.message)?.[1]?.replace(/ <value>$/, '') ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UserError(m.unknownOption(option));
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UserError(m.optionNeedsValue(option.split(/[ ,]/)[0]));
  return new UserError(m.badArguments(err.message));
}


async function main(argv: string[]): Promise<number> {
  const given = langOf(argv);
  setMessageLang(given);
  let parsed;
  try {
    parsed = parseArgs({
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
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw argumentError(err as Error, given);
    throw err;
  }
  const { values: v, positionals } = parsed;
  const [command, ...names] = positionals;
  if (v.lang !== undefined && !(LAB_LANGS as readonly string[]).includes(v.lang)) throw new UserError(messages().cli.unknownLang(v.lang, [...LAB_LANGS]));
  const lang = parseLabLang(v.lang);
  if (v.help || command === undefined || command === 'help') {
    process.stdout.write(`${messages(lang).cli.usage}\n\n${messages(lang).jsonHelp.join('\n')}\n`);
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
      throw new UserError(messages(lang).cli.unknownCommand(command));
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    // UserError and CommandError messages already say what failed and how to fix it.
    const detail = err instanceof UserError || err.name === 'CommandError' ? err.message : (err.stack ?? err.message);
    process.stderr.write(`${messages().cli.errorPrefix}${detail}\n`);
    process.exit(1);
  },
);
