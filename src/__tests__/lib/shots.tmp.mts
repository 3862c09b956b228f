import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';
const s = await serveStatic(process.argv[2]);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const [name, vp, scheme] of [['desk-light',{width:1280,height:800},'light'],['desk-dark',{width:1280,height:800},'dark'],['phone',{width:375,height:812},'light']] as const) {
  const c = await b.newContext({ viewport: vp, colorScheme: scheme });
  const p = await c.newPage();
  await p.goto(`${s.origin}${process.argv[3] ?? '/'}`, { waitUntil: 'networkidle' });
  await p.screenshot({ path: `/tmp/shot-${name}.png` });
  await c.close();
}
await b.close(); await s.close();
