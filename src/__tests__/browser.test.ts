/**
 * The built site in a real browser (Debian's chromium through playwright-core): every page of
 * both editions (Korean at `/`, English at `/en/`) loads cleanly in its language, the language
 * switcher lands on the same page, the copy buttons copy exactly the lab command, Korean search
 * finds words with particles attached, the lifecycle diagrams render and their text fits its boxes
 * (both editions, phone and desktop widths), a diagram opens full size on a phone, pages fit a phone.
 * A failing test leaves a screenshot in test-results/browser/.
 * The suites run their tests side by side (`describe.concurrent`, at most vitest.config.ts's
 * maxConcurrency at once): most of a test is waiting for a page's network to go quiet, and one
 * after another they took 1,061 s in a CI run. A click that copies and the read of the clipboard
 * that follows take turns with other tests' (`withClipboard`); a suite that compares timings runs
 * alone (`describe.sequential`).
 * No chromium: fails under CI, else skips saying how to install it (like the cluster tests).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { labText } from '../../scripts/lib/labs/lab-text';
import { loadLab } from '../../scripts/lib/labs/labs';
import { localizeComments, translationsFor } from '../plugins/manifest-comments.cjs';
import { innerHtmlOf, visibleText } from './lib/html';
import { fromRoot } from './lib/repo';
import { recordingLines } from '../utils/recordingLines';
import { buildSite, builtDiagramPages, diagramPages, docPages, labPages as labFolderPages, sitemapPaths } from './lib/site';
import { describeOverflows, diagramTextOverflows } from './lib/diagram-fit';
import siteConfig from '../../docusaurus.config';
import { serveStatic, type StaticServer } from './lib/static-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = Boolean(process.env.CI);
const missingBrowser = existsSync(CHROMIUM)
  ? undefined
  : `${CHROMIUM} does not exist: install it with \`apt-get install -y chromium fonts-nanum\` (or set CHROMIUM_PATH)`;

const SCREENSHOTS = fromRoot('test-results', 'browser');

// Page loads and waits: a built page loads in well under a second here; 20 s allows a slow,
// busy CI machine (two cores shared with other tests) without hiding a hung page for long.
const PAGE_TIMEOUT = 20_000;
// A test opens at most a few pages, each bounded by PAGE_TIMEOUT.
const TEST_TIMEOUT = 60_000;

const docs = docPages();
/** A page per lab folder (src/plugins/lab-pages.ts) and their list, `/labs`. */
const labRoutes = labFolderPages();
/** Landing page, the search page (@easyops-cn/docusaurus-search-local), every doc and every lab page. */
const koreanPages = ['/', '/search', ...docs.map((d) => d.route), '/labs', ...labRoutes.map((l) => l.route)];
/** The English edition (i18n/en/) has the same pages under /en/. */
const EN = '/en';
const englishPages = koreanPages.map((route) => `${EN}${route}`);
const pages = [...koreanPages, ...englishPages];
const langOf = (route: string): 'en' | 'ko' => (route === EN || route.startsWith(`${EN}/`) ? 'en' : 'ko');

let outDir = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (missingBrowser) {
    if (required) throw new Error(missingBrowser);
    console.warn(`skipping browser tests: ${missingBrowser}`);
    return;
  }
  outDir = mkdtempSync(path.join(os.tmpdir(), 'site-browser-'));
  buildSite(outDir);
  server = await serveStatic(outDir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', // runs as root in CI
      '--disable-gpu',
      '--disable-background-networking', // no calls home: the only network here is the test server
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage', // small /dev/shm in containers
    ],
    timeout: PAGE_TIMEOUT,
  });
  // A full production build takes seconds with a warm Rspack cache, a minute on a cold CI runner,
  // and 115 s (both editions) measured on the two-core machine shared with other builds (load 23);
  // 300 s leaves room without hiding a hung build for long.
}, 300_000);

afterAll(async () => {
  // The built site first: a close that throws or outlasts the hook's timeout would leave it behind.
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors seen so far. */
  problems: string[];
}

/** The last use of the clipboard so far (settled, never rejected). */
let clipboardQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `use` (a click that copies, and the read of what it copied) once every earlier use has
 * ended, so that no other use runs in between. This file's tests run side by side, in one
 * Chromium, whose pages share one clipboard: a test could otherwise read what another test's
 * click had just copied. Only that pair waits, not the test around it: a wait for a whole test
 * would count against the waiting test's own timeout.
 */
function withClipboard<T>(use: () => Promise<T>): Promise<T> {
  const turn = clipboardQueue.then(use);
  clipboardQueue = turn.catch(() => undefined);
  return turn;
}

/**
 * Opens `route` in a fresh browser context; the context is closed when the test finishes and
 * a failing test first saves a screenshot of it.
 */
async function open(ctx: TestContext, route: string, options: BrowserContextOptions = {}): Promise<Opened> {
  if (!browser || !server) {
    if (required) throw new Error(missingBrowser ?? 'browser did not start');
    ctx.skip(missingBrowser);
  }
  const context = await browser!.newContext(options);
  context.setDefaultTimeout(PAGE_TIMEOUT);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  ctx.onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${task.name.replace(/[^\w가-힣-]+/g, '_').slice(0, 120)}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`screenshot: ${path.relative(fromRoot(), file)}`);
    }
    await context.close();
  });
  // networkidle: the page's chunks are loaded, so late errors show up. And hydrated (Docusaurus
  // marks <html data-has-hydrated>): networkidle alone does not say so, since the entry scripts
  // are requested only after the first paint (src/plugins/first-paint.ts), and under load the
  // network can sit quiet for 500 ms before that.
  await page.goto(`${server!.origin}${route}`, { waitUntil: 'networkidle' });
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached', timeout: PAGE_TIMEOUT });
  return { page, problems };
}

/**
 * A fresh context as on a phone, closed when the test finishes, with `init` run in each page
 * before the page's own scripts (Playwright's addInitScript).
 */
async function phoneContext(ctx: TestContext, init: () => void): Promise<BrowserContext> {
  if (!browser || !server) {
    if (required) throw new Error(missingBrowser ?? 'browser did not start');
    ctx.skip(missingBrowser);
  }
  const context = await browser!.newContext(phone);
  ctx.onTestFinished(() => context.close());
  context.setDefaultTimeout(PAGE_TIMEOUT);
  await context.addInitScript(init);
  return context;
}

describe.concurrent('every page', () => {
  it('the sitemaps list exactly the pages tested here', () => {
    if (!outDir) return;
    expect(
      sitemapPaths(outDir),
      'pages in the built sitemap differ from "/" + docs/**/*.mdx + /labs/<lab>: update docPages() or labPages() in src/__tests__/lib/site.ts',
    ).toEqual([...koreanPages].sort());
    expect(
      sitemapPaths(outDir, 'en'),
      'pages in the English sitemap (en/sitemap.xml) differ from the Korean ones under /en/: every page needs its translation in i18n/en/',
    ).toEqual([...englishPages].sort());
  });

  it.for(pages)('%s loads with no console errors or failed requests, in its language', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page, problems } = await open(ctx, route);
    const lang = langOf(route);
    expect(await page.title(), `${route}: no <title>`).not.toBe('');
    expect(problems, `${route}: fix what the browser reported`).toEqual([]);
    expect(await page.getAttribute('html', 'lang'), `i18n.localeConfigs.${lang}.htmlLang in docusaurus.config.ts`).toBe(lang);
  });
});

describe.concurrent('language switcher', () => {
  /** Picks `label` in the navbar's locale dropdown (a hover menu on a desktop-sized window). */
  async function switchTo(page: Page, label: string, expectedPath: string): Promise<void> {
    await page.locator('.navbar .dropdown').filter({ has: page.locator('a[lang]') }).hover();
    await page.locator('.navbar .dropdown__link', { hasText: label }).click();
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === expectedPath.replace(/\/$/, ''));
  }

  it.for(docs)('$route: Korean → English → Korean lands on the same page', { timeout: TEST_TIMEOUT }, async ({ route }, ctx) => {
    const { page, problems } = await open(ctx, route);
    const loaded = problems.length;
    await switchTo(page, 'English', `${EN}${route}`);
    expect(await page.getAttribute('html', 'lang'), `${EN}${route}`).toBe('en');
    await switchTo(page, '한국어', route);
    expect(await page.getAttribute('html', 'lang'), route).toBe('ko');
    // Leaving a page cancels what it still had in flight: Docusaurus prefetches the chunks of the
    // links in view when the browser is idle, which can be after networkidle, so a switch may abort
    // some (net::ERR_ABORTED; seen more often with a longer sidebar). That is the switch, not a
    // fault of either page; every other problem after the switch still fails the test, and the
    // page's own load is held to no problems at all by the test above.
    const cancelled = (p: string) => p.startsWith('request failed: ') && p.endsWith(' (net::ERR_ABORTED)');
    expect([...problems.slice(0, loaded), ...problems.slice(loaded).filter((p) => !cancelled(p))]).toEqual([]);
  });
});

