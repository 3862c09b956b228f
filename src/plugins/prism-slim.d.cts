/** Types of prism-slim.cjs (see there). */
declare function loader(this: { resourcePath: string }, source: string): string;
declare namespace loader {
  /** prism-react-renderer's bundle without its languages and themes; throws if it is laid out differently. */
  function slimPrism(source: string, file?: string): string;
}
export = loader;
