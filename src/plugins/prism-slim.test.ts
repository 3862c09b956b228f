import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../__tests__/lib/repo';
import { slimPrism } from './prism-slim.cjs';

describe('prism-slim', () => {
  it.each(['index.js', 'index.mjs'])("cuts the languages and themes out of prism-react-renderer's dist/%s, and keeps Highlight and Prism", (file) => {
    const source = readFileSync(fromRoot(`node_modules/prism-react-renderer/dist/${file}`), 'utf8');
    const slim = slimPrism(source);
    expect(slim.length).toBeLessThan(source.length * 0.35);
    expect(slim).not.toMatch(/Prism\.languages\.(markup|javascript|python|yaml) =/);
    expect(slim).toContain('var themes_exports = {};');
    for (const kept of ['var require_prism = __commonJS(', 'var Prism = __toESM(require_prism());', 'useTokenize', 'Highlight']) expect(slim).toContain(kept);
  });

  it('fails the build with what to check when the bundle is laid out differently', () => {
    expect(() => slimPrism('export const Highlight = 1;', 'dist/index.mjs')).toThrow(/dist\/index\.mjs: not laid out as prism-react-renderer 2\.4\.1/);
  });
});
