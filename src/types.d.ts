// Manifests are imported as their text (see src/plugins/yaml-source.ts).
declare module '*.yaml' {
  const source: string;
  export default source;
}

declare module '*.yml' {
  const source: string;
  export default source;
}

// webpack's require.context (Docusaurus bundles with webpack/rspack): every lab's evidence.json.
declare namespace NodeJS {
  interface Require {
    context(directory: string, useSubdirectories: boolean, regExp: RegExp): { keys(): string[]; (id: string): unknown };
  }
}
