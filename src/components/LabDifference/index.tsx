import React, { type ReactNode } from 'react';
import Admonition from '@theme/Admonition';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import { labPagePath, ORIGINALS_ANCHOR } from '@site/src/components/LabPage/paths';
import { useLabText } from '@site/src/utils/labLanguage';

interface Props {
  lab: LabDefinition;
  /** File name in `labs/<name>/original/`; `lab.originals[]` says why it differs. */
  file?: string;
}

/** The `:::note 실습 버전과의 차이` box: why the author's example was changed to run. */
export default function LabDifference({ lab, file = 'pod.yaml' }: Props): ReactNode {
  const why = useLabText(lab).originals[file];
  if (why === undefined) {
    throw new Error(`labs/${lab.name}/lab.ts: originals[] has no entry for "${file}"`);
  }
  return (
    <Admonition type="note" title={translate({ id: 'lab.difference.title', message: '실습 버전과의 차이' })}>
      <p>
        <CodeSpans text={why} />
      </p>
      <p>
        <Link to={labPagePath(lab.name, ORIGINALS_ANCHOR)} data-testid="lab-page-link">
          <Translate id="lab.difference.page">원본과 실습 버전의 파일 전체: 실습 페이지</Translate>
        </Link>
      </p>
    </Admonition>
  );
}
