/**
 * The getting-started page (both editions) stays true to what it describes: the Node version of
 * package.json's engines, the kind release of the runner's pin (rendered from KIND_VERSION, never
 * typed), the first lab's command as the lab pages show it, and the command that serves the site
 * as published, which the README gives too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_VERSION } from '../../scripts/lib/target/kind';
import { runCommand } from '../../scripts/lib/labs/lab-text';
import { fromRoot } from './lib/repo';

const pages = [
  { file: 'docs/getting-started.mdx', lang: 'ko' as const },
  { file: 'i18n/en/docusaurus-plugin-content-docs/current/getting-started.mdx', lang: 'en' as const },
].map((p) => ({ ...p, source: readFileSync(fromRoot(p.file), 'utf8'), name: p.file }));

const node = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { engines: { node: string } }).engines.node.replace(/^>=\s*/, '');
const SERVE = 'npm run build && npm run serve';

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

  it.each(pages)('$name and the README give the one command that serves the whole site', ({ source }) => {
    expect(source).toContain(`\n${SERVE}\n`);
    expect(readFileSync(fromRoot('README.md'), 'utf8')).toContain(SERVE);
  });
});
