import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

export interface DiagramPage {
  /** `/docs/multi-container-pod/co-located`, or `/en/docs/…` for the English edition */
  route: string;
  /** The page's source: `docs/….mdx`, or its translation under `i18n/en/docusaurus-plugin-content-docs/current/` */
  file: string;
  /** The ```mermaid blocks in it, in order (the diagram text only). */
  diagrams: string[];
}

/** Where an English page's source lives; a page without one shows the Korean text. */
const EN_DOCS = 'i18n/en/docusaurus-plugin-content-docs/current';

/** The ```mermaid blocks of an MDX source, in order, without their fences. */
export function mermaidBlocks(source: string): string[] {
  return [...source.matchAll(/^```mermaid[^\S\n]*\n([\s\S]*?)^```[^\S\n]*$/gm)].map((m) => m[1]);
}

/**
 * Every page with a Mermaid diagram, in both editions, found in the sources: each doc under
 * `docs/` with a ```mermaid block, and its English page under `/en/` (from its translation in
 * `i18n/en/…`, else the Korean source it falls back to). `builtDiagramPages` gives the same from a
 * built site, so a test can tell when the two disagree.
 */
export function diagramPages(): DiagramPage[] {
  return docPages().flatMap(({ file, route, source }) => {
    const enFile = path.posix.join(EN_DOCS, file.replace(/^docs\//, ''));
    const en = existsSync(fromRoot(enFile)) ? { file: enFile, source: readFileSync(fromRoot(enFile), 'utf8') } : { file, source };
    return [
      { route, file, diagrams: mermaidBlocks(source) },
      { route: `/en${route}`, file: en.file, diagrams: mermaidBlocks(en.source) },
    ].filter((p) => p.diagrams.length > 0);
  });
}

/**
 * The pages of a built site (`outDir`) that hold diagrams, as route → how many: src/theme/Mermaid
 * renders each diagram first as a placeholder marked `data-mermaid-pending`. Sorted by route.
 */
export function builtDiagramPages(outDir: string): { route: string; diagrams: number }[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const route = `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/\/?(index)?\.html$/, '').replace(/^$/, '/');
      return { route, diagrams: readFileSync(file, 'utf8').split('data-mermaid-pending').length - 1 };
    })
    .filter((p) => p.diagrams > 0)
    .sort((a, b) => a.route.localeCompare(b.route));
}
