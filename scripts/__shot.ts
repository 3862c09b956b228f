import { chromium } from 'playwright-core';
import { serveStatic } from '../src/__tests__/lib/static-server';
const [root, ...routes] = process.argv.slice(2);
const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const r of routes) {
  const [route, w, scheme, sel] = r.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(w), height: 900 }, colorScheme: (scheme || 'light') as 'light' });
  const page = await ctx.newPage();
  await page.goto(server.origin + route, { waitUntil: 'networkidle' });
  const file = `/tmp/shot-${route.replace(/\W+/g, '_')}-${w}-${scheme}.png`;
  if (sel) await page.locator(sel).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: false });
  console.log(file);
  await ctx.close();
}
await browser.close(); await server.close();
