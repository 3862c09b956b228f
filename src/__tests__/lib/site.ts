import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { labFolders } from '../../plugins/lab-pages';
import { fromRoot, listFiles, repoRoot } from './repo';

/**
 * Production build of the site into `outDir` (stderr goes to the test output).
 *
 * Without Rspack's persistent cache (node_modules/.cache/rspack): test builds run beside other
 * builds (another test file, `npm start`, a second checkout's tests), and Rspack's cache is not
 * safe for concurrent use – here a shared cache left every later cached build hanging after
 * "Creating an optimized production build...". A cold build costs a few seconds more.
 * `timeout` (290 s: 115 s measured for both editions on a shared, loaded two-core machine) turns a hung build into a failure instead of a blocked test worker (execFileSync
 * blocks the worker, so vitest's own timeouts cannot fire).
 * `locale` builds one edition only (the default one still lands at the out dir root): each
 * edition is a full build of its own, so a test that reads one saves the others' time.
 */
export function buildSite(
  outDir: string,
  { timeoutMs = 290_000, locale, env = {} }: { timeoutMs?: number; locale?: string; env?: Record<string, string> } = {},
): void {
  const args = ['build', '--out-dir', outDir, ...(locale ? ['--locale', locale] : [])];
  execFileSync(fromRoot('node_modules/.bin/docusaurus'), args, {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    // `env`: e.g. SITE_BASE_URL (scripts/lib/site-env.ts); the caller's own SITE_* are not passed on.
    env: { ...withoutSiteEnv(process.env), DOCUSAURUS_NO_PERSISTENT_CACHE: '1', ...env },
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
}

/** The environment without the variables that say where the site is published (so tests build the default). */
function withoutSiteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('SITE_')));
}

/** The lab pages src/plugins/lab-pages.ts makes: `/labs` and `/labs/<name>` per lab folder. */
export function labPages(): { route: string; lab: string; files: string[] }[] {
  return labFolders(fromRoot('labs')).map((l) => ({ route: `/labs/${l.name}`, lab: l.name, files: l.files.map((f) => f.path) }));
}

/**
 * The built sitemap's page paths (`/docs/x`), host dropped, sorted. Each locale has its own
 * sitemap: the default locale's at the root, another's under `<locale>/` (paths `/en/docs/x`).
 */
export function sitemapPaths(outDir: string, locale?: string): string[] {
  const xml = readFileSync(path.join(outDir, ...(locale ? [locale] : []), 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname).sort();
}

export interface DocPage {
  /** `docs/multi-container-pod/co-located.mdx` */
  file: string;
  /** `/docs/multi-container-pod/co-located` */
  route: string;
  source: string;
  /** The lab the page embeds with `<Lab lab={…} />`, from its `@site/labs/<name>/lab` import. */
  lab?: string;
}

/** Every page under docs/ (routes follow the file path: no page sets `slug`). */
export function docPages(): DocPage[] {
  return listFiles('docs', /\.mdx?$/).map((file) => {
    const source = readFileSync(fromRoot(file), 'utf8');
    const lab = /<Lab\s+lab=\{/.test(source)
      ? /^import\s+\w+\s+from\s+['"]@site\/labs\/([\w-]+)\/lab['"]/m.exec(source)?.[1]
      : undefined;
    // A folder's index.mdx is served at the folder's route (docs/pitfalls/index.mdx → /docs/pitfalls/).
    return { file, route: `/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1')}`, source, lab };
  });
}
