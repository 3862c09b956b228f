import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

const steps: { title: string; body: ReactNode }[] = [
  { title: '읽는다', body: '멀티 컨테이너 Pod 노트를 패턴별로 읽는다. 예제 매니페스트는 실습 폴더에서 그대로 불러온 것이다.' },
  {
    title: '명령 하나로 실행한다',
    body: (
      <>
        페이지의 명령 <code>npm run lab -- run &lt;이름&gt;</code>을 복사해 자신의 클러스터에서 실행한다.
      </>
    ),
  },
  { title: '확인 결과를 본다', body: '실습은 노트의 주장을 하나씩 확인하고, 통과/실패를 출력한다. CI도 같은 실습을 실제 클러스터에서 돌린다.' },
];

export default function Home(): ReactNode {
  return (
    <Layout title="멀티 컨테이너 Pod 실습" description="멀티 컨테이너 Pod 노트와, 실제 클러스터에서 검증되는 실습">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">멀티 컨테이너 Pod</Heading>
          <p className={styles.lead}>
            하나의 <code>Pod</code>에 여러 컨테이너를 두는 패턴(Co-located, Init, Sidecar)을 정리한 노트다. 노트의 모든
            예제는 실제 클러스터에서 실행되어 검증된다.
          </p>
          <Link className="button button--primary button--lg" to="/docs/multi-container-pod/concept">
            문서 읽기
          </Link>
        </div>
      </header>
      <main className="container">
        <ol className={styles.steps}>
          {steps.map((step) => (
            <li key={step.title}>
              <Heading as="h2" className={styles.stepTitle}>
                {step.title}
              </Heading>
              <p>{step.body}</p>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
