import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const LOADER = fileURLToPath(new URL('./prism-slim.cjs', import.meta.url));

/**
 * Ships only the Prism languages the pages use: prism-react-renderer's bundle goes through
 * prism-slim.cjs, which drops the languages and themes it bundles, and docusaurus.config.ts adds
 * back the languages the pages highlight (`prism.additionalLanguages`). In both bundles (browser
 * and server), so the server-rendered code blocks are the ones the browser hydrates.
 */
export default function prismSlimPlugin(): Plugin {
  return {
    name: 'prism-slim',
    configureWebpack() {
      return { module: { rules: [{ test: /[\\/]prism-react-renderer[\\/]dist[\\/]index\.m?js$/, use: [{ loader: LOADER }] }] } };
    },
  };
}
