import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The language the texts of `labs/<name>/lab.ts` (title, proves, steps, checks, why) are written in. */
export const LAB_LANGUAGE = 'ko';

/**
 * The `lang` attribute for an element that shows lab texts: undefined on a Korean page (the
 * page's own language), `ko` on a page of another edition, so screen readers read it as Korean.
 */
export function useLabLang(): string | undefined {
  const { i18n } = useDocusaurusContext();
  return i18n.currentLocale === LAB_LANGUAGE ? undefined : LAB_LANGUAGE;
}
