import React, { type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import SearchPage from '@theme-original/SearchPage';
import type SearchPageType from '@theme/SearchPage';
import { translate } from '@docusaurus/Translate';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchPageType>;

/**
 * @easyops-cn/docusaurus-search-local's search page has no meta description, the one point the
 * page lost in Lighthouse's SEO audit (it is in the sitemap, so search engines see it).
 */
export default function SearchPageWrapper(props: Props): ReactNode {
  const description = translate({ id: 'searchPage.description', message: '노트와 실습 페이지를 검색한다' });
  return (
    <>
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <SearchPage {...props} />
    </>
  );
}
