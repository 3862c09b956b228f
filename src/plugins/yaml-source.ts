import type { Plugin } from '@docusaurus/types';

/**
 * Lets pages import manifests as text, so YAML is never pasted into docs:
 * `import pod from '@site/labs/co-located/manifests/pod.yaml'` yields the file's content.
 * `…/pod.yaml?download` yields instead the URL of the file emitted as it is (hashed name under
 * `assets/files/`), which lab pages link to with `<a download>`: no script builds the file.
 * `asset/source` and `asset/resource` are built into both webpack and Rspack (used by `future.faster`).
 */
export default function yamlSourcePlugin(): Plugin {
  return {
    name: 'yaml-source',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /\.ya?ml$/,
              oneOf: [
                { resourceQuery: /^\?download$/, type: 'asset/resource', generator: { filename: 'assets/files/[name].[contenthash:8][ext]' } },
                { type: 'asset/source' },
              ],
            },
          ],
        },
      };
    },
  };
}
