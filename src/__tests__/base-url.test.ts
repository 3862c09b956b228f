/**
 * The site built the way the deploy workflow (.github/workflows/pages.yml) builds it for a GitHub
 * Pages project site: under a non-root base URL, with a site URL and a repository URL from the
 * environment (scripts/lib/site-env.ts). The build itself fails on a broken link (onBrokenLinks and
 * onBrokenAnchors: 'throw'); on top of that every href and src of every built page must resolve to
 * a built file under the base URL, and pages load in chromium with no failed request.
 * No chromium: the browser part fails under CI, else skips (like browser.test.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, labPages, sitemapPaths } from './lib/site';
import { serveStatic, type StaticServer } from './lib/static-server';

const BASE = '/multi-container-pod/';
const SITE_URL = 'https://labs.example.org';
const REPOSITORY = 'https://github.com/someone/multi-container-pod/tree/main';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = Boolean(process.env.CI);
// A page loads in well under a second; 20 s allows a busy two-core CI machine.
const PAGE_TIMEOUT = 20_000;

let outDir = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'site-base-url-'));
  buildSite(outDir, { env: { SITE_URL, SITE_BASE_URL: BASE, SITE_REPOSITORY_URL: REPOSITORY } });
  server = await serveStatic(outDir, { baseUrl: BASE });
  if (existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], timeout: PAGE_TIMEOUT });
  // Both editions in one production build: seconds with a warm machine, up to a few minutes on a
  // busy two-core one (see buildSite's own timeout).
}, 300_000);

afterAll(async () => {
  // The built site first: a close that throws or outlasts the hook's timeout would leave it behind.
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  await browser?.close();
  await server?.close();
});

/** The built file a site path names (`/docs/x` → docs/x/index.html), or undefined. */
function builtFile(sitePath: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(sitePath));
  return [file, path.join(file, 'index.html'), `${file}.html`].find((f) => existsSync(f) && statSync(f).isFile());
}

describe(`the site under base URL ${BASE}`, () => {
  it('every href and src of every built page resolves to a built file under the base URL', () => {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('__server'));
    expect(pages.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      const pageUrl = new URL(`${BASE}${page.split(path.sep).join('/')}`, SITE_URL);
      for (const [, a, b, c] of html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
        const ref = a ?? b ?? c;
        if (/^(#|mailto:|data:|javascript:)/.test(ref)) continue;
        const url = new URL(ref.replace(/&amp;/g, '&'), pageUrl);
        if (url.origin !== SITE_URL) continue; // another site: not this build's to resolve
        if (!url.pathname.startsWith(BASE)) broken.push(`${page}: ${ref} is outside ${BASE}`);
        else if (!builtFile(url.pathname.slice(BASE.length))) broken.push(`${page}: ${ref} names no built file`);
      }
    }
    expect(broken, 'links that would break on a GitHub Pages project site').toEqual([]);
  });

  it('the sitemaps and canonical links name the published URL', () => {
    const loc = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)![1];
    expect(loc.startsWith(`${SITE_URL}${BASE}`), `sitemap <loc> ${loc}`).toBe(true);
    expect(sitemapPaths(outDir, 'en').every((p) => p.startsWith(`${BASE}en/`))).toBe(true);
    expect(readFileSync(path.join(outDir, 'labs', 'co-located', 'index.html'), 'utf8')).toMatch(
      new RegExp(`rel=canonical href=${SITE_URL}${BASE}labs/co-located`.replace(/[/.]/g, '\\$&')),
    );
  });

  it.each(labPages())('$route links to labs/$lab/ in the repository (SITE_REPOSITORY_URL)', ({ route, lab }) => {
    for (const edition of ['', 'en']) {
      const html = readFileSync(path.join(outDir, edition, route, 'index.html'), 'utf8');
      expect(html, `${edition}${route}`).toContain(`href=${REPOSITORY}/labs/${lab}/`);
    }
  });

  it('the getting-started page clones the repository', () => {
    expect(readFileSync(path.join(outDir, 'docs', 'getting-started', 'index.html'), 'utf8')).toContain('git clone https://github.com/someone/multi-container-pod');
  });

  it.for([BASE, `${BASE}labs/init-containers`, `${BASE}en/docs/multi-container-pod/init-containers`])(
    '%s loads in chromium with no failed request, and its lab links work',
    // A page load and one click, each bounded by PAGE_TIMEOUT.
    { timeout: 60_000 },
    async (route, ctx) => {
      if (!browser) {
        if (required) throw new Error(`${CHROMIUM} does not exist: apt-get install -y chromium fonts-nanum (or set CHROMIUM_PATH)`);
        ctx.skip(`${CHROMIUM} does not exist`);
      }
      const context = await browser!.newContext();
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
        page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
        page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
        await page.goto(`${server!.origin}${route}`, { waitUntil: 'networkidle' });
        const links = page.getByTestId('lab-page-link');
        if ((await links.count()) > 0) {
          await links.first().click();
          await page.waitForURL(/\/labs\/[\w-]+(#[\w-]+)?$/);
          expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
          await page.locator('main h1').waitFor();
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
