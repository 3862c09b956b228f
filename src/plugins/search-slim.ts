import { readFileSync, realpathSync } from 'node:fs';
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
  let replacement: string | undefined;
  return {
    name: 'search-slim',
    async contentLoaded({ actions }) {
      replacement = await actions.createData('search-bar-constants.js', `export const searchResultLimits = ${options.searchResultLimits};\n`);
    },
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer || !replacement) return {};
      const to = replacement;
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(/[\\/]proxiedGeneratedConstants(\.js)?$/, (data: { request: string; contextInfo: { issuer: string } }) => {
            if (data.contextInfo.issuer === searchBar) data.request = to;
          }),
        ],
      };
    },
  };
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
