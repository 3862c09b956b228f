import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Production client builds start at src/client/staged-entry.ts instead of Docusaurus'
 * `clientEntry.js`: the same modules, evaluated in a few tasks instead of one (see that file).
 * The dev server keeps Docusaurus' entry (hot reload accepts itself there).
 */
export default function stagedEntryPlugin(): Plugin {
  return {
    name: 'staged-entry',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      config.entry = path.resolve(__dirname, '../client/staged-entry.ts');
      return {};
    },
  };
}