/**
 * Each lab page in both editions, with the copy button's label after a copy and the command
 * that runs its lab there (English pages print the lab's texts in English: `--lang en`).
 */
const labPages = docs
  .filter((d) => d.lab)
  .flatMap((d) => [
    { ...d, lang: 'ko' as const, copied: '복사됨', command: `npm run lab -- run ${d.lab}` },
    { ...d, route: `${EN}${d.route}`, lang: 'en' as const, copied: 'Copied', command: `npm run lab -- run ${d.lab} --lang en` },
  ]);

// Alone: what it compares (paint and script times at a 4x CPU slowdown) moves with the load that
// other pages would add.
describe.sequential('scripts after the first paint (src/plugins/first-paint.ts)', () => {
  it.for(['/', '/docs/multi-container-pod/co-located', `${EN}/docs/multi-container-pod/sidecar-containers`])(
    '%s: main.js is requested and added only once the first contentful paint is reported and the largest is painted, and the page then hydrates',
    { timeout: TEST_TIMEOUT },
    async (route, ctx) => {
      // When (performance.now(), ms) the loader adds the main script to the document, and when the
      // largest contentful paint was painted (entries arrive later than their paint: compare times).
      const context = await phoneContext(ctx, () => {
        const w = window as unknown as { lcp: number };
        w.lcp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.lcp = Math.max(w.lcp, e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of Array.from(r.addedNodes))
              if (n instanceof HTMLScriptElement && /\/main\.[0-9a-f]+\.js$/.test(n.src)) (window as unknown as { mainAdded: number }).mainAdded = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      // A phone's CPU (Lighthouse's 4x slowdown): the case where scripts once ran before the text was painted.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${server!.origin}${route}`, { waitUntil: 'networkidle' });
      // Under load the paint (and so the loader) can come after the network has gone quiet: wait for
      // the script itself, as long as a page may take; a loader that never adds it still fails here.
      await page
        .waitForFunction(() => (window as unknown as { mainAdded?: number }).mainAdded !== undefined, null, { timeout: PAGE_TIMEOUT })
        .catch(() => undefined);
      const t = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        mainAdded: (window as unknown as { mainAdded?: number }).mainAdded,
        lcp: (window as unknown as { lcp: number }).lcp,
      }));
      expect(t.fcp, 'no first-contentful-paint entry').toBeGreaterThan(0);
      expect(t.mainAdded, 'the loader never added main.js').toBeDefined();
      expect(t.mainAdded!, `main.js added at ${t.mainAdded} ms, first contentful paint at ${t.fcp} ms`).toBeGreaterThanOrEqual(t.fcp!);
      // The largest contentful paint (the article's text) is painted before main.js runs, not after it.
      expect(t.lcp, `largest contentful paint at ${t.lcp} ms, main.js added at ${t.mainAdded} ms`).toBeLessThanOrEqual(t.mainAdded!);
      // Hydrated: the phone menu button is React's and opens the menu only once main.js ran. The
      // menu (src/theme/Navbar/MobileSidebar) is mounted at idle time, before the reader taps.
      await page.locator('.navbar-sidebar').waitFor({ state: 'attached', timeout: PAGE_TIMEOUT });
      await page.locator('.navbar__toggle').click();
      await ctx.expect.poll(() => page.locator('.navbar-sidebar__items').isVisible(), { timeout: PAGE_TIMEOUT }).toBe(true);
      // On a docs page it opens on that page's docs sidebar (the secondary menu), links and all.
      if (route.includes('/docs/')) {
        await ctx.expect.poll(() => page.locator('.navbar-sidebar__items--show-secondary').count(), { timeout: PAGE_TIMEOUT }).toBe(1);
        expect(await page.locator('.navbar-sidebar__item').nth(1).locator('a.menu__link[aria-current="page"]').count()).toBe(1);
      }
      // Nor was main.js downloaded before the first paint: on a slow connection it would share the
      // line with the HTML. When the browser asked for it (resource timing, whose entry is there
      // once the download has ended, which hydration, above, needed); a preload asks during the parse.
      const mainRequested = await page.evaluate(
        () => performance.getEntriesByType('resource').find((e) => /\/main\.[0-9a-f]+\.js$/.test(e.name))?.startTime,
      );
      expect(mainRequested, 'no resource timing entry for main.js').toBeDefined();
      expect(mainRequested!, `main.js requested at ${mainRequested} ms, first contentful paint at ${t.fcp} ms`).toBeGreaterThanOrEqual(t.fcp!);
    },
  );
});

describe.concurrent('phone menu (src/theme/Navbar/MobileSidebar)', () => {
  it('a tap on the menu button opens the menu even if the idle time that mounts it never comes', { timeout: TEST_TIMEOUT }, async (ctx) => {
    // A main thread that is never idle: the menu is mounted only by the reader's touch.
    const context = await phoneContext(ctx, () => {
      window.requestIdleCallback = () => 0;
      window.cancelIdleCallback = () => undefined;
    });
    const page = await context.newPage();
    await page.goto(`${server!.origin}/docs/multi-container-pod/sidecar-containers`, { waitUntil: 'networkidle' });
    expect(await page.locator('.navbar-sidebar').count(), 'the menu was mounted without idle time or a touch').toBe(0);
    // A tap before hydration does nothing: tap again until the hydrated button answers, never
    // while the menu is already open (a second tap would close it).
    const items = page.locator('.navbar-sidebar__items');
    await ctx.expect
      .poll(
        async () => {
          if (!(await items.isVisible())) await page.locator('.navbar__toggle').tap();
          return items.isVisible();
        },
        { timeout: PAGE_TIMEOUT, interval: 1000 },
      )
      .toBe(true);
    expect(await page.locator('.navbar-sidebar__item').nth(1).locator('a.menu__link[aria-current="page"]').count()).toBe(1);
  });
});

