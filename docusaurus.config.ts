import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { withContrast } from './src/utils/prismContrast';
import type { PluginOptions as SearchLocalOptions } from '@easyops-cn/docusaurus-search-local';
import { KIND_VERSION } from './scripts/lib/target/kind';
import { siteEnv } from './scripts/lib/site-env';
import manifestDiffRemark from './src/plugins/manifest-diff-remark';

/**
 * The site title and tagline are not in the translation files; Docusaurus sets this variable
 * to the locale being built (docs: "Translating site config", facebook/docusaurus#4542).
 * `npm start` without `--locale` leaves it unset: the Korean default.
 */
const english = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';

/**
 * Where the site is published: SITE_URL, SITE_BASE_URL and SITE_REPOSITORY_URL at build time
 * (scripts/lib/site-env.ts; the deploy workflow .github/workflows/pages.yml sets them), with
 * defaults that build and serve locally. A bad value stops the build with one line saying the fix.
 */
const site = siteEnv(process.env);

/** How many results the search bar lists: the search plugin's option, and search-slim's copy of it. */
const SEARCH_RESULT_LIMITS = 8;

const config: Config = {
  title: english ? 'Multi-Container Pod Labs' : '멀티 컨테이너 Pod 실습',
  tagline: english
    ? 'Read the notes, then check them on a real cluster with one command'
    : '노트를 읽고, 명령 하나로 실제 클러스터에서 확인한다',
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    // ```mermaid code blocks become diagrams (@docusaurus/theme-mermaid, rendered in the browser).
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // `faster` is what 3.6–3.8 called `experimental_faster` (Rspack + SWC via @docusaurus/faster);
  // 3.10 rejects the old name.
  future: { v4: true, faster: true },

  // Korean is the original and the default (served at `/`); English is a translation served
  // at `/en/`. Strings below are the Korean ones; their English versions live in `i18n/en/`
  // (theme, navbar and footer JSON from `npm run write-translations -- --locale en`, docs under
  // `i18n/en/docusaurus-plugin-content-docs/current/`).
  i18n: {
    defaultLocale: 'ko',
    locales: ['ko', 'en'],
    localeConfigs: {
      ko: { label: '한국어', htmlLang: 'ko' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  // `customFields.repositoryUrl` (SITE_REPOSITORY_URL: the repository's tree URL of the published
  // branch, e.g. https://github.com/OWNER/REPO/tree/main) turns the lab folder paths on lab pages
  // into links, and gives the getting-started page its `git clone` command (the URL without
  // `/tree/<branch>`, src/utils/repository.ts). Unset, the page says to clone the repository,
  // without a URL. `kindVersion` is the kind release the runner pins.
  customFields: { kindVersion: KIND_VERSION, ...(site.repositoryUrl && { repositoryUrl: site.repositoryUrl }) },

  // Runs in the browser on every page: link prefetching waits for idle time (src/client/idle-prefetch.ts).
  clientModules: ['./src/client/idle-prefetch.ts'],

  // lab-pages: a page per lab folder under labs/ (/labs/<name>) and a list of them (/labs).
  // prism-slim: only the Prism languages the pages use; first-paint: pages paint before any script runs;
  // search-slim: the search engine (lunr) stays in the search worker, out of every page's main.js.
  plugins: [
    './src/plugins/yaml-source.ts',
    './src/plugins/esm-package.ts',
    './src/plugins/split-chunks.ts',
    './src/plugins/staged-entry.ts',
    './src/plugins/lab-pages.ts',
    './src/plugins/prism-slim.ts',
    './src/plugins/first-paint.ts',
    ['./src/plugins/search-slim.ts', { searchResultLimits: SEARCH_RESULT_LIMITS }],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        // lunr-languages' `ko` has a Korean trimmer and stop words but no stemmer, so `컨테이너를`
        // is indexed as one token. The plugin adds a trailing-wildcard query for the last word
        // typed, so `컨테이너` still finds `컨테이너를`/`컨테이너가` (particles are suffixes);
        // the browser test proves it.
        language: ['ko', 'en'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: 'docs',
        // Index file name carries the content hash, so a new build is never served a stale index.
        hashed: 'filename',
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchBarShortcutHint: false,
        searchResultLimits: SEARCH_RESULT_LIMITS,
      } satisfies SearchLocalOptions,
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // <ManifestDiff>'s diffs are computed here, at build time (no diff code in the browser).
          beforeDefaultRemarkPlugins: [manifestDiffRemark],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    // Follows the reader's system setting until they pick a mode with the navbar toggle.
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: '멀티 컨테이너 Pod',
      // Decorative: the title beside it says the same.
      logo: { alt: '', src: 'img/favicon.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: '문서' },
        { type: 'doc', docId: 'verification', position: 'left', label: '검증 방법' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '노트',
          items: [
            { label: 'Multi Container Pod', to: '/docs/multi-container-pod/concept' },
            { label: 'Co-located Containers', to: '/docs/multi-container-pod/co-located' },
            { label: 'Init Containers', to: '/docs/multi-container-pod/init-containers' },
            { label: 'Sidecar Containers', to: '/docs/multi-container-pod/sidecar-containers' },
          ],
        },
        {
          title: '실습',
          items: [
            { label: '예제는 어떻게 검증되는가', to: '/docs/verification' },
            // In the footer, not the navbar: Docusaurus prefetches a visible link's route, and the
            // list's module holds every lab's definition (src/plugins/lab-pages.ts).
            { label: '모든 실습', to: '/labs' },
            { label: '레퍼런스', to: '/docs/multi-container-pod/references' },
          ],
        },
      ],
      copyright: '멀티 컨테이너 Pod 노트와 실습. Docusaurus로 만들었다.',
    },
    mermaid: {
      theme: { light: 'neutral', dark: 'dark' },
      // Mermaid sizes every box by measuring its text in the reader's browser, with this font,
      // and its stylesheet draws the text with the same one: the page's own font stack (Infima's),
      // so the labels read like the page and Hangul falls back to the same Korean font as the prose
      // (Mermaid's default, "trebuchet ms", has no Hangul). A note spanning two participants
      // (`Note over A,B`) is as wide as the gap between them whatever its text (mermaid-js/mermaid#3229),
      // so those notes say `wrap:` in the diagram source; a browser test fails on any text that runs
      // past its box (src/__tests__/browser.test.ts, "diagram text fits"). Site-wide `sequence.wrap`
      // would do that too, but it also wraps loop titles so narrow that words break mid-word
      // (`db-servic-e:5432`).
      options: {
        fontFamily: 'var(--ifm-font-family-base)',
        // The `loop`/`par` tab: 20 px (the default) is 1 px shorter than a 16 px label's line box.
        sequence: { labelBoxHeight: 24 },
      },
    },
    prism: {
      // Token colors darkened/lightened just enough for WCAG AA contrast (see the helper).
      theme: withContrast(prismThemes.github),
      darkTheme: withContrast(prismThemes.dracula),
      // The only languages the pages highlight: manifests, and broken variants shown as diffs against
      // the working manifest (<ManifestDiff>). prism-react-renderer's own ~40 are cut
      // (src/plugins/prism-slim.ts); shell commands and program output are shown as plain text.
      additionalLanguages: ['yaml', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
