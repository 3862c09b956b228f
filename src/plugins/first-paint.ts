import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * What the first paint of a built page waited for, removed (issue 13: every page's Largest
 * Contentful Paint, a paragraph or heading of server-rendered text, within 1.5 s on a phone).
 * Lighthouse showed the text waiting for two things, neither of which it needs:
 *
 * 1. The stylesheet, a render-blocking request of its own (a round trip on slow 4G). The site has
 *    one stylesheet (Docusaurus puts all CSS into `styles.<hash>.css`, ~18 KB gzipped, and loads no
 *    other CSS later), so each page carries it inline in a `<style>`: the text paints as soon as
 *    the HTML has arrived. Pages after the first are client-side navigations, so nothing is
 *    downloaded twice.
 * 2. The JavaScript: on a fast connection with a slow CPU, the `defer` scripts (React, the router
 *    and the page's code, ~170 KB gzipped) arrived while the page was being laid out, and ran
 *    (and hydrated) before the browser painted anything. They are now requested and run only
 *    after the first paint: a small inline script at the end of the body adds them (in order,
 *    `async = false`) one frame after the browser reports the first contentful paint (Paint
 *    Timing), or at once in a hidden tab. Not preloaded either (`<link rel=preload>`, as they
 *    were until 2026-11-30): a preload shares a slow connection with the HTML, and Lighthouse
 *    counts a High-priority script that finished loading before the paint it measures (FCP, or
 *    LCP) as render-blocking unless it finds the task that ran the script after that paint
 *    (lantern's FirstContentfulPaint.getRenderBlockingNodeData). It prunes most tasks shorter
 *    than 10 ms from its graph (PageDependencyGraph, SIGNIFICANT_DUR_THRESHOLD_MS), and on a fast
 *    CPU the task that starts main.js is shorter (9 ms in one trace here): with the preloads,
 *    the co-located page's LCP was 1.9 s, without them 0.9 s (Chromium 156, Lighthouse 12.8.2,
 *    median of 3). The cost: on a slow connection the page hydrates (copy buttons, tabs) up to
 *    one download of the entry scripts later; the text it shows does not wait. The frame: the first paint
 *    can come before the parser has reached the article (the navbar's text), and with the scripts
 *    added at once the article's first paint, the page's LCP, waited for them (Lighthouse: LCP
 *    ~2.0 s instead of ~1.2 s on 2 of 6 pages in one run, the observed LCP 120–180 ms after the
 *    observed FCP, and after main.js had started). The loader runs once the body is parsed, so the
 *    frame after the reported paint shows all of it. Not also after "two animation
 *    frames", as it first did: in Lighthouse's traces that path sometimes won, the scripts
 *    (~1.5 s of CPU at a phone's 4x slowdown) ran before the recorded first contentful paint,
 *    and the page's LCP was ~2.2–2.4 s instead of ~1.1 s on the same build. Two frames stay the
 *    rule only where the browser has no Paint Timing; a 3 s timer starts the scripts if no paint
 *    is ever reported.
 *
 * Runs on the built HTML (postBuild), for every page of the locale being built.
 */
export default function firstPaintPlugin(context: LoadContext): Plugin {
  return {
    name: 'first-paint',
    async postBuild({ outDir }) {
      const asset = (href: string) => readFileSync(path.join(outDir, decodeURIComponent(href.slice(context.baseUrl.length))), 'utf8');
      for (const file of htmlFiles(outDir, otherLocaleDirs(context))) {
        const html = readFileSync(file, 'utf8');
        const out = paintFirst(html, asset);
        if (out !== html) writeFileSync(file, out);
      }
    },
  };
}

/** The folders of the other locales' builds inside this one's out dir (the default locale's holds `en/`). */
function otherLocaleDirs(context: LoadContext): Set<string> {
  const { locales, currentLocale, defaultLocale } = context.i18n;
  return new Set(currentLocale === defaultLocale ? locales.filter((l) => l !== defaultLocale) : []);
}

function htmlFiles(dir: string, skip: Set<string>): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return skip.has(e.name) ? [] : htmlFiles(p, new Set());
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** `<link rel=stylesheet href=…>` as Docusaurus' minified HTML writes it (quotes optional). */
const STYLESHEET = /<link rel="?stylesheet"? href="?([^"\s>]+)"?\s*\/?>/g;
/** `<script src=… defer></script>` (Docusaurus' entry scripts). */
const DEFER_SCRIPT = /<script src="?([^"\s>]+)"? defer(?:="")?><\/script>/g;

/**
 * A built page with its stylesheets inline and its entry scripts requested and run after the
 * first paint (see the plugin). `asset(href)` reads a file of the built site by its URL path. A
 * page already rewritten comes back unchanged.
 */
export function paintFirst(html: string, asset: (href: string) => string): string {
  let out = html.replace(STYLESHEET, (_, href: string) => {
    const css = asset(href);
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined`);
    // data-href: the file this CSS came from, where CSS chunk loaders look for it.
    return `<style data-href="${href}">${css}</style>`;
  });
  const scripts: string[] = [];
  out = out.replace(DEFER_SCRIPT, (_, src: string) => {
    scripts.push(src);
    return '';
  });
  if (scripts.length === 0) return out;
  const loader = `<script>(${RUN_AFTER_FIRST_PAINT})(${JSON.stringify(scripts)})</script>`;
  const end = out.lastIndexOf('</body>');
  return end < 0 ? out + loader : out.slice(0, end) + loader + out.slice(end);
}

/**
 * In the page: adds the entry scripts, in order, one frame after the first contentful paint has
 * been presented (two frames where the browser lacks Paint Timing); at once when the tab is hidden
 * (no frame comes there). Plain ES5 in a string: it is inlined as written, whatever compiles this file.
 */
const RUN_AFTER_FIRST_PAINT = `function (srcs) {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    srcs.forEach(function (src) {
      var s = document.createElement('script');
      s.src = src;
      s.async = false;
      document.head.appendChild(s);
    });
  }
  if (document.visibilityState !== 'visible') return start();
  document.addEventListener('visibilitychange', start);
  var paintTiming = false;
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length)
        requestAnimationFrame(function () {
          setTimeout(start, 0);
        });
    }).observe({ type: 'paint', buffered: true });
    paintTiming = PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
  } catch (e) {}
  if (paintTiming) return setTimeout(start, 3000);
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  });
}`.replace(/\s+/g, ' ');
