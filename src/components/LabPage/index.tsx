import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Admonition from '@theme/Admonition';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Evidence } from '@site/scripts/lib/evidence/evidence-schema';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import { runCommand } from '@site/scripts/lib/labs/lab-text';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import Lab from '@site/src/components/Lab';
import LabEvidence from '@site/src/components/LabEvidence';
import { repositoryOf } from '@site/src/utils/repository';
import { useLabLang, useLabText } from '@site/src/utils/labLanguage';
import Definition from './Definition';
import LabFile, { type LabFileData } from './LabFile';
import { EVIDENCE_ANCHOR, ORIGINALS_ANCHOR, variantAnchor } from './paths';
import styles from './styles.module.css';

interface Props {
  /** The module src/plugins/lab-pages.ts generates for the lab (labModuleSource). */
  data: { lab: LabDefinition; evidence?: Evidence; files: LabFileData[] };
}

/** Plain text of a lab string (backticks dropped), for the page's meta description. */
const plain = (s: string) => s.replace(/`/g, '');

/**
 * The page of one lab (`/labs/<name>`), generated from its folder: what it proves and the command,
 * every step and check as defined in lab.ts, every manifest, variant and original with copy and
 * download buttons, and the last real run. Links to the folder in the repository when
 * SITE_REPOSITORY_URL is set (customFields.repositoryUrl).
 */
export default function LabPage({ data: { lab, evidence, files } }: Props): ReactNode {
  const text = useLabText(lab);
  const lang = useLabLang();
  const repo = repositoryOf(useDocusaurusContext().siteConfig.customFields?.repositoryUrl);
  const folder = `labs/${lab.name}/`;
  const inGroup = (prefix: string) => files.filter((f) => f.path.startsWith(prefix));
  const originalWhy = new Map((lab.originals ?? []).map((o) => [`original/${o.file}`, text.originals[o.file]]));
  const variants = Object.entries(lab.variants ?? {});
  const originals = inGroup('original/');

  return (
    <Layout title={text.title} description={plain(text.proves[0])}>
      <main className="container margin-vert--lg">
        <article className={`markdown ${styles.page}`}>
          <p className={styles.kicker}>
            <Translate id="labPage.kicker">실습 페이지</Translate> · <code>{folder}</code>
          </p>
          <Heading as="h1">{text.title}</Heading>

          <Admonition type="note" title={translate({ id: 'labPage.addition.title', message: '덧붙임' })}>
            <p>
              <Translate
                id="labPage.addition"
                values={{ folder: <code>{folder}</code>, definition: <code>lab.ts</code> }}
              >
                {'노트에 없는 페이지로, 이 사이트가 덧붙였다. 빌드할 때 {folder}의 정의({definition})와 파일을 읽어 만든다. 보이는 파일은 실습이 적용하는 파일 그대로다.'}
              </Translate>
            </p>
          </Admonition>

          <p className={styles.links}>
            <Link to={`/docs/${lab.doc}`} data-testid="lab-doc-link">
              <Translate id="labPage.doc">이 실습을 다루는 노트 페이지</Translate>
            </Link>
            {' · '}
            {repo ? (
              <Link href={`${repo.tree}/${folder}`} data-testid="lab-repo-link">
                <Translate id="labPage.repo" values={{ folder }}>
                  {'저장소의 {folder} 폴더'}
                </Translate>
              </Link>
            ) : (
              <span>
                <Translate id="labPage.folder">저장소의 폴더:</Translate> <code>{folder}</code>
              </span>
            )}
            {' · '}
            <Link to="/labs">
              <Translate id="labPage.all">모든 실습</Translate>
            </Link>
          </p>

          <Lab lab={lab} onLabPage />

          <Heading as="h2" id="steps">
            <Translate id="labPage.steps">단계와 확인 항목 (lab.ts)</Translate>
          </Heading>
          <Definition lab={lab} />

          <Heading as="h2" id="manifests">
            <Translate id="labPage.manifests">매니페스트</Translate>
          </Heading>
          {inGroup('manifests/').map((f) => (
            <LabFile key={f.path} lab={lab.name} file={f} />
          ))}

          {variants.length > 0 && (
            <Heading as="h2" id="variants">
              <Translate id="labPage.variants">고장 낸 버전</Translate>
            </Heading>
          )}
          {variants.map(([name, v]) => (
            <section key={name}>
              <Heading as="h3" id={variantAnchor(name)}>
                <code>{name}</code>
              </Heading>
              <p>
                <CodeSpans text={text.variants[name]} />
              </p>
              <p>
                <Translate id="labPage.variant.expect">이 버전에서는 다음 확인 항목만 실패해야 한다:</Translate>{' '}
                {v.expectFailing.map((id, i) => (
                  <React.Fragment key={id}>
                    {i > 0 && ', '}
                    <code>{id}</code>
                  </React.Fragment>
                ))}
              </p>
              <CopyCommand command={runCommand(lab.name, { lang, variant: name })} />
              {inGroup(`variants/${name}/`).map((f) => (
                <LabFile key={f.path} lab={lab.name} file={f} level="h4" />
              ))}
            </section>
          ))}

          {originals.length > 0 && (
            <>
              <Heading as="h2" id={ORIGINALS_ANCHOR}>
                <Translate id="labPage.originals">노트의 원본 예시</Translate>
              </Heading>
              <p>
                <Translate id="labPage.originals.lead">노트에 쓰인 그대로의 예시다. 그대로는 실행되지 않아, 실습은 위의 매니페스트를 쓴다.</Translate>
              </p>
              {originals.map((f) => (
                <LabFile key={f.path} lab={lab.name} file={f}>
                  {originalWhy.get(f.path) && (
                    <p>
                      <CodeSpans text={originalWhy.get(f.path)!} />
                    </p>
                  )}
                </LabFile>
              ))}
            </>
          )}

          {evidence && (
            <>
              <Heading as="h2" id={EVIDENCE_ANCHOR}>
                <Translate id="labPage.evidence">마지막 실제 실행</Translate>
              </Heading>
              <LabEvidence lab={lab} evidence={evidence} onLabPage />
            </>
          )}
        </article>
      </main>
    </Layout>
  );
}
