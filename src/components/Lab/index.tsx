import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { LabDefinition } from '@site/scripts/lib/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import { useLabLang } from '@site/src/utils/labLanguage';
import styles from './styles.module.css';

interface Props {
  /** The default export of `labs/<name>/lab.ts`. */
  lab: LabDefinition;
}

/** What a lab proves, the one command that runs it, and the checks it makes. */
export default function Lab({ lab }: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const repositoryUrl = siteConfig.customFields?.repositoryUrl;
  const folder = `labs/${lab.name}/`;
  const labLang = useLabLang();

  return (
    <section
      className={styles.lab}
      aria-label={translate({ id: 'lab.ariaLabel', message: '실습: {title}' }, { title: lab.title })}
    >
      <p className={styles.kicker}>
        <Translate id="lab.kicker">실습</Translate>
      </p>
      {labLang && (
        <p className={styles.language} data-testid="lab-language-note">
          <Translate id="lab.languageNote" values={{ file: <code>{`labs/${lab.name}/lab.ts`}</code> }}>
            {'이 실습의 정의({file})는 한국어로 쓰여 있어, 제목과 확인 항목을 쓰인 그대로 보여 준다.'}
          </Translate>
        </p>
      )}
      <p className={styles.title} lang={labLang}>
        {lab.title}
      </p>

      <p className={styles.label}>
        <Translate id="lab.proves">통과하면 다음이 증명된다</Translate>
      </p>
      <ul lang={labLang}>
        {lab.proves.map((claim) => (
          <li key={claim}>
            <CodeSpans text={claim} />
          </li>
        ))}
      </ul>

      <p className={styles.label}>
        <Translate id="lab.run">실행</Translate>
      </p>
      <CopyCommand command={`npm run lab -- run ${lab.name}`} />

      <p className={styles.label}>
        <Translate id="lab.steps">단계와 확인 항목</Translate>
      </p>
      <ol lang={labLang}>
        {lab.steps.map((step) => (
          <li key={step.title}>
            <CodeSpans text={step.title} />
            {step.checks && step.checks.length > 0 && (
              <ul className={styles.checks}>
                {step.checks.map((c) => (
                  <li key={c.id}>
                    <CodeSpans text={c.title} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>

      <p className={styles.folder}>
        <Translate id="lab.folder">실습 폴더:</Translate>{' '}
        {typeof repositoryUrl === 'string' ? (
          <Link href={`${repositoryUrl.replace(/\/$/, '')}/${folder}`}>
            <code>{folder}</code>
          </Link>
        ) : (
          <code>{folder}</code>
        )}
      </p>
    </section>
  );
}
