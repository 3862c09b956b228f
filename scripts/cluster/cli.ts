/**
 * `npm run cluster:up` / `cluster:down` / `cluster:build`: argument parsing only.
 *
 *   npm run cluster:up -- [--kubernetes 1.37.2] [--feature-gates SidecarContainers=false] [--name NAME]
 *
 * The flags select the cluster (config.ts `cluster`) through the environment
 * (LAB_CLUSTER_KUBERNETES, LAB_CLUSTER_FEATURE_GATES, LAB_CLUSTER_NAME), so the modules that
 * read it are imported after parsing. Node's own util.parseArgs: no dependency for three flags.
 */
import { parseArgs } from 'node:util';
import { log } from '../lib/progress';
import { setMessageLang } from '../lib/output/messages';

// The project's own build tools speak English; the lab runner follows --lang (messages.ts).
setMessageLang('en');

const usage = 'usage: npm run cluster:up|cluster:down|cluster:build -- [--kubernetes VERSION] [--feature-gates Name=false,…] [--name NAME]';

async function main(): Promise<void> {
  const verb = process.argv[2] ?? '';
  let flags;
  try {
    flags = parseArgs({
      args: process.argv.slice(3),
      options: { kubernetes: { type: 'string' }, 'feature-gates': { type: 'string' }, name: { type: 'string' } },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`);
    process.exit(2);
  }
  if (flags.kubernetes) process.env.LAB_CLUSTER_KUBERNETES = flags.kubernetes;
  if (flags['feature-gates']) process.env.LAB_CLUSTER_FEATURE_GATES = flags['feature-gates'];
  if (flags.name) process.env.LAB_CLUSTER_NAME = flags.name;

  const commands: Record<string, () => Promise<void>> = {
    up: async () => (await import('./up')).up(),
    down: async () => (await import('./down')).down(),
    build: async () => {
      await (await import('./build')).buildAll();
      await (await import('./images')).buildImages();
    },
  };
  const command = commands[verb];
  if (!command) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    await command();
  } catch (err) {
    log(`cluster ${verb} failed: ${(err as Error).message}`);
    process.exit(1);
  }
}

void main();
