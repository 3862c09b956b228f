import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';

/**
 * A link from a translated page to the same page in the site's default locale (the Korean
 * original). A Markdown link cannot say this: `pathname:///docs/x` gets the current locale's
 * base URL (`/en/docs/x`, the English page itself). Docusaurus' own locale dropdown uses the same
 * `useAlternatePageUtils().createUrl`, so the address follows any base URL.
 */
export default function KoreanPageLink({ children }: { children: ReactNode }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const href = useAlternatePageUtils().createUrl({ locale: i18n.defaultLocale, fullyQualified: false });
  return (
    <a href={href} hrefLang={i18n.defaultLocale} data-testid="korean-page-link">
      {children}
    </a>
  );
}
