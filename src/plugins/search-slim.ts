import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** Options: the search plugin's own `searchResultLimits` (how many results the search bar lists). */
export type SearchSlimOptions = { searchResultLimits: number };

/**
 * Keeps the search engine out of every page's main bundle (issue 13: `main.js` is downloaded,
 * parsed and run on every page before it is interactive).
 *
 * @easyops-cn/docusaurus-search-local searches in a Web Worker, which has its own copy of lunr and
 * lunr-languages. But its search bar (in the navbar of every page) imports one number,
 * `searchResultLimits`, from the module that also loads lunr and the Korean and English stemmers
 * for the worker (`generated-constants.js`: `import lunr …; require('lunr-languages/…')(lunr)`),
 * so ~50 KB of search engine sat in `main.js` and ran at start-up on every page, unused. Here the
 * search bar's import of that module (and only the search bar's: the worker keeps the real one)
 * is replaced by a module that exports the same number, given in the options.
 *
 * Throws at build time when the search bar imports anything else from that module (a new plugin
 * version): the replacement would then lack an export.
 *
 * Also gives the search bar a `Mark` (mark.js, which highlights a search's words on the page it
 * opens) whose `unmark()` returns at once when the page has no highlight to remove. The search bar
 * calls `new Mark(article).unmark()` after every page load, and mark.js then walks every element
 * of the article (11 and 20 ms in two Chromium traces of the sidecar-containers page: a long task
 * at a phone's 4x CPU slowdown, issue 13), although a highlight exists only after a search result
 * was opened. Its other options come unchanged from the plugin's generated module.
 */
export default function searchSlimPlugin(_context: LoadContext, options: SearchSlimOptions): Plugin {
  if (!Number.isInteger(options?.searchResultLimits) || options.searchResultLimits < 1) {
    throw new Error(`search-slim: searchResultLimits must be the search plugin's searchResultLimits (a whole number ≥ 1), got ${options?.searchResultLimits}`);
  }
  const searchBar = realpathSync(require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.jsx'));
  const imported = importedNames(readFileSync(searchBar, 'utf8'));
  if (imported.join(',') !== 'searchResultLimits') {
    throw new Error(`search-slim: ${searchBar} imports {${imported.join(', ')}} from proxiedGeneratedConstants, expected {searchResultLimits} only: update src/plugins/search-slim.ts`);
  }
  const generated = generatedModule(readFileSync(path.join(path.dirname(searchBar), '../../utils/proxiedGenerated.js'), 'utf8'));
  let constants: string | undefined;
  let generatedOptions: string | undefined;
  return {
    name: 'search-slim',
    async contentLoaded({ actions }) {
      constants = await actions.createData('search-bar-constants.js', `export const searchResultLimits = ${options.searchResultLimits};\n`);
      generatedOptions = await actions.createData('search-bar-generated.js', lightMarkModule(generated));
    },
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer || !constants || !generatedOptions) return {};
      const to = { proxiedGeneratedConstants: constants, proxiedGenerated: generatedOptions };
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(/[\\/]proxiedGenerated(Constants)?(\.js)?$/, (data: { request: string; contextInfo: { issuer: string } }) => {
            if (data.contextInfo.issuer !== searchBar) return;
            data.request = /Constants(\.js)?$/.test(data.request) ? to.proxiedGeneratedConstants : to.proxiedGenerated;
          }),
        ],
      };
    },
  };
}

/** The module `proxiedGenerated.js` re-exports (`export * from "…"`): the plugin's generated options. */
export function generatedModule(source: string): string {
  const found = /export\s*\*\s*from\s*["']([^"']+)["']/.exec(source);
  if (!found) throw new Error('search-slim: proxiedGenerated.js re-exports no module: update src/plugins/search-slim.ts');
  return found[1];
}

/**
 * A module exporting everything `generated` does, with `Mark` (null when the plugin highlights
 * nothing) wrapped so that `unmark()` skips mark.js's walk of the page when no element carries
 * mark.js's `data-markjs` attribute, the one its `unmark()` looks for (and calls `options.done`,
 * as mark.js does when it is through). With `iframes`, which the query cannot see into, it always walks.
 */
export function lightMarkModule(generated: string): string {
  const from = JSON.stringify(generated);
  return `export * from ${from};
import { Mark as SearchMark } from ${from};
export const Mark = SearchMark && function Mark(ctx) {
  const mark = new SearchMark(ctx);
  const unmark = mark.unmark;
  mark.unmark = function (options) {
    if ((options && options.iframes) || ctx.querySelector('[data-markjs]')) return unmark.call(mark, options);
    if (options && options.done) options.done();
    return mark;
  };
  return mark;
};
`;
}

/** The names a module imports from `…/proxiedGeneratedConstants` (`import { a, b } from "…"`), sorted. */
export function importedNames(source: string): string[] {
  const found = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'][^"']*\/proxiedGeneratedConstants["']/g)];
  return found
    .flatMap((m) => m[1].split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .sort();
}
