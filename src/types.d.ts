// Manifests are imported as their text (see src/plugins/yaml-source.ts).
declare module '*.yaml' {
  const source: string;
  export default source;
}

declare module '*.yml' {
  const source: string;
  export default source;
}