describe.concurrent('landing page', () => {
  it.for([
    { route: '/', command: 'npm run lab -- run co-located' },
    { route: `${EN}/`, command: 'npm run lab -- run co-located --lang en' },
  ])('$route shows the command in its language', { timeout: TEST_TIMEOUT }, async ({ route, command }, ctx) => {
    const { page, problems } = await open(ctx, route);
    expect(await page.getByTestId('lab-command').allTextContents()).toEqual([command]);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('lab component', () => {
  it.for(labPages)(
    'the copy buttons on $route (lab $lab) copy exactly their command',
    { timeout: TEST_TIMEOUT },
    async ({ route, lab, copied, command, lang }, ctx) => {
      const { page, problems } = await open(ctx, route, { permissions: ['clipboard-read', 'clipboard-write'] });
      const commands = page.getByTestId('lab-command');
      const buttons = page.getByTestId('lab-command-copy');
      const shown = await commands.allTextContents();
      expect(shown, `${route}: <Lab> shows the command that runs lab ${lab}`).toContain(command);
      for (const c of shown) {
        if (lang === 'en') expect(c, `${route}: a command on an English page prints English (runCommand in scripts/lib/labs/lab-text.ts)`).toMatch(/ --lang en$/);
        else expect(c, `${route}: Korean is the runner's default, so Korean pages show no --lang`).not.toContain('--lang');
      }
      expect(await buttons.count(), 'one copy button per command').toBe(shown.length);
      for (const [i, command] of shown.entries()) {
        const read = await withClipboard(async () => {
          await buttons.nth(i).click();
          await ctx.expect.poll(() => buttons.nth(i).textContent(), { timeout: PAGE_TIMEOUT }).toBe(copied);
          return page.evaluate(() => navigator.clipboard.readText());
        });
        expect(read, `clipboard after clicking copy #${i + 1}`).toBe(command);
      }
      expect(problems).toEqual([]);
    },
  );

  it.for(labPages)('$route shows the lab texts in its language', { timeout: TEST_TIMEOUT }, async ({ route, lab, lang }, ctx) => {
    const { page } = await open(ctx, route);
    const { lab: def } = await loadLab(lab!);
    const title = labText(def, lang).title;
    const box = page.locator('section[aria-label^="Lab: "], section[aria-label^="실습: "]').first();
    expect(await box.getByTestId('lab-title').textContent(), `${route}: the title of lab ${lab} (labs/${lab}/lab.ts${lang === 'en' ? ', en.title' : ''})`).toBe(title);
    if (lang !== 'en') return;
    // Korean is left only where the author wrote it into an example (manifests are code blocks).
    const hangul = await page.locator('.theme-doc-markdown').evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('pre, code').forEach((el) => el.remove());
      return copy.textContent?.match(/.{0,40}\p{Script=Hangul}+.{0,40}/gu) ?? [];
    });
    expect(hangul, `${route}: Korean outside code blocks; translate it (lab texts: the en block of labs/<name>/lab.ts)`).toEqual([]);
  });
});

/** Pages that mark corrected sentences of the note (`<Correction>`), in both editions. */
const correctionPages = docs.filter((d) => /<Correction\s/.test(d.source)).flatMap((d) => [d.route, `${EN}${d.route}`]);

describe.concurrent('corrected sentences', () => {
  it.for(correctionPages)('%s: each marker links to its verification note, and following one shows the note', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page, problems } = await open(ctx, route);
    const markers = page.locator('.theme-doc-markdown a[data-correction]');
    const count = await markers.count();
    expect(count, `${route}: no marker after a corrected sentence (<Correction note="…" about="…" />)`).toBeGreaterThan(0);
    const label = langOf(route) === 'en' ? /^Go to the verification result that corrects this sentence: \S/ : /^이 문장을 고친 검증 결과로 이동: \S/;
    for (let i = 0; i < count; i++) {
      const marker = markers.nth(i);
      const id = (await marker.getAttribute('data-correction'))!;
      expect(await marker.getAttribute('href'), `${route}: marker #${i + 1}`).toBe(`#${id}`);
      expect(await marker.getAttribute('aria-label'), `${route}: the marker's accessible name, in the page's language (correction.label)`).toMatch(label);
      const target = page.locator(`[id="${id}"]`);
      expect(await target.count(), `${route}: exactly one element with id ${id} (:::note[…]{#${id}})`).toBe(1);
      expect(await target.getAttribute('class'), `${route}: #${id} is a verification note`).toContain('theme-admonition');
    }
    const first = markers.first();
    const id = (await first.getAttribute('data-correction'))!;
    await first.click();
    await page.waitForURL((url) => url.hash === `#${id}`);
    // The note is on screen, below the sticky navbar (scroll-margin-top in src/css/custom.css).
    const visible = () =>
      page.locator(`[id="${id}"]`).evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        return top >= document.querySelector('.navbar')!.getBoundingClientRect().bottom - 1 && top < window.innerHeight;
      });
    await ctx.expect.poll(visible, { timeout: PAGE_TIMEOUT }).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('getting started', () => {
  const gettingStarted = (route: string) => `${langOf(route) === 'en' ? EN : ''}/docs/getting-started`;

  it.for(['/', `${EN}/`])('%s links to the getting-started page of its edition', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route);
    expect(await page.locator(`main a[href="${gettingStarted(route)}"]`).count(), `${route}: src/pages/index.tsx links to ${gettingStarted(route)}`).toBeGreaterThan(0);
  });

  it.for(labPages.map((p) => p.route))('every lab box on %s links to the getting-started page', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route);
    const boxes = page.locator('section[aria-label^="Lab: "], section[aria-label^="실습: "]');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      expect(await boxes.nth(i).locator(`a[href="${gettingStarted(route)}"]`).count(), `${route}: lab box #${i + 1} (src/components/Lab)`).toBe(1);
    }
  });

  it.for([`/docs/getting-started`, `${EN}/docs/getting-started`])('%s: the clone step names no placeholder', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page, problems } = await open(ctx, route);
    const step = await page.getByTestId('clone-step').innerText();
    expect(step, 'the clone step (src/components/GettingStarted)').toMatch(/clone/i);
    // Without customFields.repositoryUrl there is no URL to give; with it, git clone names it.
    expect(step, 'no <URL>-style placeholder for a reader to paste').not.toMatch(/<[^>]*>|\bURL\b|REPO|OWNER/);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('lab evidence', () => {
  it.for(labPages.map((p) => p.route))('%s folds each lab\'s evidence, with its verdict in sight', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route);
    const boxes = page.locator('section[aria-label^="마지막 실제 실행 기록"], section[aria-label^="Last real run"]');
    const count = await boxes.count();
    expect(count, `${route}: no evidence box (src/components/LabEvidence)`).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      expect(await box.locator(':scope > details').evaluate((d) => (d as HTMLDetailsElement).open), `${route}: evidence #${i + 1} is folded`).toBe(false);
      expect(await box.locator('dl').innerText(), `${route}: evidence #${i + 1} shows its verdict while folded`).toMatch(/\d+\/\d+/);
      expect((await box.boundingBox())!.height, `${route}: folded evidence #${i + 1} stays short`).toBeLessThan(400);
    }
  });
});

