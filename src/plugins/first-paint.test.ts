import { describe, expect, it } from 'vitest';
import { paintFirst } from './first-paint';

// As Docusaurus' minified HTML writes it.
const page =
  '<html><head><title>x</title><link rel=stylesheet href=/assets/css/styles.1.css /><script src=/assets/js/runtime~main.2.js defer></script><script src=/assets/js/main.3.js defer></script></head><body><p>text</body>';

describe('paintFirst', () => {
  const out = paintFirst(page, (href) => (href === '/assets/css/styles.1.css' ? 'p{color:red}' : ''));

  it('puts the stylesheet inline, so the text waits for no other request', () => {
    expect(out).toContain('<style data-href="/assets/css/styles.1.css">p{color:red}</style>');
    expect(out).not.toContain('rel=stylesheet');
  });

  it('adds the entry scripts, in order, after the first paint, and does not fetch them before it', () => {
    expect(out).not.toMatch(/<script src=/);
    // Each script's URL is named once, in the loader: no preload or other early request.
    for (const src of ['/assets/js/runtime~main.2.js', '/assets/js/main.3.js']) expect(out.split(src)).toHaveLength(2);
    expect(out).toMatch(/<script>\(function \(srcs\) \{.*first-contentful-paint.*\}\)\(\["\/assets\/js\/runtime~main\.2\.js","\/assets\/js\/main\.3\.js"\]\)<\/script><\/body>$/);
  });

  it('leaves a rewritten page as it is', () => {
    expect(paintFirst(out, () => '')).toBe(out);
  });

  it('refuses CSS that would end the style element', () => {
    expect(() => paintFirst(page, () => 'a{}</style><script>')).toThrow(/cannot be inlined/);
  });
});
