import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import { runCommand } from '@site/scripts/lib/labs/lab-text';
import { labPagePath } from '@site/src/components/LabPage/paths';
import { useLabLang, useLabText } from '@site/src/utils/labLanguage';
import styles from './styles.module.css';

interface Props {
  /** The default export of `labs/<name>/lab.ts`. */
  lab: LabDefinition;
  /** On the lab's own page (src/components/LabPage), which needs no link to itself. */
  onLabPage?: boolean;
}

/** What a lab proves, the one command that runs it, and the checks it makes; links to the lab's page. */
export default function Lab({ lab, onLabPage = false }: Props): ReactNode {
  const folder = `labs/${lab.name}/`;
  const lang = useLabLang();
  const text = useLabText(lab);

  return (
    <section
      className={styles.lab}
      aria-label={translate({ id: 'lab.ariaLabel', message: '실습: {title}' }, { title: text.title })}
    >
      <p className={styles.kicker}>
        <Translate id="lab.kicker">실습</Translate>
      </p>
      <p className={styles.title} data-testid="lab-title">
        {text.title}
      </p>

      <p className={styles.label}>
        <Translate id="lab.proves">통과하면 다음이 증명된다</Translate>
      </p>
      <ul>
        {text.proves.map((claim) => (
          <li key={claim}>
            <CodeSpans text={claim} />
          </li>
        ))}
      </ul>

      <p className={styles.label}>
        <Translate id="lab.run">실행</Translate>
      </p>
      <CopyCommand command={runCommand(lab.name, { lang, kubeconfig: lab.cluster !== undefined })} />
      {lab.cluster?.nativeSidecars === false && (
        <p className={styles.firstTime}>
          <Translate id="lab.gateOffCluster">
            이 실습은 네이티브 사이드카가 꺼진 클러스터(v1.28의 기본값, 또는 SidecarContainers=false)에서만 돈다. FILE에 그런 클러스터의 kubeconfig를 준다. 네이티브 사이드카가 켜진 클러스터에서는 러너가 이유를 한 줄로 말하고 아무것도 만들지 않는다.
          </Translate>
        </p>
      )}
      <p className={styles.firstTime}>
        <Translate
          id="lab.firstTime"
          values={{
            link: (
              <Link to="/docs/getting-started">
                <Translate id="lab.firstTime.link">시작하기</Translate>
              </Link>
            ),
          }}
        >
          {'처음 실행한다면 {link}에서 준비물과 설치를 본다.'}
        </Translate>
      </p>

      {/* The lab page lists the steps in full (src/components/LabPage/Definition). */}
      {!onLabPage && (
        <>
          <p className={styles.label}>
            <Translate id="lab.steps">단계와 확인 항목</Translate>
          </p>
          <ol>
            {text.steps.map((step, i) => (
              <li key={i}>
                <CodeSpans text={step.title} />
                {step.checks.length > 0 && (
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
        </>
      )}

      {!onLabPage && (
        <p className={styles.folder}>
          <Translate
            id="lab.page"
            values={{
              link: (
                <Link to={labPagePath(lab.name)} data-testid="lab-page-link">
                  <code>{folder}</code>
                </Link>
              ),
            }}
          >
            {'실습 페이지: {link} (정의, 파일 전체, 복사와 내려받기)'}
          </Translate>
        </p>
      )}
    </section>
  );
}
