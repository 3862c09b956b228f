import type { CSSProperties } from 'react';
import type { RenderProps, Token } from 'prism-react-renderer';
import { sameColor } from '../../../utils/prismContrast';

/** Text as HTML element content or a double-quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/**
 * A style object as CSS text: `{ fontStyle: 'italic' }` → `font-style:italic`. Prism themes give
 * colors and keywords as strings (github and dracula, the site's, do); a number is written as it
 * is, without React's `px` for unit properties, so a theme with one would need it here.
 */
function cssText(style: CSSProperties | undefined): string {
  if (!style) return '';
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function attributes(className: string | undefined, style: CSSProperties | undefined): string {
  const css = cssText(style);
  return (className ? ` class="${escapeHtml(className)}"` : '') + (css ? ` style="${escapeHtml(css)}"` : '');
}

/** Upstream's `fixLineBreak`: a line that is only `\n` becomes empty, so `<br>` makes one break, not two. */
function fixLineBreak(line: Token[]): Token[] {
  return line.length === 1 && line[0].content === '\n' ? [{ ...line[0], content: '' }] : line;
}

export type LinesHtmlOptions = Pick<RenderProps, 'getLineProps' | 'getTokenProps'> & {
  /** Extra classes per line (0-based), e.g. magic comments' highlight and the recording lines. */
  lineClassNames: Record<number, string[] | undefined>;
  /** With line numbers: the class of the line (a table row), its number cell and its content. */
  lineNumbers?: { line: string; number: string; content: string };
};

/**
 * Whether a token looks exactly like the line's own text: its theme style is nothing but the
 * line's color. Both site themes color punctuation so (github `#393A34`, dracula
 * `rgb(248, 248, 242)` = `#F8F8F2`): in YAML every `:` and `-` (351 of the 984 token spans on
 * the sidecar-containers page, an element each to style and lay out). No site CSS selects a
 * token by its type; `.recording` lines color their bare text and their tokens alike.
 */
function looksPlain(style: CSSProperties | undefined, lineColor: unknown): boolean {
  if (!style) return false;
  const keys = Object.keys(style).filter((k) => style[k as keyof CSSProperties] !== undefined);
  return keys.length === 1 && keys[0] === 'color' && sameColor(style.color, lineColor);
}

/**
 * The HTML of a code block's lines, as Docusaurus' `CodeBlock/Line` and `Line/Token` render them
 * (theme-classic 3.10): per line `<div class="token-line …" style>`, with line numbers an empty
 * number cell and a content span, the tokens, then `<br>`; per token `<span class="token …"
 * style>`, except text that would look the same bare, written as text (it takes the line's
 * color): what Prism did not highlight (`plain`, no style of its own), and tokens whose style is
 * only the line's color (`looksPlain`). Text and attribute values are escaped.
 */
export function codeLinesHtml(lines: Token[][], { getLineProps, getTokenProps, lineClassNames, lineNumbers }: LinesHtmlOptions): string {
  return lines
    .map((rawLine, i) => {
      const line = fixLineBreak(rawLine);
      const classNames = [...(lineClassNames[i] ?? []), ...(lineNumbers ? [lineNumbers.line] : [])].join(' ');
      const lineProps = getLineProps({ line, className: classNames || undefined });
      const tokens = line
        .map((token) => {
          const { className, style, children } = getTokenProps({ token });
          const plain = (token.types.length === 1 && token.types[0] === 'plain' && !style) || looksPlain(style, lineProps.style?.color);
          return plain ? escapeHtml(children) : `<span${attributes(className, style)}>${escapeHtml(children)}</span>`;
        })
        .join('');
      const content = lineNumbers ? `<span class="${lineNumbers.number}"></span><span class="${lineNumbers.content}">${tokens}</span>` : tokens;
      return `<div${attributes(lineProps.className, lineProps.style)}>${content}<br></div>`;
    })
    .join('');
}
