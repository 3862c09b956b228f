import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Highlight, themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { codeLinesHtml, type LinesHtmlOptions } from './linesHtml';

/** The lines' HTML for `code`, tokenized by prism-react-renderer's own Highlight (github theme). */
function linesHtml(code: string, language: string, options: Partial<LinesHtmlOptions> = {}, theme = themes.github): string {
  let html = '';
  // createElement, not JSX: the unit tests are .ts files.
  renderToStaticMarkup(
    React.createElement(Highlight, {
      theme,
      code,
      language,
      children: ({ tokens, getLineProps, getTokenProps }) => {
        html = codeLinesHtml(tokens, { getLineProps, getTokenProps, lineClassNames: {}, ...options });
        return React.createElement(React.Fragment);
      },
    }),
  );
  return html;
}

/** What a browser shows: tags dropped, entities decoded, one line per `<div>`. */
function text(html: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<div[^>]*>(.*?)<br><\/div>/g)].map((m) => decode(m[1].replace(/<[^>]+>/g, '')));
}

describe('codeLinesHtml', () => {
  it('writes each line as a token-line div ending in <br>, with the same text as the code', () => {
    const code = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web';
    const html = linesHtml(code, 'yaml');
    expect(html.match(/<div class="token-line"/g)).toHaveLength(4);
    expect(text(html)).toEqual(code.split('\n'));
  });

  it('wraps highlighted tokens in a span with their classes and theme colors, and leaves plain text bare', () => {
    const html = linesHtml('kind: Pod', 'yaml');
    expect(html).toContain('<span class="token key atrule" style="color:#00a4db">kind</span>');
    expect(html).toMatch(/<\/span>: Pod<br><\/div>$/);
  });

  it('writes a token bare when its style is only the line\'s color (YAML punctuation), in either site theme', () => {
    // github: punctuation #393A34 = the text color; dracula: rgb(248, 248, 242) = #F8F8F2.
    for (const theme of [themes.github, themes.dracula]) {
      const html = linesHtml('containers:\n  - name: app', 'yaml', {}, theme);
      expect(html).not.toContain('punctuation');
      expect(text(html)).toEqual(['containers:', '  - name: app']);
      expect(html).toContain('token key atrule');
    }
  });

  it('keeps the span of a token whose style adds anything to the line\'s color', () => {
    const line = [[{ types: ['comment'], content: '# note' }]];
    const html = codeLinesHtml(line, {
      getLineProps: ({ className }) => ({ className: ['token-line', className].filter(Boolean).join(' '), style: { color: '#393A34' } }),
      getTokenProps: ({ token }) => ({ className: `token ${token.types.join(' ')}`, style: { color: '#393A34', fontStyle: 'italic' }, children: token.content }),
      lineClassNames: {},
    });
    expect(html).toContain('<span class="token comment" style="color:#393A34;font-style:italic"># note</span>');
  });

  it('escapes markup in the code, so it shows as text', () => {
    const code = 'echo "<b>&amp;</b>" > out';
    const html = linesHtml(code, 'text');
    expect(html).not.toContain('<b>');
    expect(text(html)).toEqual([code]);
  });

  it('keeps an empty line as an inline-block span, and one <br> for a blank line', () => {
    const html = linesHtml('a\n\nb', 'text');
    expect(text(html)).toEqual(['a', '', 'b']);
    expect(html).toContain('<span class="token plain" style="display:inline-block"></span><br></div>');
  });

  it('adds line classes, and with line numbers a number cell and a content span', () => {
    const html = linesHtml('a\nb', 'text', {
      lineClassNames: { 1: ['recording'] },
      lineNumbers: { line: 'codeLine', number: 'codeLineNumber', content: 'codeLineContent' },
    });
    expect(html).toBe(
      '<div class="token-line codeLine" style="color:#393A34"><span class="codeLineNumber"></span><span class="codeLineContent">a</span><br></div>' +
        '<div class="token-line recording codeLine" style="color:#393A34"><span class="codeLineNumber"></span><span class="codeLineContent">b</span><br></div>',
    );
  });
});
