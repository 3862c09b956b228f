/** `npm run cluster:up` / `cluster:down` / `cluster:build`: argument parsing only. */
import { log } from '../lib/progress';
import { buildAll } from './build';
import { down } from './down';
import { buildImages } from './images';
import { setMessageLang } from '../lib/messages';
import { up } from './up';

// The project's own build tools speak English; the lab runner follows --lang (messages.ts).
setMessageLang('en');

const commands: Record<string, () => Promise<void>> = {
  up,
  down: () => down(),
  build: async () => {
    await buildAll();
    await buildImages();
  },
};

const verb = process.argv[2] ?? '';
const command = commands[verb];
if (!command) {
  process.stderr.write(`usage: tsx scripts/cluster/cli.ts ${Object.keys(commands).join('|')}\n`);
  process.exit(2);
}
command().catch((err: Error) => {
  log(`cluster ${verb} failed: ${err.message}`);
  process.exit(1);
});
