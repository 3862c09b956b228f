/** Types of manifest-diff.cjs (see there). */
interface LoaderContext {
  async(): (error: Error | null, result?: string) => void;
  getOptions(): { locale: string };
  getResolve(): (context: string, request: string) => Promise<string>;
  context: string;
  resourcePath: string;
  resourceQuery: string;
  addDependency(file: string): void;
}
declare function loader(this: LoaderContext, source: string): void;
declare namespace loader {
  /** Unified diff (`diff -u` hunks, no file headers) of two texts; '' when equal. */
  function unifiedDiff(before: string, after: string, context?: number): string;
}
export = loader;
