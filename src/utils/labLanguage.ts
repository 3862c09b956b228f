import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import { DEFAULT_LAB_LANG, LAB_LANGS, labText, type LabLang, type LabText } from '@site/scripts/lib/labs/lab-text';

/** The language of lab texts on this page: the page's locale (`ko` for a locale with no lab texts). */
export function useLabLang(): LabLang {
  const { currentLocale } = useDocusaurusContext().i18n;
  return (LAB_LANGS as readonly string[]).includes(currentLocale) ? (currentLocale as LabLang) : DEFAULT_LAB_LANG;
}

/** A lab's title, claims, step and check titles and `why` texts in the page's language. */
export function useLabText(lab: LabDefinition): LabText {
  return labText(lab, useLabLang());
}
