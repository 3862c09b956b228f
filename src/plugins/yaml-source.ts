import type { Plugin } from '@docusaurus/types';

/**
 * Lets pages import manifests as text, so YAML is never pasted into docs:
 * `import pod from '@site/labs/co-located/manifests/pod.yaml'` yields the file's content.
 * `asset/source` is built into both webpack and Rspack (used by `future.faster`).
 */
export default function yamlSourcePlugin(): Plugin {
  return {
    name: 'yaml-source',
    configureWebpack() {
      return {
        module: {
          rules: [{ test: /\.ya?ml$/, type: 'asset/source' }],
        },
      };
    },
  };
}
