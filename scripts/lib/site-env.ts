/**
 * Where the site is published, read from the environment when Docusaurus loads its config
 * (docusaurus.config.ts), so one checkout builds for a laptop, a fork's GitHub Pages or any host:
 *
 * - `SITE_URL`: the origin, `https://owner.github.io` (no path). Default `http://localhost:3000`,
 *   what `npm run serve` serves, so sitemaps and canonical links point somewhere real locally.
 * - `SITE_BASE_URL`: the path the site lives under, `/` or `/repo/` (leading and trailing slash;
 *   a missing trailing slash is added). Default `/`.
 * - `SITE_REPOSITORY_URL`: the repository's tree URL of the published branch,
 *   `https://github.com/owner/repo/tree/main`. Unset: lab pages show folders as text, and the
 *   getting-started page says to clone the repository without a URL (src/utils/repository.ts).
 *
 * The deploy workflow (.github/workflows/pages.yml) sets all three from actions/configure-pages.
 * Pure (no process access): the config passes `process.env`.
 */
export interface SiteEnv {
  url: string;
  baseUrl: string;
  repositoryUrl?: string;
}

export const SITE_ENV_DEFAULTS = { url: 'http://localhost:3000', baseUrl: '/' } as const;

/** A bad value of one variable: the message is one line with the fix. */
export class SiteEnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteEnvError';
  }
}

/**
 * The site's `url`, `baseUrl` and repository URL from `env`. Empty values count as unset.
 * Throws SiteEnvError for a URL that is not http(s), a SITE_URL with a path, or a
 * SITE_BASE_URL without a leading slash.
 */
export function siteEnv(env: Record<string, string | undefined>): SiteEnv {
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);

  const rawUrl = value('SITE_URL');
  let url: string = SITE_ENV_DEFAULTS.url;
  if (rawUrl !== undefined) {
    const parsed = httpUrl('SITE_URL', rawUrl, 'https://owner.github.io');
    if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
      throw new SiteEnvError(
        `SITE_URL="${rawUrl}" has a path: give the origin only (SITE_URL=${parsed.origin}) and the path as SITE_BASE_URL=${parsed.pathname.replace(/\/?$/, '/')}`,
      );
    }
    url = parsed.origin;
  }

  const rawBase = value('SITE_BASE_URL');
  let baseUrl: string = SITE_ENV_DEFAULTS.baseUrl;
  if (rawBase !== undefined) {
    if (!rawBase.startsWith('/') || /^\/\//.test(rawBase) || /[?#\s]/.test(rawBase)) {
      throw new SiteEnvError(`SITE_BASE_URL="${rawBase}" is not a path: give the path the site lives under, with a leading slash (SITE_BASE_URL=/repo/)`);
    }
    baseUrl = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  }

  const rawRepo = value('SITE_REPOSITORY_URL');
  const repositoryUrl = rawRepo === undefined ? undefined : httpUrl('SITE_REPOSITORY_URL', rawRepo, 'https://github.com/owner/repo/tree/main').href.replace(/\/+$/, '');

  return { url, baseUrl, ...(repositoryUrl !== undefined && { repositoryUrl }) };
}

function httpUrl(name: string, raw: string, example: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new SiteEnvError(`${name}="${raw}" is not a URL: give an absolute http(s) URL (${name}=${example})`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SiteEnvError(`${name}="${raw}" is not an http(s) URL: give one such as ${name}=${example}`);
  }
  return parsed;
}
