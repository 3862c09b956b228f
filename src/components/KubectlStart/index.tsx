import React, { type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Translate from '@docusaurus/Translate';
import { additionText, manifestFile, startCommand, type ExamStart } from '@site/src/exam/starts';

interface Props {
  /** An entry of `examStarts` (src/exam/starts.ts), the one place its commands are written. */
  start: ExamStart;
}

/**
 * For the exam boxes: the `kubectl run … --dry-run=client -o yaml` that writes a one-container Pod
 * manifest, the containers to add to it by hand, and the command that creates the Pod. Tests run
 * these commands and complete the output the same way (src/exam/starts.test.ts).
 */
export default function KubectlStart({ start }: Props): ReactNode {
  const file = <code>{manifestFile(start)}</code>;
  return (
    <>
      <CodeBlock language="bash">{startCommand(start)}</CodeBlock>
      <p>
        {start.field === 'containers' ? (
          <Translate id="exam.addContainers" values={{ file, list: <code>spec.containers</code> }}>
            {'{file}의 {list} 목록 끝에 다음 컨테이너를 손으로 더한다 (kubectl이 만든 컨테이너와 같은 들여쓰기).'}
          </Translate>
        ) : (
          <Translate id="exam.addInitContainers" values={{ file, spec: <code>spec</code>, list: <code>{start.field}</code>, containers: <code>containers</code> }}>
            {'{file}의 {spec} 밑에 다음 {list} 목록을 손으로 더한다 ({containers}와 같은 들여쓰기).'}
          </Translate>
        )}
      </p>
      <CodeBlock language="yaml">{additionText(start)}</CodeBlock>
      <p>
        <Translate id="exam.apply" values={{ command: <code>kubectl apply -f {manifestFile(start)}</code>, pod: <code>Pod</code> }}>
          {'그다음 {command}로 {pod}를 만든다.'}
        </Translate>
      </p>
    </>
  );
}
