import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('re-exports every option and wraps only Mark', () => {
    const source = lightMarkModule('@generated/x/generated.js');
    expect(source).toContain('export * from "@generated/x/generated.js";');
    expect(source).toMatch(/export const Mark = SearchMark && function Mark\(ctx\)/);
    expect(source).toContain("ctx.querySelector('[data-markjs]')");
  });
});
