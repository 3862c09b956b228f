/**
 * `npm run kind:up` / `kind:down`: the offline kind path on a CI machine (argument parsing only).
 *
 * up    starts our dockerd, builds kind, the base image and the node image (each only when its
 *       recipe changed), and prints on stdout the environment a shell needs to use them:
 *       `eval "$(npm run --silent kind:up)"` sets DOCKER_HOST, PATH (kind and kubectl v1.34.0
 *       first) and LAB_KIND_NODE_IMAGE, which the runner reads.
 * down  deletes the runner's kind cluster if one is left and stops dockerd.
 * build builds kind's own binaries only (kind, kindnetd, the storage provisioner, capfix), which
 *       needs no Docker: CI builds them in the background while its tests run.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { exec } from '../lib/exec';
import { log } from '../lib/progress';
import { CLUSTER_NAME } from '../lib/target/kind';
import { bin, buildKindBinaries } from '../cluster/build';
import { dockerHost } from './paths';
import { dockerEnv, dockerRunning, startDocker, stopDocker } from './docker';
import { setMessageLang } from '../lib/output/messages';
import { buildNodeImage } from './node-image';

// The project's own build tools speak English; the lab runner follows --lang (messages.ts).
setMessageLang('en');

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

async function up(): Promise<void> {
  await buildKindBinaries(); // capfix first: dockerd names it as its runtime
  await startDocker();
  const image = await buildNodeImage();
  // Prepended to the PATH of the shell that evals this ("$PATH" expands there), not to this
  // process's: under `npm run` that one carries npm's own folders (node_modules/.bin, node-gyp-bin).
  const path = `${q(dirname(bin('kind')))}:${q(dirname(bin('kubectl')))}:"$PATH"`;
  process.stdout.write(`export DOCKER_HOST=${q(dockerHost)}\nexport PATH=${path}\nexport LAB_KIND_NODE_IMAGE=${q(image)}\n`);
}

async function down(): Promise<void> {
  if ((await dockerRunning()) && existsSync(bin('kind'))) {
    const kind = bin('kind');
    const r = await exec([kind, 'get', 'clusters'], { env: dockerEnv(), allowFailure: true });
    for (const name of r.stdout.split('\n').map((l) => l.trim()).filter((l) => l === CLUSTER_NAME)) {
      log(`Deleting kind cluster ${name}`);
      await exec([kind, 'delete', 'cluster', '--name', name], { env: dockerEnv(), allowFailure: true });
    }
  }
  await stopDocker();
}

const commands: Record<string, () => Promise<void>> = { up, down, build: buildKindBinaries };
const verb = process.argv[2] ?? '';
const command = commands[verb];
if (!command) {
  process.stderr.write(`usage: tsx scripts/kind/cli.ts ${Object.keys(commands).join('|')}\n`);
  process.exit(2);
}
command().catch((err: Error) => {
  log(`kind ${verb} failed: ${err.message}`);
  process.exit(1);
});
