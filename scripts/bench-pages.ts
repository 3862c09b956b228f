/**
 * `npm run bench:pages [-- --desktop] [--runs 3] [--min 95] [--dir <built site>] [--reports <dir>] [route…]`
 *
 * Builds the site (or takes a built one with --dir), serves it on 127.0.0.1 and audits pages
 * with Lighthouse in Debian's chromium: mobile emulation with simulated slow 4G and 4x CPU
 * slowdown (Lighthouse's defaults), or with --desktop Lighthouse's desktop preset. Each page is
 * audited --runs times (3 by default; simulated scores vary by a few points) and the median run
 * counts. Prints performance (and its range over the runs) / accessibility / best-practices / SEO
 * per page on stdout, and for every score below 100 the audits that cost points. With --min, exits 1 when a
 * performance or accessibility score is below it. With --reports, writes each page's full
 * Lighthouse report (JSON) there, to see which scripts and tasks cost time. Progress goes to stderr.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildSite } from '../src/__tests__/lib/site';
import { serveStatic } from '../src/__tests__/lib/static-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The landing page and the pages with labs (concept: shared volumes and localhost): what most readers open. */
const DEFAULT_ROUTES = [
  '/',
  '/docs/multi-container-pod/concept',
  '/docs/multi-container-pod/co-located',
  '/docs/multi-container-pod/init-containers',
  '/docs/multi-container-pod/sidecar-containers',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values, positionals } = parseArgs({
  options: { min: { type: 'string' }, dir: { type: 'string' }, reports: { type: 'string' }, runs: { type: 'string', default: '3' }, desktop: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const min = values.min === undefined ? undefined : Number(values.min);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of runs per page (1 or more), got "${values.runs}"`);
  process.exit(2);
}
if (min !== undefined && !(min >= 0 && min <= 100)) {
  console.error(`--min must be a score from 0 to 100, got "${values.min}"`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} does not exist: install it with \`apt-get install -y chromium fonts-nanum\` (or set CHROMIUM_PATH)`);
  process.exit(2);
}
const routes = positionals.length > 0 ? positionals : DEFAULT_ROUTES;

if (values.dir && !existsSync(path.join(values.dir, 'index.html'))) {
  console.error(`--dir ${values.dir} holds no built site (no index.html): run npm run build -- --out-dir ${values.dir}, or leave --dir out`);
  process.exit(2);
}
let outDir = values.dir;
let tempDir: string | undefined;
if (!outDir) {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'site-bench-'));
  console.error('Building the site …');
  buildSite(tempDir);
  outDir = tempDir;
}

const server = await serveStatic(path.resolve(outDir));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  // Same flags as the browser tests: headless, root in CI, no calls home.
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
});

/** The page elements an audit names (e.g. which text lacks contrast), at most three. */
function nodesOf(details: unknown): string[] {
  const items = (details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? [];
  return items
    .map((i) => i.node)
    .filter((n): n is { selector?: string; snippet?: string } => Boolean(n))
    .slice(0, 3)
    .map((n) => `${n.selector ?? ''} ${n.snippet?.slice(0, 100) ?? ''}`.trim());
}

type Row = { route: string; perfRange: string } & Record<(typeof CATEGORIES)[number], number>;
type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function audit(route: string): Promise<Result> {
  const result = await lighthouse(
    `${server.origin}${route}`,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    values.desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`lighthouse returned no result for ${route}`);
  if (result.lhr.runtimeError) throw new Error(`lighthouse failed on ${route}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}
const rows: Row[] = [];
const details: string[] = [];
try {
  for (const route of routes) {
    const audits: Result[] = [];
    for (let run = 1; run <= runs; run++) {
      console.error(`Auditing ${route}${runs > 1 ? ` (run ${run}/${runs})` : ''} …`);
      audits.push(await audit(route));
    }
    // Lighthouse's advice for simulated throttling: take the run with the median performance score.
    const sorted = [...audits].sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
    const perfScores = sorted.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
    if (values.reports) {
      mkdirSync(values.reports, { recursive: true });
      const file = path.join(values.reports, `${route.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'index'}.json`);
      writeFileSync(file, JSON.stringify(lhr, null, 1));
      console.error(`  report (median run): ${file}`);
    }
    const row = { route, perfRange: runs > 1 ? `${perfScores[0]}–${perfScores.at(-1)}` : '' } as Row;
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      row[id] = Math.round((category.score ?? 0) * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          details.push(`${route}  ${id}: ${audit.id} (${audit.displayValue ?? `score ${audit.score}`}) – ${audit.title}`);
          details.push(...nodesOf(audit.details).map((n) => `      at ${n}`));
        }
      }
    }
    rows.push(row);
  }
} finally {
  await chrome.kill();
  await server.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

const header = ['PAGE', 'PERF', ...(runs > 1 ? ['(RANGE)'] : []), 'A11Y', 'BEST', 'SEO'];
const table = [
  header,
  ...rows.map((r) => [r.route, String(r.performance), ...(runs > 1 ? [r.perfRange] : []), ...CATEGORIES.slice(1).map((c) => String(r[c]))]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`Lighthouse ${values.desktop ? 'desktop' : 'mobile'} scores${runs > 1 ? `, median of ${runs} runs` : ''}\n`);
console.log(table.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n'));
if (details.length > 0) console.log(`\nAudits that cost points:\n${details.map((d) => `  ${d}`).join('\n')}`);

if (min !== undefined) {
  const low = rows.filter((r) => r.performance < min || r.accessibility < min);
  if (low.length > 0) {
    console.error(`\nBelow ${min}: ${low.map((r) => `${r.route} (perf ${r.performance}, a11y ${r.accessibility})`).join(', ')}`);
    process.exit(1);
  }
}
