import type { Plugin } from '@docusaurus/types';

/**
 * Docusaurus gathers every module used by half the pages' chunks into one `common` chunk that
 * every page loads. Mermaid fetches a chunk per diagram type, and those chunks share its parser
 * runtime (langium, vscode-jsonrpc …), so ~800 KB of diagram code landed in `common` and was
 * downloaded and parsed before any page became interactive. Only named chunks (pages, layouts,
 * theme components) may form `common`; Mermaid's unnamed chunks share code among themselves.
 */
export default function splitChunksPlugin(): Plugin {
  return {
    name: 'split-chunks',
    configureWebpack(config, isServer) {
      const common = (config.optimization?.splitChunks || undefined)?.cacheGroups?.common;
      if (isServer || !common || typeof common !== 'object' || common instanceof RegExp) return {};
      common.chunks = (chunk) => Boolean(chunk.name);
      return {};
    },
  };
}
