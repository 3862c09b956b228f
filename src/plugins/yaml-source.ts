import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const LOADER = fileURLToPath(new URL('./manifest-comments.cjs', import.meta.url));

/**
 * Lets pages import manifests as text, so YAML is never pasted into docs:
 * `import pod from '@site/labs/co-located/manifests/pod.yaml'` yields the file's content.
 * `asset/source` is built into both webpack and Rspack (used by `future.faster`).
 * In the English build the same import yields the file with English comments
 * (manifest-comments.cjs: one source per manifest, a per-lab translation of its comments), so
 * the English pages, their diffs and their copy buttons give the English file without any page
 * having to ask for it.
 */
export default function yamlSourcePlugin(context: { i18n: { currentLocale: string } }): Plugin {
  return {
    name: 'yaml-source',
    configureWebpack() {
      return {
        module: {
          rules: [{ test: /\.ya?ml$/, type: 'asset/source', use: [{ loader: LOADER, options: { locale: context.i18n.currentLocale } }] }],
        },
      };
    },
  };
}
