import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import coLocated from '@site/labs/co-located/lab';
import { runCommand } from '@site/scripts/lib/labs/lab-text';
import { useLabLang } from '@site/src/utils/labLanguage';
import styles from './index.module.css';

/** The example lab of the workflow; its check titles come from its lab.ts, so they never drift. */
const exampleLab = coLocated;
// Typed as plain { id } rows: steps with different check shapes do not unify otherwise.
const exampleChecks = exampleLab.steps.flatMap((s): readonly { id: string }[] => s.checks ?? []);
/** The output sample shows a few check lines, so the three steps still fit one screen. */
const SHOWN_CHECKS = 4;
// Functions, not constants: translate() reads the current locale, so it runs at render time.
const outputSample = (): string =>
  exampleChecks
    .slice(0, SHOWN_CHECKS)
    .map((c) => `✔ ${c.id}\n`)
    .join('') +
  (exampleChecks.length > SHOWN_CHECKS
    ? `${translate({ id: 'home.output.more', message: '… 확인 항목 {count}개 더' }, { count: exampleChecks.length - SHOWN_CHECKS })}\n`
    : '');

const patterns = (): { to: string; title: string; body: string }[] => [
  {
    to: '/docs/multi-container-pod/co-located',
    title: 'Co-located Containers',
    body: translate({ id: 'home.pattern.coLocated', message: '`spec.containers`에 함께 넣어 같이 실행한다.' }),
  },
  {
    to: '/docs/multi-container-pod/init-containers',
    title: 'Init Containers',
    body: translate({ id: 'home.pattern.initContainers', message: '`initContainers`가 순서대로 끝난 뒤에 메인 컨테이너가 시작된다.' }),
  },
  {
    to: '/docs/multi-container-pod/sidecar-containers',
    title: 'Sidecar Containers',
    body: translate({
      id: 'home.pattern.sidecarContainers',
      message: '`restartPolicy: Always`인 init container가 먼저 시작되고 끝까지 함께 실행된다.',
    }),
  },
];

export default function Home(): ReactNode {
  // The English landing page copies the English command (`--lang en`), as the lab boxes do.
  const lang = useLabLang();
  return (
    <Layout
      title={translate({ id: 'home.title', message: '멀티 컨테이너 Pod 실습' })}
      description={translate({ id: 'home.description', message: '멀티 컨테이너 Pod 노트와, 실제 클러스터에서 검증되는 실습' })}
    >
      <main>
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1">
              <Translate id="home.title">멀티 컨테이너 Pod 실습</Translate>
            </Heading>
            <p className={styles.lead}>
              <Translate id="home.lead" values={{ pod: <code>Pod</code> }}>
                {'하나의 {pod}에 여러 컨테이너를 두는 패턴을 정리한 노트다. 노트의 예제는 모두 실습이고, 명령 하나로 실제 클러스터에서 실행해 확인한다.'}
              </Translate>
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/docs/multi-container-pod/concept">
                <Translate id="home.readNote">노트 읽기</Translate>
              </Link>
              <Link className="button button--secondary button--lg" to="/docs/getting-started">
                <Translate id="home.gettingStarted">시작하기</Translate>
              </Link>
              <Link className="button button--secondary button--lg" to="/docs/verification">
                <Translate id="home.verification">검증 방법</Translate>
              </Link>
            </div>
          </div>
        </header>

        <section className="container" aria-labelledby="workflow">
          <Heading as="h2" id="workflow">
            <Translate id="home.workflow">실습은 세 단계다</Translate>
          </Heading>
          <ol className={clsx('clean-list', styles.steps)}>
            <li className={styles.step}>
              <Heading as="h3" className={styles.stepTitle}>
                <Translate id="home.step.read">읽는다</Translate>
              </Heading>
              <p>
                <Translate id="home.step.read.body">
                  {'패턴별 페이지에서 노트와 예제 매니페스트를 읽는다. 매니페스트는 실습 폴더의 파일을 그대로 보여 준다.'}
                </Translate>
              </p>
            </li>
            <li className={styles.step}>
              <Heading as="h3" className={styles.stepTitle}>
                <Translate id="home.step.run">명령 하나로 실행한다</Translate>
              </Heading>
              <p>
                <Translate id="home.step.run.body" values={{ namespace: <code>Namespace</code> }}>
                  {'페이지의 명령을 복사해 실행한다. kind 클러스터를 만들거나 다시 쓰고, 전용 {namespace}에서 돌린다.'}
                </Translate>
              </p>
              <CopyCommand command={runCommand(exampleLab.name, { lang })} />
              <p className={styles.firstTime}>
                <Translate
                  id="home.step.run.firstTime"
                  values={{
                    link: (
                      <Link to="/docs/getting-started">
                        <Translate id="home.step.run.firstTime.link">시작하기</Translate>
                      </Link>
                    ),
                  }}
                >
                  {'처음이라면 {link}: 준비물, 저장소 받기와 설치, 첫 실습.'}
                </Translate>
              </p>
            </li>
            <li className={styles.step}>
              <Heading as="h3" className={styles.stepTitle}>
                <Translate id="home.step.check">확인 결과를 본다</Translate>
              </Heading>
              <p>
                <Translate id="home.step.check.body">
                  {'노트의 주장을 확인 항목 하나씩 검사해 통과/실패를 출력한다. CI도 같은 실습을 실제 클러스터에서 돌린다.'}
                </Translate>
              </p>
              <pre
                className={styles.output}
                aria-label={translate({ id: 'home.output.label', message: '{lab} 실습의 출력 예' }, { lab: exampleLab.name })}
              >
                {outputSample()}
              </pre>
            </li>
          </ol>
        </section>

        <section className="container" aria-labelledby="patterns">
          <Heading as="h2" id="patterns">
            <Translate id="home.patterns">패턴</Translate>
          </Heading>
          <ul className={clsx('clean-list', styles.patterns)}>
            {patterns().map((p) => (
              <li key={p.to}>
                <Link to={p.to} className={styles.pattern}>
                  <strong>{p.title}</strong>
                  <span>
                    <CodeSpans text={p.body} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
