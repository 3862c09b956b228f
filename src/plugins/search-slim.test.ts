import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import searchSlimPlugin, { generatedModule, importedNames, lightMarkModule } from './search-slim';
import type { LoadContext } from '@docusaurus/types';

const require = createRequire(import.meta.url);
const context = {} as LoadContext;

describe('search-slim', () => {
  it("reads the names imported from proxiedGeneratedConstants, and only that module's", () => {
    const source = `import { a } from "./x";\nimport { searchResultLimits, language , } from "../../utils/proxiedGeneratedConstants";`;
    expect(importedNames(source)).toEqual(['language', 'searchResultLimits']);
    expect(importedNames('import { a } from "./proxiedGenerated";')).toEqual([]);
  });

  it('accepts the installed search plugin: its search bar takes only searchResultLimits from that module', () => {
    expect(searchSlimPlugin(context, { searchResultLimits: 8 }).name).toBe('search-slim');
  });

  it('the client modules that import lunr are only the worker and its helpers, so the search bar needs no lunr', () => {
    // If the search bar (or anything it imports) loaded lunr itself, the replacement would not keep it out of main.js.
    const root = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js'));
    const clientDir = path.dirname(root);
    const files = (readdirSync(clientDir, { recursive: true }) as string[]).filter((f) => /\.jsx?$/.test(f) && !f.includes('__mocks__'));
    const importingLunr = files.filter((f) => /from "lunr"/.test(readFileSync(path.join(clientDir, f), 'utf8'))).sort();
    expect(importingLunr).toEqual(['theme/worker.js', 'utils/smartQueries.js', 'utils/tokenize.js']);
  });

  it('refuses a missing or nonsensical searchResultLimits', () => {
    expect(() => searchSlimPlugin(context, { searchResultLimits: 0 })).toThrow(/whole number/);
    expect(() => searchSlimPlugin(context, undefined as never)).toThrow(/whole number/);
  });
});

describe('search-slim: the search bar\'s Mark', () => {
  it('finds the generated module that the installed proxiedGenerated.js re-exports', () => {
    const file = require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated.js');
    expect(generatedModule(readFileSync(file, 'utf8'))).toBe('@generated/@easyops-cn/docusaurus-search-local/default/generated.js');
    expect(() => generatedModule('export const a = 1;')).toThrow(/re-exports no module/);
  });

  /** The generated module, run against a stand-in for the plugin's options whose Mark records its unmark() calls. */
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function wrapped(SearchMark: string | null) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-slim-'));
    dirs.push(dir);
    writeFileSync(
      path.join(dir, 'generated.mjs'),
      `export const searchBarShortcut = true;\nexport const Mark = ${SearchMark ?? 'null'};\n`,
    );
    writeFileSync(path.join(dir, 'wrapper.mjs'), lightMarkModule('./generated.mjs'));
    return import(pathToFileURL(path.join(dir, 'wrapper.mjs')).href);
  }
  const recordingMark = 'function (ctx) { const self = this; globalThis.unmarkCalls = []; this.unmark = (o) => { globalThis.unmarkCalls.push(o); return self; }; this.mark = () => self; }';
  const page = (marked: boolean) => ({ querySelector: (sel: string) => (marked && sel === '[data-markjs]' ? {} : null) });
  const calls = () => (globalThis as { unmarkCalls?: unknown[] }).unmarkCalls;

  it("re-exports the plugin's options, and keeps Mark null when the plugin highlights nothing", async () => {
    const m = await wrapped(null);
    expect(m.searchBarShortcut).toBe(true);
    expect(m.Mark).toBeNull();
  });

  it("skips mark.js's unmark() on a page with no highlight, and still calls done", async () => {
    const { Mark } = await wrapped(recordingMark);
    let done = 0;
    const mark = new Mark(page(false));
    expect(mark.unmark({ done: () => done++ })).toBe(mark);
    expect(calls()).toEqual([]);
    expect(done).toBe(1);
  });

  it("hands over to mark.js's unmark() when the page has a highlight, or when it must look into iframes", async () => {
    const { Mark } = await wrapped(recordingMark);
    new Mark(page(true)).unmark();
    expect(calls()).toEqual([undefined]);
    new Mark(page(false)).unmark({ iframes: true });
    expect(calls()).toEqual([{ iframes: true }]);
  });
});
