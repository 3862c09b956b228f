import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * package.json says `"type": "module"` (the lab runner is ESM). Docusaurus 3.10 assumes a
 * CommonJS package in two places, and the production build fails at static generation:
 *
 * 1. The generated `.docusaurus/*.js` are parsed as strict ESM, so the route registry's
 *    `require.resolveWeak(...)` is not rewritten ("require.resolveWeak is not a function").
 *    Fix: parse them as `javascript/auto`, as without the "type" field.
 * 2. The server bundle's chunks (`build/__server/assets/js/*.js`) are CommonJS, but Node
 *    loads `.js` under a "type": "module" package as ESM ("exports is not defined").
 *    Fix: give server chunks the `.cjs` extension.
 *
 * Kept as a plugin rather than dropping "type": "module", which the lab scripts rely on.
 */
export default function esmPackagePlugin(context: LoadContext): Plugin {
  return {
    name: 'esm-package',
    configureWebpack(_config, isServer) {
      return {
        module: {
          rules: [{ test: /\.js$/, include: [context.generatedFilesDir], type: 'javascript/auto' }],
        },
        ...(isServer && { output: { chunkFilename: 'assets/js/[name].[contenthash:8].cjs' } }),
      };
    },
  };
}
