import React, { useEffect, useRef, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import { translate } from '@docusaurus/Translate';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchBarType>;

/**
 * @easyops-cn/docusaurus-search-local translates the search input's placeholder but hard-codes
 * `aria-label="Search"`; screen readers should announce the same Korean label readers see.
 * `display: contents` keeps the wrapper out of the navbar's layout.
 */
export default function SearchBarWrapper(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search' });
  useEffect(() => {
    ref.current?.querySelector('input')?.setAttribute('aria-label', label);
  });
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