describe.concurrent('commands on English pages', () => {
  /** Each line of every <code> in the page's main part (a code block's lines one by one), hidden ones too. */
  const codeLines = (page: Page) =>
    page.locator('main code').evaluateAll((codes) =>
      codes.flatMap((c) => {
        const lines = c.querySelectorAll('.token-line');
        return lines.length ? Array.from(lines, (l) => l.textContent ?? '') : [c.textContent ?? ''];
      }),
    );

  // The runner prints Korean unless told: a command an English reader copies or types must say --lang en.
  it('every runner command on an English page, inline or in a block, carries --lang en', { timeout: 10 * TEST_TIMEOUT }, async (ctx) => {
    const { page } = await open(ctx, englishPages[0]);
    const missing: string[] = [];
    let seen = 0;
    for (const route of englishPages) {
      await page.goto(`${server!.origin}${route}`, { waitUntil: 'load' });
      for (const line of (await codeLines(page)).map((l) => l.trim())) {
        if (!/npm run lab -- (list|run|check|clean)\b/.test(line)) continue;
        seen++;
        // `npm run lab -- run …` names the form of a command (verification.mdx), not one to type.
        if (!/ --lang en\b/.test(line) && !line.endsWith('…')) missing.push(`${route}: ${line}`);
      }
    }
    expect(seen, 'runner commands found on the English pages').toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe.concurrent('lab evidence in the page\'s language', () => {
  // The trial's pages: a multi-Pod LIFECYCLE log ("+-17.30초") and English states on Korean pages.
  const routes = ['/labs/init-failure', '/docs/multi-container-pod/sidecar-containers', '/labs/sidecar-gate-off'];
  it.for([...routes, ...routes.map((r) => `${EN}${r}`)])('%s: container states in the page\'s language, LIFECYCLE offsets never negative', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page, problems } = await open(ctx, route);
    const boxes = page.locator('section[aria-label^="마지막 실제 실행 기록"], section[aria-label^="Last real run"]');
    const states = (await boxes.locator('table tbody tr td:last-child').allTextContents()).map((s) => s.trim());
    expect(states.length, `${route}: no container table (src/components/LabEvidence)`).toBeGreaterThan(0);
    if (langOf(route) === 'ko') {
      const english = states.filter((s) => /[A-Za-z]/.test(s.replace(/\([A-Za-z]+\)/g, '').replace(/exit -?\d+/g, '')));
      expect(english, `${route}: states in English on a Korean page (stateIn, evidence-schema.ts)`).toEqual([]);
    } else expect(states.every((s) => /^(running|terminated|waiting|no state)/.test(s)), `${route}: ${states.join(', ')}`).toBe(true);
    const logs = await boxes.locator('pre[aria-label="LIFECYCLE 로그"], pre[aria-label="LIFECYCLE log"]').allTextContents();
    for (const log of logs) expect(log, `${route}: a negative offset in the LIFECYCLE log`).not.toMatch(/\+-/);
    if (route.endsWith('/labs/init-failure')) expect(logs.length, `${route}: the LIFECYCLE log of init-failure`).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('version numbers', () => {
  it.for(['/docs/verification', `${EN}/docs/verification`])('%s keeps every version in the table on one line at 375 px', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    // One line = every fragment of the span on the same line box (`v` and the number are two
    // text nodes, so a whole version can still have two client rects side by side).
    const versions = await page.locator('.theme-doc-markdown table span[class*="version"]').evaluateAll((spans) =>
      spans.map((s) => ({ text: s.textContent, lines: new Set(Array.from(s.getClientRects(), (r) => Math.round(r.top))).size })),
    );
    expect(versions.length, `${route}: the table's versions are wrapped in <Version>`).toBeGreaterThan(4);
    expect(versions.filter((v) => v.lines !== 1), `${route}: versions broken across lines`).toEqual([]);
  });
});

/** Result pages (paths) of the search page for `query`. */
describe.concurrent('code blocks in dark mode', () => {
  // src/theme/CodeBlock no longer re-creates code blocks after hydration; the token colors that
  // the server rendered (light theme) must still turn into the dark theme's for a dark reader.
  it('a reader in dark mode gets the dark theme\'s token colors, none of the light theme\'s', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const route = '/docs/multi-container-pod/init-containers';
    const tokenColors = (page: Page) =>
      page.evaluate(() => {
        const block = document.querySelector('.theme-doc-markdown .language-yaml pre');
        return [...new Set(Array.from(block?.querySelectorAll('.token') ?? [], (t) => getComputedStyle(t).color))];
      });
    const light = await open(ctx, route, { colorScheme: 'light' });
    const lightColors = await tokenColors(light.page);
    const dark = await open(ctx, route, { colorScheme: 'dark' });
    expect(await dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await ctx.expect.poll(() => tokenColors(dark.page), { timeout: PAGE_TIMEOUT }).not.toEqual(lightColors);
    const darkColors = await tokenColors(dark.page);
    expect(lightColors.length, 'the light page has highlighted tokens').toBeGreaterThan(2);
    expect(darkColors.filter((c) => lightColors.includes(c)), 'light-theme colors left in dark mode').toEqual([]);
    expect([...light.problems, ...dark.problems]).toEqual([]);
  });
});

describe.concurrent('broken variants shown as diffs', () => {
  it('the init-containers page shows what the broken variant changed, and the whole file on request', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const { page, problems } = await open(ctx, '/docs/multi-container-pod/init-containers');
    const file = 'labs/init-containers/variants/broken/pod.yaml';
    const block = page.locator('div[class*="diff_"]').filter({ hasText: file }).first();
    // Each line's text, not innerText: code blocks off screen are not rendered (content-visibility:
    // auto, src/css/custom.css), and innerText reads rendered text only.
    const lines = (await block.locator('pre').first().locator('.token-line').allTextContents()).map((l) => l.replace(/\n$/, ''));
    // The note's command that does not wait is added, the retry loop that does is removed.
    expect(lines.filter((l) => l.startsWith('+')).join('\n')).toContain('nc -z db-service 5432;');
    expect(lines.filter((l) => l.startsWith('-')).join('\n')).toContain('until nc -w 2 db-service 5432');
    expect(lines[0], 'a hunk header like diff -u').toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
    const broken = readFileSync(fromRoot(file), 'utf8');
    await ctx.expect.poll(() => block.locator('pre').count(), { timeout: 1000 }).toBe(1);
    await block.getByText(/^(전체 파일 보기|Show the whole file)/).click();
    const whole = block.locator('pre').nth(1);
    const wholeLines = async () => (await whole.locator('.token-line').allTextContents()).map((l) => l.replace(/\n$/, ''));
    await ctx.expect.poll(wholeLines, { timeout: PAGE_TIMEOUT }).toEqual(broken.replace(/\n+$/, '').split('\n'));
    expect(problems).toEqual([]);
  });
});

/** A manifest or variant as a page of `lang` shows it: English comments on English pages (manifest-comments.cjs). */
function shownManifest(file: string, lang: 'ko' | 'en'): string {
  const text = readFileSync(fromRoot(file), 'utf8');
  return lang === 'en' ? localizeComments(text, translationsFor(fromRoot(file))).text : text;
}

describe.concurrent('manifests in the language of the page', () => {
  // Every page that shows a lab's files, in both editions.
  const manifestPages = docs.filter((d) => /@site\/labs\/[^']+\.ya?ml'/.test(d.source)).flatMap((d) => [{ route: d.route, lang: 'ko' as const }, { route: `${EN}${d.route}`, lang: 'en' as const }]);

  it.for(manifestPages)('$route shows each manifest as its $lang file, English comments on English pages, diffs included', { timeout: TEST_TIMEOUT }, async ({ route, lang }, ctx) => {
    const { page, problems } = await open(ctx, route);
    const blocks = await page.locator('.theme-code-block').evaluateAll((els) =>
      els.map((el) => ({
        title: el.querySelector('[class*="codeBlockTitle"]')?.textContent ?? '',
        lines: Array.from(el.querySelectorAll('.token-line')).map((l) => (l.textContent ?? '').replace(/\n$/, '')),
      })),
    );
    const files = blocks.filter((b) => /^labs\/[^/]+\/(manifests|variants)\/\S+\.ya?ml$/.test(b.title));
    expect(files.length, `${route}: no manifest code blocks found`).toBeGreaterThan(0);
    for (const b of files) expect(b.lines, `${route}: ${b.title} is not the ${lang} file`).toEqual(shownManifest(b.title, lang).replace(/\n+$/, '').split('\n'));
    if (lang === 'en') {
      // Diffs of broken variants and every other lab file: Korean only in what a container prints (echo), or in original/ (the author's example as written).
      const korean = blocks
        .filter((b) => !/\/original\//.test(b.title))
        .flatMap((b) => b.lines.filter((l) => /\p{Script=Hangul}/u.test(l) && !/echo "[^"]*\p{Script=Hangul}/u.test(l)).map((l) => `${b.title}: ${l}`));
      expect(korean, `${route}: Korean comments in code on an English page (labs/<lab>/comments.en.json)`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it('the copy button of a manifest on the English page copies the English file', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const route = `${EN}/docs/multi-container-pod/init-containers`;
    const file = 'labs/init-containers/manifests/pod.yaml';
    const { page, problems } = await open(ctx, route, { permissions: ['clipboard-read', 'clipboard-write'] });
    const block = page.locator('.theme-code-block').filter({ has: page.locator('[class*="codeBlockTitle"]', { hasText: new RegExp(`^${file}$`) }) }).first();
    await block.hover();
    // Docusaurus' copy button (rendered after hydration), labelled in the page's language.
    const copied = await withClipboard(async () => {
      await block.getByRole('button', { name: 'Copy code to clipboard' }).click();
      return page.evaluate(() => navigator.clipboard.readText());
    });
    expect(copied.trimEnd()).toBe(shownManifest(file, 'en').trimEnd());
    expect(copied).not.toMatch(/#.*\p{Script=Hangul}/u);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('lab commands on a phone', () => {
  // The English landing page showed `npm run lab -- run co-located --la`: the part an English reader needs was out of sight.
  it.for(['/', `${EN}`, '/docs/multi-container-pod/sidecar-containers', `${EN}/docs/multi-container-pod/sidecar-containers`])('%s shows every lab command whole at 390 px', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page, problems } = await open(ctx, route, { viewport: { width: 390, height: 844 } });
    const sizes = await page.getByTestId('lab-command').evaluateAll((els) => els.map((e) => ({ text: e.textContent, scroll: e.scrollWidth, client: e.clientWidth })));
    expect(sizes.length, `${route}: no lab command`).toBeGreaterThan(0);
    for (const s of sizes) expect(s.scroll, `${route}: "${s.text}" is cut off (${s.scroll} px of text in ${s.client} px)`).toBeLessThanOrEqual(s.client + 1);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('English pages link to their Korean original', () => {
  // A Markdown link `pathname:///docs/x` got the English base URL and led back to the English page.
  it('every "Korean page" link on a translated page leads to the same page in Korean', () => {
    const translated = readdirSync(fromRoot('i18n/en/docusaurus-plugin-content-docs/current'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx') && readFileSync(fromRoot('i18n/en/docusaurus-plugin-content-docs/current', f), 'utf8').includes('<KoreanPageLink'));
    expect(translated.length, 'no English page uses <KoreanPageLink>').toBeGreaterThan(0);
    const hrefs = docs.flatMap((d) => {
      const html = readFileSync(path.join(outDir, EN, d.route, 'index.html'), 'utf8');
      // The built HTML is minified: attribute values are quoted only where they must be.
      return [...html.matchAll(/<a [^>]*data-testid="?korean-page-link"?[\s>][^>]*>?/g)].map((m) => ({ route: d.route, href: /href="?([^"\s>]*)/.exec(m[0])?.[1] }));
    });
    expect(hrefs.length).toBe(translated.length);
    for (const { route, href } of hrefs) expect(href?.replace(/\/$/, ''), `${EN}${route}`).toBe(route);
  });
});

async function searchPageResults(ctx: TestContext, query: string, base = ''): Promise<{ paths: string[]; problems: string[] }> {
  const { page, problems } = await open(ctx, `${base}/search?q=${encodeURIComponent(query)}`);
  // Results appear once the web worker has loaded the index and answered.
  await page.locator('article a[href]').first().waitFor();
  const hrefs = await page.locator('article h2 a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { paths: [...new Set(hrefs)].sort(), problems };
}

/** The visible text of each doc page's content in the build, by route. */
function builtDocTexts(): Map<string, string> {
  return new Map(
    docs.map((d) => {
      const html = readFileSync(path.join(outDir, d.route, 'index.html'), 'utf8');
      return [d.route, visibleText(innerHtmlOf(html, 'div', 'theme-doc-markdown') ?? '')];
    }),
  );
}

describe.concurrent('Korean search', () => {
  it('the search bar is labelled in Korean', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const { page } = await open(ctx, '/');
    const input = page.locator('input.navbar__search-input');
    expect(await input.getAttribute('placeholder'), 'theme.SearchBar.label in i18n/ko/code.json').toBe('검색');
    expect(await input.getAttribute('aria-label')).toBe('검색');
  });

  it('searching 컨테이너 finds every page that says 컨테이너를 or 컨테이너가', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const withParticles = [...builtDocTexts()].filter(([, text]) => /컨테이너(를|가)/.test(text)).map(([route]) => route);
    expect(withParticles.length, 'no page says 컨테이너를/컨테이너가 any more: pick other words for this test').toBeGreaterThan(0);
    const { paths, problems } = await searchPageResults(ctx, '컨테이너');
    expect(paths, 'search results for 컨테이너 (see `language` of the search plugin in docusaurus.config.ts)').toEqual(
      expect.arrayContaining(withParticles),
    );
    expect(problems).toEqual([]);
  });

  it('a word found only with a particle attached is still found', { timeout: TEST_TIMEOUT }, async (ctx) => {
    // lunr indexes `네임스페이스를` as one token (lunr-languages' `ko` has no stemmer); the
    // plugin's trailing-wildcard (and edit-distance 1) queries are what make the bare word find
    // it. The word is picked from the built text, so the test survives edits to the pages.
    const texts = builtDocTexts();
    const tokens = new Set(
      [...texts.values()].flatMap((t) => t.split(/[\s-]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))),
    );
    const stem = [...tokens]
      .filter((w) => /^[가-힣]{3,}(를|가)$/.test(w))
      .map((w) => w.slice(0, -1))
      .find((s) => ![...tokens].some((w) => w === s || (w.startsWith(s) && !/^[가-힣]{1,2}$/.test(w.slice(s.length)))));
    expect(stem, 'no word on the site appears only with 를/가 attached').toBeDefined();
    const expected = [...texts].filter(([, text]) => new RegExp(`${stem}(를|가)`).test(text)).map(([route]) => route);
    console.info(`particle test: searching ${stem}, found only as ${stem}를/${stem}가`);
    const { paths } = await searchPageResults(ctx, stem!);
    expect(paths, `search results for ${stem} (the site only says ${stem}를/${stem}가)`).toEqual(expect.arrayContaining(expected));
  });

  it('a search result opens with its words highlighted, and the highlight goes when the reader moves on (src/plugins/search-slim.ts)', { timeout: TEST_TIMEOUT }, async (ctx) => {
    // The search plugin's result links carry ?_highlight=; mark.js wraps the words in <mark data-markjs>.
    const { page, problems } = await open(ctx, '/docs/multi-container-pod/sidecar-containers?_highlight=%EC%82%AC%EC%9D%B4%EB%93%9C%EC%B9%B4');
    const marks = page.locator('article mark[data-markjs]');
    await ctx.expect.poll(() => marks.count(), { timeout: PAGE_TIMEOUT }).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBe('사이드카');
    // The same page without the query, by the sidebar's link to it (a client-side navigation: the
    // article stays, so only unmark() can remove the marks). Categories are marked active too:
    // aria-current picks the page's own link.
    await page.locator('.theme-doc-sidebar-container a.menu__link[aria-current="page"]').click();
    await ctx.expect.poll(() => page.evaluate(() => location.search), { timeout: PAGE_TIMEOUT }).toBe('');
    expect(await page.evaluate(() => location.pathname)).toBe('/docs/multi-container-pod/sidecar-containers');
    await ctx.expect.poll(() => marks.count(), { timeout: PAGE_TIMEOUT }).toBe(0);
    expect(problems).toEqual([]);
  });

  it('typing 사이드카 in the search bar offers the sidecar page', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const { page, problems } = await open(ctx, '/');
    await page.locator('input.navbar__search-input').fill('사이드카');
    // The practice pages (docs/practice/) say 사이드카 too, and may come first: pick the pattern page's option.
    const first = page.locator('[role="option"]').filter({ hasText: 'Sidecar Containers' }).first();
    await first.waitFor();
    await first.click();
    await page.waitForURL('**/docs/multi-container-pod/sidecar-containers**');
    expect(new URL(page.url()).pathname).toBe('/docs/multi-container-pod/sidecar-containers');
    expect(problems).toEqual([]);
  });

  it('the search engine (lunr) is only in the search worker, not in the entry scripts every page runs (src/plugins/search-slim.ts)', (ctx) => {
    if (!outDir) {
      if (required) throw new Error(missingBrowser ?? 'the site was not built');
      ctx.skip(missingBrowser);
    }
    // The tests above search with the worker; this one reads what every page loads at start.
    // Markers: lunr's own index-version warning and lunr-languages' stemmer support.
    const lunr = /Current version of lunr|stemmerSupport/;
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const entries = [...new Set([...html.matchAll(/\/assets\/js\/(?:runtime~main|main)\.[0-9a-f]+\.js/g)].map((m) => m[0]))];
    expect(entries.length, 'no runtime~main/main script named in the landing page').toBe(2);
    for (const src of entries) expect(lunr.test(readFileSync(path.join(outDir, src), 'utf8')), `${src} carries lunr`).toBe(false);
    const js = readdirSync(path.join(outDir, 'assets', 'js')).filter((f) => lunr.test(readFileSync(path.join(outDir, 'assets', 'js', f), 'utf8')));
    expect(js.length, 'no chunk carries lunr at all: is the search worker still built?').toBeGreaterThan(0);
  });

  it('no script of the site carries zod: pages compute from evidence.json with evidence-view.ts, not the schema', (ctx) => {
    if (!outDir) {
      if (required) throw new Error(missingBrowser ?? 'the site was not built');
      ctx.skip(missingBrowser);
    }
    // zod's error class, in every build of it. It cost each lab page ~60 ms of evaluation at 4x CPU.
    const dir = path.join(outDir, 'assets', 'js');
    const withZod = readdirSync(dir).filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('ZodError'));
    expect(withZod).toEqual([]);
  });
});

describe.concurrent('English search', () => {
  it('searching sidecar on the English site finds the English sidecar page, and only English pages', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const { paths, problems } = await searchPageResults(ctx, 'sidecar', EN);
    expect(paths, 'English search results (each edition has its own index)').toContain(`${EN}/docs/multi-container-pod/sidecar-containers`);
    expect(paths.filter((p) => !p.startsWith(`${EN}/`)), 'results outside the English edition').toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** A drawn diagram: the svg Mermaid puts in its container (@docusaurus/theme-mermaid). */
const DIAGRAM = '.docusaurus-mermaid-container svg';

/**
 * Draws every diagram on the page and waits until `count` are svgs. Diagrams render when they come
 * near the screen (src/theme/Mermaid), then Mermaid draws them in the browser: scroll to each,
 * then wait until every block became an svg.
 */
async function drawDiagrams(page: Page, count: number): Promise<void> {
  const pending = page.locator('[data-mermaid-pending]');
  for (let i = 0; i < 20 && (await pending.count()) > 0; i++) {
    // The block can turn into a diagram (and leave the DOM) while it is being scrolled to;
    // the loop then looks for the next pending one.
    await pending.first().scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(100); // let the IntersectionObserver fire and React re-render
  }
  await page.waitForFunction((n) => document.querySelectorAll('.docusaurus-mermaid-container svg').length >= n, count, { timeout: PAGE_TIMEOUT });
}

/** The pattern pages that draw each container's lifecycle (`### 생명주기 그림`). */
const lifecyclePages = ['co-located', 'init-containers', 'sidecar-containers'].map((name) => {
  const doc = docs.find((d) => d.route === `/docs/multi-container-pod/${name}`);
  if (!doc) throw new Error(`docs/multi-container-pod/${name}.mdx is gone: update lifecyclePages in ${path.basename(import.meta.filename)}`);
  return { ...doc, name, diagrams: doc.source.match(/^```mermaid\s*$/gm)?.length ?? 0 };
});

describe.concurrent('lifecycle diagrams (Mermaid)', () => {
  it.for(lifecyclePages)('the lifecycle diagram of $name renders as an svg', { timeout: TEST_TIMEOUT }, async ({ file, route, diagrams }, ctx) => {
    expect(diagrams, `${file}: add a \`\`\`mermaid block under "### 생명주기 그림"`).toBeGreaterThan(0);
    const { page, problems } = await open(ctx, route);
    await drawDiagrams(page, diagrams);
    const svgs = page.locator(DIAGRAM);
    expect(await svgs.count()).toBe(diagrams);
    expect(await svgs.first().textContent(), 'the diagram names the kubelet (a Mermaid syntax error renders an error svg)').toContain(
      'kubelet',
    );
    expect(problems).toEqual([]);
  });
});

/** Every page with a diagram (both editions, from the sources), at a phone's and a desktop's width, light and dark. */
const diagramPageList = diagramPages();
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const diagramCases = diagramPageList.flatMap((p) =>
  (['phone', 'desktop'] as const).flatMap((device) =>
    // Dark: Mermaid's `dark` theme (themeConfig.mermaid); the layout is measured again, not assumed.
    (['light', 'dark'] as const).map((colorScheme) => ({ ...p, device, colorScheme, count: p.diagrams.length })),
  ),
);
/** The site's Mermaid options (themeConfig.mermaid.options), to draw a diagram outside the site as the site does. */
const mermaidOptions = (siteConfig.themeConfig as { mermaid: { options: object } }).mermaid.options;
/** The options of the phone-sized browser context. */
const phone: BrowserContextOptions = { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true };

describe.concurrent('diagram text fits its box (issue 14: notes were clipped)', () => {
  it('the pages with diagrams are the ones the built site has', () => {
    if (!outDir) return;
    expect(diagramPageList.length, 'no ```mermaid block found under docs/: is diagramPages() (src/__tests__/lib/site.ts) still right?').toBeGreaterThan(0);
    expect(
      builtDiagramPages(outDir),
      'pages of the built site with diagrams (data-mermaid-pending) differ from the ```mermaid blocks in docs/ and i18n/en/: update diagramPages() in src/__tests__/lib/site.ts',
    ).toEqual(diagramPageList.map((p) => ({ route: p.route, diagrams: p.diagrams.length })).sort((a, b) => a.route.localeCompare(b.route)));
  });

  it.for(diagramCases)(
    '$route ($device, $colorScheme): no diagram text runs past its box',
    { timeout: TEST_TIMEOUT },
    async ({ route, file, count, device, colorScheme }, ctx) => {
      const options = device === 'phone' ? { ...phone, colorScheme } : { viewport: VIEWPORTS.desktop, colorScheme };
      const { page, problems } = await open(ctx, route, options);
      expect(await page.getAttribute('html', 'data-theme'), 'colorMode.respectPrefersColorScheme').toBe(colorScheme);
      await drawDiagrams(page, count);
      // Fonts are system fonts today; should a web font come, measure with it, as the reader sees it.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const overflows = await page.evaluate(diagramTextOverflows, {});
      expect(
        overflows,
        `${route} at ${VIEWPORTS[device].width} px, ${colorScheme} (${file}): text past its box, by CSS px on screen. Mermaid sizes a \`Note over A,B\` by the gap between A and B, not by its text: start its text with \`wrap: \`, or shorten it.\n${describeOverflows(overflows)}`,
      ).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  it('the measure fails on a text wider than its box, and on the co-located diagram as Mermaid lays it out without `wrap:` (the clipped notes of issue 14)', { timeout: TEST_TIMEOUT }, async (ctx) => {
    const coLocated = diagramPageList.find((p) => p.route === '/docs/multi-container-pod/co-located');
    if (!coLocated) throw new Error('docs/multi-container-pod/co-located.mdx has no diagram any more: pick another page with a `Note over A,B: wrap:` here');
    const { page } = await open(ctx, coLocated.route, { viewport: VIEWPORTS.desktop });
    // A crafted svg: a 100 px box holding a text about 180 px wide (inside the svg), and one that fits.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div id="crafted"><svg width="400" height="100" viewBox="0 0 400 100" style="font: 16px sans-serif">
          <g><rect x="150" y="10" width="100" height="30"></rect><text x="200" y="30" text-anchor="middle">this text is far wider</text></g>
          <g><rect x="150" y="60" width="100" height="30"></rect><text x="200" y="80" text-anchor="middle">fits</text></g>
        </svg></div>`,
      );
    });
    const crafted = await page.evaluate(diagramTextOverflows, { selector: '#crafted svg' });
    expect(crafted.map((o) => [o.text, o.box])).toEqual([['this text is far wider', 'rect']]);
    expect(crafted[0].by, 'half of the ~80 px the text is wider than its box').toBeGreaterThan(30);

    // The diagram as it was before `wrap:` (Mermaid from node_modules, with the site's options):
    // both notes over main-app and nginx-proxy ran past their box.
    await page.addScriptTag({ path: fromRoot('node_modules/mermaid/dist/mermaid.min.js') });
    const drawn = await page.evaluate(
      async ({ sources, options }) => {
        const mermaid = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        mermaid.initialize({ startOnLoad: false, theme: 'neutral', ...options });
        const out = document.createElement('div');
        out.id = 'old-state';
        out.style.width = '700px';
        document.body.append(out);
        for (const [i, text] of sources.entries()) {
          const box = document.createElement('div');
          box.innerHTML = (await mermaid.render(`old-state-${i}`, text)).svg;
          out.append(box);
        }
        return out.querySelectorAll('svg').length;
      },
      { sources: [coLocated.diagrams[0].replace(/(Note over \w+,\s*\w+:)\s*wrap:\s*/g, '$1 '), coLocated.diagrams[0]], options: mermaidOptions },
    );
    expect(drawn).toBe(2);
    const old = await page.evaluate(diagramTextOverflows, { selector: '#old-state svg' });
    expect(old.filter((o) => o.diagram === 0 && o.box === 'note').map((o) => o.text), describeOverflows(old)).toEqual([
      '둘이 함께 실행된다 (localhost와 볼륨을 공유)',
      '함께 종료된다 (누가 먼저인지 정해지지 않는다)',
    ]);
    expect(old.filter((o) => o.diagram === 1), 'the same diagram as the site has it (with `wrap:`) fits').toEqual([]);
  });
});

describe.concurrent('a diagram full size (src/components/FullSizeDiagram)', () => {
  const labels = {
    ko: { open: '크게 보기', title: '그림 크게 보기', close: '닫기' },
    en: { open: 'View full size', title: 'Diagram at full size', close: 'Close' },
  };
  // The first page with a diagram in each edition (the button and dialog are the same on every one).
  const cases = (['ko', 'en'] as const).flatMap((lang) => {
    const p = diagramPageList.find((d) => langOf(d.route) === lang);
    return p ? [{ ...p, ...labels[lang] }] : [];
  });
  it.for(cases)(
    '$route on a 390 px phone: "$open" opens the diagram in a dialog with text ≥ 12 px, Esc and "$close" close it',
    { timeout: TEST_TIMEOUT },
    async ({ route, diagrams, open: openLabel, title, close }, ctx) => {
      const { page, problems } = await open(ctx, route, phone);
      await drawDiagrams(page, diagrams.length);
      const button = page.getByRole('button', { name: openLabel }).first();
      await button.scrollIntoViewIfNeeded();
      const onPage = await page.locator(DIAGRAM).first().evaluate((svg: SVGSVGElement) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      // By keyboard: focus the button, press Enter.
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: title });
      await ctx.expect.poll(() => dialog.isVisible(), { timeout: PAGE_TIMEOUT }).toBe(true);
      const shown = await dialog.evaluate((d) => {
        const svg = d.querySelector('svg')!;
        const scroller = svg.parentElement!;
        // Each label's font size on screen: its computed size times the svg's scale.
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = Array.from(svg.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        const box = d.getBoundingClientRect();
        return {
          smallest: Math.min(...sizes),
          texts: sizes.length,
          fillsScreen: box.width >= window.innerWidth - 1 && box.height >= window.innerHeight - 1,
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          ids: Array.from(d.querySelectorAll('[id]'), (e) => e.id).filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length > 1),
        };
      });
      expect(shown.texts, 'the dialog shows the diagram').toBeGreaterThan(0);
      expect(shown.smallest, `the smallest label in the dialog, in CSS px (on the page it is ${(16 * onPage).toFixed(1)} px)`).toBeGreaterThanOrEqual(12);
      expect(shown.fillsScreen, 'the dialog fills the screen').toBe(true);
      expect(shown.scrolls, 'a diagram wider than the phone scrolls sideways in the dialog').toBe(true);
      expect(shown.ids, 'ids of the copy that the page has too (the copy renames its own)').toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'focus moved into the dialog').toBe(true);
      await page.keyboard.press('Escape');
      await ctx.expect.poll(() => dialog.isVisible(), { timeout: PAGE_TIMEOUT }).toBe(false);
      expect(await button.evaluate((b) => b === document.activeElement), 'Esc gives focus back to the button').toBe(true);
      // Again, closed with its close button this time.
      await button.click();
      await ctx.expect.poll(() => dialog.isVisible(), { timeout: PAGE_TIMEOUT }).toBe(true);
      await dialog.getByRole('button', { name: close }).click();
      await ctx.expect.poll(() => dialog.isVisible(), { timeout: PAGE_TIMEOUT }).toBe(false);
      expect(await page.locator('dialog svg').count(), 'the copy is dropped when the dialog closes').toBe(0);
      expect(problems).toEqual([]);
    },
  );
});

describe.concurrent('phone viewport (375 px)', () => {
  it.for(pages)('%s has no horizontal overflow', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Name the widest offenders so the message says what to fix (code blocks scroll inside
      // their own box, so they never count).
      const offenders = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('pre, .mermaid, [class*="tableOfContents"]'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, offenders };
    });
    expect(overflow.scrollWidth, `${route} is wider than the screen: ${overflow.offenders.join(', ')}`).toBeLessThanOrEqual(
      overflow.width,
    );
  });
});

/** Each lab page in both editions, with the files of its folder. */
const labPageCases = labRoutes.flatMap((l) => [
  { ...l, lang: 'ko' as const },
  { ...l, route: `${EN}${l.route}`, lang: 'en' as const },
]);

describe.concurrent('lab pages (src/plugins/lab-pages.ts)', () => {
  it.for(labPageCases)('$route shows the lab\'s definition and every file of labs/$lab, in its language', { timeout: TEST_TIMEOUT }, async ({ route, lab, files, lang }, ctx) => {
    const { page, problems } = await open(ctx, route);
    const { lab: def } = await loadLab(lab);
    const text = labText(def, lang);
    expect(await page.locator('main h1').innerText(), `${route}: the lab's title (labs/${lab}/lab.ts)`).toBe(text.title);
    const checkIds = def.steps.flatMap((s) => s.checks.map((c) => c.id));
    const shownChecks = await page.getByTestId('lab-check').locator('code:first-child').allTextContents();
    expect(shownChecks, `${route}: every check of lab.ts, in order`).toEqual(checkIds);
    expect(await page.getByTestId('lab-file').evaluateAll((els) => els.map((e) => e.getAttribute('data-path'))), `${route}: every manifest, original and variant file`).toEqual(
      // The page's order: manifests, then each variant, then the note's originals.
      ['manifests/', 'variants/', 'original/'].flatMap((group) => files.filter((f) => f.startsWith(group))),
    );
    for (const file of files) {
      const box = page.locator(`[data-testid="lab-file"][data-path="${file}"]`);
      const lines = (await box.locator('pre .token-line').allTextContents()).map((l) => l.replace(/\n$/, ''));
      expect(lines, `${route}: ${file} is shown whole (English comments on English pages)`).toEqual(shownManifest(`labs/${lab}/${file}`, lang).replace(/\n$/, '').split('\n'));
    }
    expect(await page.locator(`main a[href="${lang === 'en' ? EN : ''}/docs/${def.doc}"]`).count(), `${route}: links to the doc that embeds the lab`).toBeGreaterThan(0);
    if (lang === 'en') {
      const hangul = await page.locator('main article').evaluate((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('pre, code').forEach((el) => el.remove());
        return copy.textContent?.match(/.{0,40}\p{Script=Hangul}+.{0,40}/gu) ?? [];
      });
      expect(hangul, `${route}: Korean outside code; translate it (i18n/en/code.json, the en block of labs/${lab}/lab.ts)`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it.for(labPageCases.filter((c) => c.lang === 'ko' || c.lab === labRoutes[0].lab))(
    '$route: each file\'s copy button copies it whole and its download link gives the file itself',
    { timeout: 2 * TEST_TIMEOUT },
    async ({ route, lab, files, lang }, ctx) => {
      const { page, problems } = await open(ctx, route, { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
      for (const file of files) {
        const box = page.locator(`[data-testid="lab-file"][data-path="${file}"]`);
        // Copy gives the file as the page shows it (English comments on English pages); a download is the repository's file.
        const want = shownManifest(`labs/${lab}/${file}`, lang);
        await withClipboard(async () => {
          await box.getByTestId('lab-file-copy').click();
          await ctx.expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: PAGE_TIMEOUT }).toBe(want);
        });
        const [download] = await Promise.all([page.waitForEvent('download'), box.getByTestId('lab-file-download').click()]);
        expect(download.suggestedFilename(), `${route}: ${file} downloads under its own name`).toBe(path.basename(file));
        expect(readFileSync(await download.path()), `${route}: the downloaded ${file}`).toEqual(readFileSync(fromRoot('labs', lab, file)));
      }
      expect(problems).toEqual([]);
    },
  );

  it.for(['/labs', `${EN}/labs`])('%s links to every lab page', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page, problems } = await open(ctx, route);
    const base = route.startsWith(EN) ? EN : '';
    expect(await page.getByTestId('lab-index-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(labRoutes.map((l) => `${base}${l.route}`));
    expect(problems).toEqual([]);
  });

  it.for(labPages)('every lab component on $route links to its lab page', { timeout: TEST_TIMEOUT }, async ({ route, lang }, ctx) => {
    const { page, problems } = await open(ctx, route);
    const base = lang === 'en' ? EN : '';
    const boxes = page.locator('section[aria-label^="Lab: "], section[aria-label^="실습: "]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await boxes.count()); i++) {
      const title = await boxes.nth(i).getByTestId('lab-title').textContent();
      const links = await boxes.nth(i).getByTestId('lab-page-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links, `${route}: lab box #${i + 1} (src/components/Lab) links to one lab page`).toHaveLength(1);
      expect(labRoutes.map((l) => `${base}${l.route}`), `${route}: lab box #${i + 1} links to a lab page that exists`).toContain(links[0]);
      // Following the link lands on the page of the same lab.
      const other = await page.context().newPage();
      await other.goto(`${server!.origin}${links[0]}`, { waitUntil: 'domcontentloaded' });
      expect(await other.locator('main h1').innerText(), `${links[0]}`).toBe(title);
      await other.close();
    }
    // The evidence, broken-variant and original boxes link to the lab page too.
    const all = await page.getByTestId('lab-page-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(all.filter((p) => !labRoutes.some((l) => `${base}${l.route}` === p)), `${route}: links to no lab page`).toEqual([]);
    const evidence = await page.locator('section[aria-label^="마지막 실제 실행 기록"], section[aria-label^="Last real run"]').count();
    expect(all.length, `${route}: one link per lab box, evidence box, broken variant and original`).toBeGreaterThanOrEqual(await boxes.count() + evidence);
    expect(problems).toEqual([]);
  });
});

describe.concurrent('recording lines in manifests (src/utils/recordingLines.ts)', () => {
  const cases = [
    { route: '/labs/sidecar-shutdown', file: 'labs/sidecar-shutdown/manifests/pod.yaml', legend: /^흐린 줄은/ },
    { route: `${EN}/docs/multi-container-pod/sidecar-containers`, file: 'labs/sidecar-shutdown/manifests/pod.yaml', legend: /^Dimmed lines/ },
    { route: '/docs/multi-container-pod/co-located', file: 'labs/co-located/manifests/restart-pod.yaml', legend: /^흐린 줄은/ },
  ];

  it.for(cases)('$route: the LIFECYCLE lines of $file are dimmed (still AA contrast) and explained, and copy still copies the whole file', { timeout: TEST_TIMEOUT }, async ({ route, file, legend }, ctx) => {
    const { page, problems } = await open(ctx, route, { permissions: ['clipboard-read', 'clipboard-write'] });
    const text = shownManifest(file, route.startsWith(EN) ? 'en' : 'ko');
    const block = page.locator('.theme-code-block').filter({ has: page.locator(`[class*="codeBlockTitle"]:text-is("${file}")`) }).first();
    const lines = block.locator('.token-line');
    const dimmed = await lines.evaluateAll((ls) => ls.flatMap((l, i) => (/recording/.test(l.className) ? [i] : [])));
    expect(dimmed, `${route}: the recording lines of ${file}`).toEqual(recordingLines(text));
    // Dimmed, not unreadable: one muted color, at least 4.5:1 on the block's background (WCAG AA).
    const contrast = await lines.nth(dimmed[0]).evaluate((line) => {
      const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const colors = new Set(Array.from(line.querySelectorAll('.token'), (t) => getComputedStyle(t).color));
      const bg = getComputedStyle(line.closest('pre')!).backgroundColor;
      const [a, b] = [lum(rgb([...colors][0])), lum(rgb(bg))];
      return { colors: colors.size, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
    expect(contrast.colors, 'a dimmed line has one color').toBe(1);
    expect(contrast.ratio, 'dimmed text on the code background').toBeGreaterThanOrEqual(4.5);
    const normal = await lines.evaluateAll((ls) => ls.filter((l) => !/recording/.test(l.className)).map((l) => l.textContent).join('\n'));
    expect(normal, 'the pattern lines stay').toContain('image: busybox');
    expect(await block.locator('xpath=preceding-sibling::p[1]').innerText(), `${route}: a legend above the block says what the dimmed lines are`).toMatch(legend);
    // Docusaurus' own copy button copies the code it was given: the whole file (less its final newline).
    await block.hover();
    await withClipboard(async () => {
      await block.locator('button:has([class*="copyButtonIcons"])').click();
      await ctx.expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: PAGE_TIMEOUT }).toBe(text.replace(/\n$/, ''));
    });
    expect(problems).toEqual([]);
  });
});

/**
 * Code blocks on the first screen that skip layout (content-visibility: auto, src/css/custom.css):
 * they would be painted at their placeholder height first, then at their real one, and the text
 * below would jump (a layout shift Lighthouse counted on init-containers). Title and top, in px.
 */
const skippedOnFirstScreen = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.markdown .theme-code-block'))
      .filter((b) => getComputedStyle(b).contentVisibility === 'auto' && b.getBoundingClientRect().top + scrollY < innerHeight)
      .map((b) => `${b.querySelector('[class*="codeBlockTitle"]')?.textContent ?? b.className} at ${Math.round(b.getBoundingClientRect().top + scrollY)}px`),
  );

describe.concurrent('blocks laid out near the screen (content-visibility: auto)', () => {
  // src/css/custom.css lets code blocks skip layout until they near the screen. That applies
  // layout, style and paint containment, which keeps children's margins inside: the page must
  // lay out the same with that containment as without it, or text would move.
  // The pages with an article: not the home pages nor the search pages.
  const articlePages = pages.filter((route) => !/^(\/en)?\/(search)?$/.test(route));
  it.for(articlePages)('%s: the containment moves nothing', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route);
    const blocks = '.markdown .theme-code-block';
    // Both layouts in one synchronous script: React's work after hydration (a transition, the
    // buttons mounted at idle time) cannot change the page between them.
    const [plain, contained] = await page.evaluate((blocks) => {
      const positions = (css: string) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        const at = Array.from(document.querySelectorAll('main article *')).map((e) => { const r = e.getBoundingClientRect(); return `${Math.round(r.top + scrollY)}/${Math.round(r.height)}`; });
        style.remove();
        return at;
      };
      return [
        positions(`${blocks} { content-visibility: visible !important; contain: none !important }`),
        positions(`${blocks} { content-visibility: visible !important; contain: layout style paint !important }`),
      ];
    }, blocks);
    expect(plain.length, `${route}: no article`).toBeGreaterThan(0);
    const moved = plain.flatMap((p, i) => (p === contained[i] ? [] : [`element #${i}: ${p} -> ${contained[i]}`]));
    expect(moved.slice(0, 5), `${route}: elements that move under containment (top/height, px)`).toEqual([]);
    expect(await skippedOnFirstScreen(page), `${route}: code blocks on the first screen (${page.viewportSize()?.width} px) that skip layout`).toEqual([]);
  });
});

describe.concurrent('code on a phone (375 px)', () => {
  it.for(pages)('%s: no code line is cut off', { timeout: TEST_TIMEOUT }, async (route, ctx) => {
    const { page } = await open(ctx, route, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const cut = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main pre')).flatMap((pre) => {
        if (pre.scrollWidth <= pre.clientWidth + 1) return [];
        // Code blocks wrap (src/css/custom.css). A wide record (the kubectl get pods -w transcript)
        // may scroll instead, if a reader can scroll it: overflow-x and keyboard focus.
        const scrolls = !pre.closest('.theme-code-block') && /auto|scroll/.test(getComputedStyle(pre).overflowX) && pre.tabIndex >= 0;
        return scrolls ? [] : [`${pre.closest('.theme-code-block')?.querySelector('[class*="codeBlockTitle"]')?.textContent ?? pre.className}: ${pre.scrollWidth - pre.clientWidth}px hidden`];
      }),
    );
    expect(cut, `${route}: code wider than the screen`).toEqual([]);
    expect(await skippedOnFirstScreen(page), `${route}: code blocks on a phone's first screen that skip layout`).toEqual([]);
  });
});

/**
 * The practice pages (docs/practice/, the site's own; tasks/<name>/task.ts) in both editions: the
 * copy button copies exactly the check command (`--lang en` on English pages), the hints open one
 * at a time, the solution stays folded until asked for, and each pattern page links to its tasks.
 */
describe.concurrent('practice pages', () => {
  const practicePages = docs
    .filter((d) => d.route.startsWith('/docs/practice/') && d.route !== '/docs/practice/overview')
    .flatMap((d) => {
      const task = d.route.split('/').pop()!;
      return [
        { route: d.route, task, lang: 'ko' as const, copied: '복사됨', command: `npm run lab -- check ${task} answer.yaml` },
        { route: `${EN}${d.route}`, task, lang: 'en' as const, copied: 'Copied', command: `npm run lab -- check ${task} answer.yaml --lang en` },
      ];
    });

  it('there is a page for every task', async () => {
    const { taskNames } = await import('../../scripts/lib/practice/tasks');
    expect(practicePages.filter((p) => p.lang === 'ko').map((p) => p.task).sort()).toEqual(taskNames());
  });

  it.for(practicePages)('$route: copy, hints one at a time, folded solution', { timeout: TEST_TIMEOUT }, async ({ route, task, lang, copied, command }, ctx) => {
    const { loadTask } = await import('../../scripts/lib/practice/tasks');
    const { taskText } = await import('../../scripts/lib/practice/text');
    const { task: def } = await loadTask(task);
    const text = taskText(def, lang);
    const { page, problems } = await open(ctx, route, { permissions: ['clipboard-read', 'clipboard-write'] });
    expect(await page.getByTestId('lab-command').allTextContents()).toEqual([command]);
    const read = await withClipboard(async () => {
      await page.getByTestId('lab-command-copy').click();
      await ctx.expect.poll(() => page.getByTestId('lab-command-copy').textContent(), { timeout: PAGE_TIMEOUT }).toBe(copied);
      return page.evaluate(() => navigator.clipboard.readText());
    });
    expect(read).toBe(command);

    const hints = page.getByTestId('practice-hint');
    expect(await hints.count(), 'no hint is open at first').toBe(0);
    for (let i = 1; i <= text.hints.length; i++) {
      await page.getByTestId('practice-hint-next').click();
      await ctx.expect.poll(() => hints.count(), { timeout: PAGE_TIMEOUT }).toBe(i);
    }
    expect((await hints.allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(text.hints.map((h) => h.replace(/`/g, '')));
    expect(await page.getByTestId('practice-hint-next').count(), 'the button goes once every hint is open').toBe(0);

    const solution = page.getByTestId('practice-solution');
    expect(await solution.evaluate((el) => (el as HTMLDetailsElement).open), 'the solution starts folded').toBe(false);
    expect(await solution.locator('pre').first().isVisible()).toBe(false);
    await solution.locator('summary').click();
    await ctx.expect.poll(() => solution.locator('pre').first().isVisible(), { timeout: PAGE_TIMEOUT }).toBe(true);

    const back = await page.getByTestId('practice-about').locator('a').getAttribute('href');
    expect(back).toBe(`${lang === 'en' ? EN : ''}/docs/${def.doc}`);
    expect(problems).toEqual([]);
  });

  it.for([
    { route: '/docs/multi-container-pod/sidecar-containers', tasks: ['log-sidecar', 'job-sidecar', 'start-order'] },
    { route: '/docs/multi-container-pod/init-containers', tasks: ['wait-for-service', 'fix-init-crashloop'] },
    { route: '/docs/multi-container-pod/concept', tasks: ['localhost-pair'] },
  ].flatMap((p) => [p, { ...p, route: `${EN}${p.route}` }]))('$route links to the tasks that practise it', { timeout: TEST_TIMEOUT }, async ({ route, tasks }, ctx) => {
    const { page, problems } = await open(ctx, route);
    const prefix = route.startsWith(EN) ? EN : '';
    const hrefs = await page.locator('article a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const t of tasks) expect(hrefs).toContain(`${prefix}/docs/practice/${t}`);
    expect(problems).toEqual([]);
  });
});
