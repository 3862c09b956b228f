import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** Docusaurus' `useWindowSize` module, as theme-common's own modules import it. */
const WINDOW_SIZE_REQUEST = /[\\/]hooks[\\/]useWindowSize(\.js)?$/;
const THEME_COMMON = `${path.sep}@docusaurus${path.sep}theme-common${path.sep}`;

/**
 * Production client builds start at src/client/staged-entry.ts instead of Docusaurus'
 * `clientEntry.js`: the same modules, evaluated in a few tasks instead of one (see that file).
 * The dev server keeps Docusaurus' entry (hot reload accepts itself there).
 *
 * Every build also takes theme-common's `useWindowSize` from src/client/use-window-size.ts: the
 * same hook, whose first update after hydration is a transition (see that file). Throws at build
 * time when theme-common no longer has that module (a new Docusaurus version).
 */
export default function stagedEntryPlugin(): Plugin {
  // The package exports only its index: find the module beside it.
  const upstream = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'hooks/useWindowSize.js');
  if (!existsSync(upstream)) throw new Error(`staged-entry: ${upstream} is gone (a new Docusaurus?): update src/client/use-window-size.ts and src/plugins/staged-entry.ts`);
  const replacement = path.resolve(__dirname, '../client/use-window-size.ts');
  return {
    name: 'staged-entry',
    configureWebpack(config, isServer, { currentBundler }) {
      if (!isServer && config.mode === 'production') config.entry = path.resolve(__dirname, '../client/staged-entry.ts');
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(WINDOW_SIZE_REQUEST, (data: { request: string; context: string }) => {
            if (data.context.includes(THEME_COMMON)) data.request = replacement;
          }),
        ],
      };
    },
  };
}
