/**
 * `--json` as documented gives JSON on stdout and nothing else. npm writes its script banner
 * ("> pkg@version lab", "> tsx scripts/cli.ts …") to stdout unless it is silent, so every
 * documented `--json` command is `npm run --silent lab -- …`: this test finds them all (README,
 * pages, components, `--help` in both languages), holds them to that form, and runs through npm,
 * for real, each one that needs no cluster.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../lib/exec';
import { labNames } from '../../lib/labs/labs';
import { MESSAGES } from '../../lib/output/messages';

const root = join(import.meta.dirname, '..', '..', '..');

/** npm and the CLI as a reader starts them: none of the npm_* settings of a surrounding `npm test`. */
const readerEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const sh = (command: string) => exec(['sh', '-c', command], { cwd: root, env: readerEnv, allowFailure: true, timeoutMs: 60_000 });

function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Every `npm run … --json` command written in `text` (up to a pipe, a comment, a quote or the line's end). */
function jsonCommands(text: string): string[] {
  return [...text.matchAll(/npm run[^`'"\n<|#]*?--json\b[^`'"\n<|#]*/g)].map((m) => m[0].trim());
}

async function documented(): Promise<{ where: string; command: string }[]> {
  const pages = [
    join(root, 'README.md'),
    ...files(join(root, 'docs'), (f) => /\.mdx?$/.test(f)),
    ...files(join(root, 'i18n'), (f) => /\.(mdx?|json)$/.test(f)),
    ...['src/components', 'src/pages', 'src/theme'].flatMap((d) => files(join(root, d), (f) => /\.(tsx?|jsx?|mdx?)$/.test(f) && !/\.test\./.test(f))),
  ];
  const found = pages.flatMap((f) => jsonCommands(readFileSync(f, 'utf8')).map((command) => ({ where: relative(root, f), command })));
  for (const lang of ['ko', 'en']) {
    const help = await exec([join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', 'cli.ts'), '--help', '--lang', lang], { cwd: root, timeoutMs: 30_000 });
    found.push(...jsonCommands(help.stdout).map((command) => ({ where: `--help --lang ${lang}`, command })));
  }
  return found;
}

describe('--json as documented', { timeout: 120_000 }, () => {
  it('every documented --json command runs npm silently, so that stdout is the JSON alone', async () => {
    const found = await documented();
    expect(found.map((f) => f.where)).toEqual(expect.arrayContaining(['README.md', '--help --lang ko', '--help --lang en']));
    for (const { where, command } of found) expect(command, `${where}: ${command}`).toMatch(/^npm run --silent lab -- (list|run)\b/);
    for (const lang of ['ko', 'en'] as const) expect(MESSAGES[lang].jsonHelp.join('\n')).toContain('npm run --silent lab -- run co-located --json | jq .');
  });

  it('each documented --json command that needs no cluster gives valid JSON on stdout, run through npm', async () => {
    const commands = [...new Set([...(await documented()).map((f) => f.command), 'npm run --silent lab -- list --json'])].filter((c) => / -- list\b/.test(c));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const r = await sh(command);
      expect(r.code, `${command}: ${r.stderr}`).toBe(0);
      const labs = JSON.parse(r.stdout) as { name: string }[];
      expect(labs.map((l) => l.name), command).toEqual(labNames());
    }
  });

  it('without --silent npm puts its banner before the JSON, and the runner says how to avoid it', async () => {
    const r = await sh('npm run lab -- list --json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*> multi-container-pod-labs@[^\n]* lab\n> tsx scripts\/cli\.ts list --json\n/);
    expect(() => JSON.parse(r.stdout)).toThrow();
    expect(r.stderr).toContain(MESSAGES.ko.jsonUnderNpm);
    const en = await sh('npm run lab -- list --json --lang en');
    expect(en.stderr).toContain(MESSAGES.en.jsonUnderNpm);
    // Silent npm: no banner, so no such line.
    expect((await sh('npm run --silent lab -- list --json')).stderr).not.toContain(MESSAGES.ko.jsonUnderNpm);
  });
});
