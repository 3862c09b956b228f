/**
 * The getting-started page (both editions) stays true to what it describes: the Node version of
 * package.json's engines, the kind release of the runner's pin (rendered from KIND_VERSION, never
 * typed), the first lab's command as the lab pages show it, and the command that serves the site
 * as published, which the README gives too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_VERSION } from '../../scripts/lib/target/kind';
import { runCommand } from '../../scripts/lib/labs/lab-text';
import { messages } from '../../scripts/lib/output/messages';
import { loadAllLabs } from '../../scripts/lib/labs/labs';
import { fromRoot } from './lib/repo';

const pages = [
  { file: 'docs/getting-started.mdx', lang: 'ko' as const },
  { file: 'i18n/en/docusaurus-plugin-content-docs/current/getting-started.mdx', lang: 'en' as const },
].map((p) => ({ ...p, source: readFileSync(fromRoot(p.file), 'utf8'), name: p.file }));

const node = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { engines: { node: string } }).engines.node.replace(/^>=\s*/, '');
const SERVE = 'npm run build && npm run serve';
const dependencies = Object.keys((JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);

describe('getting started', () => {
  it.each(pages)('$name names the Node version of package.json (engines.node)', ({ source }) => {
    expect(source, `package.json engines.node is >=${node}`).toContain(`Node.js](https://nodejs.org/) ${node} `);
  });

  it.each(pages)('$name takes the kind version from KIND_VERSION instead of typing it', ({ file, source }) => {
    expect(source.includes(KIND_VERSION), `${file} types ${KIND_VERSION}: use <KindVersion /> and <KindGoInstall /> (customFields.kindVersion)`).toBe(false);
    expect(source).toMatch(/<KindVersion \/>/);
  });

  it.each(pages)('$name runs the first lab with the command the lab pages show', ({ source, lang }) => {
    expect(source).toContain(`\n${runCommand('co-located', { lang })}\n`);
  });

  it.each(pages)('$name and the README name every package that `npm install --omit=dev` installs (package.json dependencies)', ({ source }) => {
    const named = (text: string) => /\(((`[\w@/.-]+`, )*`[\w@/.-]+`)[;)]/.exec(text.slice(text.indexOf('--omit=dev')))?.[1];
    const expected = dependencies.map((d) => `\`${d}\``).join(', ');
    expect(named(source)).toBe(expected);
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    expect(readme.slice(readme.indexOf("runner's own packages"))).toContain(`(${expected};`);
  });

  it.each(pages)('$name says which labs `run --all` leaves out (a lab that needs a cluster of its own kind)', async ({ source }) => {
    const special = (await loadAllLabs()).filter((l) => l.lab.cluster !== undefined).map((l) => l.lab.name);
    expect(special.length).toBeGreaterThan(0);
    const sentence = source.slice(source.indexOf('run --all'), source.indexOf('\n', source.indexOf('run --all')));
    for (const lab of special) expect(sentence).toContain(`\`${lab}\``);
  });

  it.each(pages)('$name and the README give the one command that serves the whole site', ({ source }) => {
    expect(source).toContain(`\n${SERVE}\n`);
    expect(readFileSync(fromRoot('README.md'), 'utf8')).toContain(SERVE);
  });

  it.each(pages)('$name ends with how to delete the runner\'s kind cluster, with the command the runner has', ({ source, lang }) => {
    const last = source.slice(source.lastIndexOf('\n## '));
    const command = `npm run lab -- clean --cluster${lang === 'en' ? ' --lang en' : ''}`;
    expect(last, 'the last section shows the command in a block').toContain(`\n${command}\n`);
    // The runner's usage lists that command and flag (scripts/commands/clean.ts).
    expect(messages(lang).cli.usage).toMatch(/\n {2}clean \[--cluster\] /);
    expect(messages(lang).cli.usage).toMatch(/\n {6}--cluster /);
  });
});

/** Every English page of the docs, as written. */
const englishDocs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? englishDocs(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));

describe('runner commands on the English pages', () => {
  const files = englishDocs(fromRoot('i18n/en/docusaurus-plugin-content-docs/current'));
  /** Runner commands in inline code and in code blocks (line by line) of an .mdx source. */
  const commands = (source: string): string[] => [
    ...[...source.matchAll(/`([^`\n]*npm run lab -- [^`\n]*)`/g)].map((m) => m[1]),
    ...[...source.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].flatMap((m) => m[1].split('\n')).filter((l) => l.includes('npm run lab -- ')),
  ].map((c) => c.trim()).filter((c) => /npm run lab -- (list|run|check|clean)\b/.test(c));

  it('finds the commands', () => expect(files.flatMap((f) => commands(readFileSync(f, 'utf8'))).length).toBeGreaterThan(5));

  it.each(files.map((f) => ({ name: relative(fromRoot(), f), file: f })))('$name: every runner command carries --lang en (the runner prints Korean unless told)', ({ file }) => {
    // `npm run lab -- run …` names the form of a command (verification.mdx), not one to type.
    const missing = commands(readFileSync(file, 'utf8')).filter((c) => !/ --lang en\b/.test(c) && !c.endsWith('…'));
    expect(missing).toEqual([]);
  });
});

