import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const LOADER = fileURLToPath(new URL('./manifest-comments.cjs', import.meta.url));
const DIFF_LOADER = fileURLToPath(new URL('./manifest-diff.cjs', import.meta.url));

/**
 * Lets pages import manifests as text, so YAML is never pasted into docs:
 * `import pod from '@site/labs/co-located/manifests/pod.yaml'` yields the file's content.
 * `…/pod.yaml?download` yields instead the URL of the file emitted as it is (hashed name under
 * `assets/files/`), which lab pages link to with `<a download>`: no script builds the file.
 * `asset/source` and `asset/resource` are built into both webpack and Rspack (used by `future.faster`).
 * In the English build the plain import yields the file with English comments
 * (manifest-comments.cjs: one source per manifest, a per-lab or per-task translation of its comments), so
 * the English pages, their diffs and their copy buttons give the English file without any page
 * having to ask for it. A download is always the repository's file as it is.
 * `…/broken/pod.yaml?diff-from=<another manifest>` yields the unified diff between the two, as the
 * page shows them (manifest-diff.cjs; manifest-diff-remark.ts writes these imports for <ManifestDiff>).
 */
export default function yamlSourcePlugin(context: { i18n: { currentLocale: string } }): Plugin {
  return {
    name: 'yaml-source',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /\.ya?ml$/,
              oneOf: [
                {
                  resourceQuery: /^\?diff-from=/,
                  type: 'asset/source',
                  // Loaders run last to first: the file's comments are translated, then diffed.
                  use: [
                    { loader: DIFF_LOADER, options: { locale: context.i18n.currentLocale } },
                    { loader: LOADER, options: { locale: context.i18n.currentLocale } },
                  ],
                },
                { resourceQuery: /^\?download$/, type: 'asset/resource', generator: { filename: 'assets/files/[name].[contenthash:8][ext]' } },
                { type: 'asset/source', use: [{ loader: LOADER, options: { locale: context.i18n.currentLocale } }] },
              ],
            },
          ],
        },
      };
    },
  };
}
