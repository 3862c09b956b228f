/**
 * Just enough HTML reading for built Docusaurus pages (minified: attributes may be unquoted).
 * Not a general parser: it relies on the page structure Docusaurus emits.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Collapses every kind of whitespace (including no-break space) and drops zero-width spaces. */
export const normalizeSpace = (text: string): string =>
  text.replace(/[\u200b\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

/** The inner HTML of the first `<tag>` whose opening tag contains `marker`, nesting counted. */
export function innerHtmlOf(html: string, tag: string, marker: string): string | undefined {
  const start = html.indexOf(marker);
  if (start < 0) return undefined;
  const open = html.indexOf('>', start) + 1;
  const re = new RegExp(`<(/?)${tag}\\b`, 'gi');
  re.lastIndex = open;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index);
  }
  return undefined;
}

/** Text a reader sees: tags removed (not replaced by spaces, so `<code>Pod</code>가` stays one word). */
export function visibleText(html: string): string {
  const withoutHidden = html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, '');
  return normalizeSpace(decodeEntities(withoutHidden.replace(/<[^>]*>/g, '')));
}

/** Value of `attr` on the first `<tag ...>` whose attributes match `where` (e.g. `name=description`). */
export function attrOf(html: string, tag: string, where: RegExp, attr: string): string | undefined {
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    if (!where.test(m[1])) continue;
    const value = new RegExp(`\\b${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(m[1]);
    if (value) return decodeEntities(value[1] ?? value[2] ?? value[3]);
  }
  return undefined;
}

export const titleOf = (html: string): string | undefined => {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? normalizeSpace(decodeEntities(m[1])) : undefined;
};

/** `content` of `<meta name="<name>">`. */
export const metaContent = (html: string, name: string): string | undefined =>
  attrOf(html, 'meta', new RegExp(`\\bname=(?:"${name}"|${name}(?=[\\s/>]|$))`), 'content');
