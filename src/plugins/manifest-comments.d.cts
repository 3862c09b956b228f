/** Types of manifest-comments.cjs (see there). */
interface LoaderContext {
  getOptions(): { locale: string };
  resourcePath: string;
  addDependency(file: string): void;
}
declare function loader(this: LoaderContext, source: string): string;
declare namespace loader {
  /** Korean comment → English comment. */
  type Translations = Record<string, string>;
  function koreanComments(text: string): string[];
  function localizeComments(text: string, translations: Translations): { text: string; missing: string[] };
  function translationFileFor(file: string): string | undefined;
  function translationsFor(file: string): Translations;
}
export = loader;
