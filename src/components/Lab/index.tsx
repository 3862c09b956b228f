import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { LabDefinition } from '@site/scripts/lib/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
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

  return (
    <section className={styles.lab} aria-label={`실습: ${lab.title}`}>
      <p className={styles.kicker}>실습</p>
      <p className={styles.title}>{lab.title}</p>

      <p className={styles.label}>통과하면 다음이 증명된다</p>
      <ul>
        {lab.proves.map((claim) => (
          <li key={claim}>
            <CodeSpans text={claim} />
          </li>
        ))}
      </ul>

      <p className={styles.label}>실행</p>
      <CopyCommand command={`npm run lab -- run ${lab.name}`} />

      <p className={styles.label}>단계와 확인 항목</p>
      <ol>
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
        실습 폴더:{' '}
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
