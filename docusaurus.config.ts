import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';

const config: Config = {
  title: '멀티 컨테이너 Pod 실습',
  tagline: '노트를 읽고, 명령 하나로 실제 클러스터에서 확인한다',
  url: 'https://example.com',
  baseUrl: '/',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // `faster` is what 3.6–3.8 called `experimental_faster` (Rspack + SWC via @docusaurus/faster);
  // 3.10 rejects the old name.
  future: { v4: true, faster: true },

  // An English locale is added by appending 'en' to `locales` (and `i18n/en/` via
  // `docusaurus write-translations --locale en`); nothing else here is locale-specific.
  i18n: {
    defaultLocale: 'ko',
    locales: ['ko'],
    localeConfigs: {
      ko: { label: '한국어', htmlLang: 'ko' },
    },
  },

  // `customFields.repositoryUrl` (the repository's tree URL of the default branch) turns the
  // lab folder paths shown by <Lab> into links. Left unset until the repository is public.
  customFields: {},

  plugins: ['./src/plugins/yaml-source.ts', './src/plugins/esm-package.ts'],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    navbar: {
      title: '멀티 컨테이너 Pod',
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: '문서' },
        { type: 'doc', docId: 'verification', position: 'left', label: '검증 방법' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '문서',
          items: [
            { label: 'Multi Container Pod', to: '/docs/multi-container-pod/concept' },
            { label: '예제는 어떻게 검증되는가', to: '/docs/verification' },
          ],
        },
      ],
      copyright: '멀티 컨테이너 Pod 노트와 실습. Docusaurus로 만들었다.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
