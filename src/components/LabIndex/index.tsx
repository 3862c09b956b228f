import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import { labText } from '@site/scripts/lib/labs/lab-text';
import CodeSpans from '@site/src/components/CodeSpans';
import { labPagePath } from '@site/src/components/LabPage/paths';
import { useLabLang } from '@site/src/utils/labLanguage';
import styles from './styles.module.css';

interface Props {
  /** The module src/plugins/lab-pages.ts generates (indexModuleSource): every lab under labs/. */
  data: { labs: LabDefinition[] };
}

/** `/labs`: every lab folder, with what it proves and a link to its page. */
export default function LabIndex({ data: { labs } }: Props): ReactNode {
  const lang = useLabLang();
  const title = translate({ id: 'labIndex.title', message: '모든 실습' });
  return (
    <Layout title={title} description={translate({ id: 'labIndex.description', message: '저장소의 labs/ 폴더에 있는 실습과, 각 실습이 증명하는 것' })}>
      <main className="container margin-vert--lg">
        <article className={`markdown ${styles.page}`}>
          <Heading as="h1">{title}</Heading>
          <p>
            <Translate id="labIndex.lead" values={{ labs: <code>labs/</code> }}>
              {'노트에 없는 페이지로, 이 사이트가 덧붙였다. 저장소의 {labs} 폴더에 있는 실습마다 페이지가 하나 있고, 빌드할 때 폴더에서 만든다.'}
            </Translate>
          </p>
          <ul className={styles.list}>
            {labs.map((lab) => {
              const text = labText(lab, lang);
              return (
                <li key={lab.name} className={styles.item}>
                  <Link to={labPagePath(lab.name)} className={styles.title} data-testid="lab-index-link">
                    {text.title}
                  </Link>{' '}
                  <code>{lab.name}</code>
                  <ul>
                    {text.proves.map((p) => (
                      <li key={p}>
                        <CodeSpans text={p} />
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </article>
      </main>
    </Layout>
  );
}
