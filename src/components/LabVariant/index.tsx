import React, { type ReactNode } from 'react';
import Admonition from '@theme/Admonition';
import Translate, { translate } from '@docusaurus/Translate';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import { runCommand } from '@site/scripts/lib/labs/lab-text';
import Link from '@docusaurus/Link';
import { labPagePath, variantAnchor } from '@site/src/components/LabPage/paths';
import { useLabLang, useLabText } from '@site/src/utils/labLanguage';

interface Props {
  lab: LabDefinition;
  /** Variant name in `lab.variants`, `broken` by default. */
  variant?: string;
}

/** A deliberately broken version of the lab: what is broken, and which checks catch it. */
export default function LabVariant({ lab, variant = 'broken' }: Props): ReactNode {
  const lang = useLabLang();
  const text = useLabText(lab);
  const v = lab.variants?.[variant];
  if (!v) throw new Error(`labs/${lab.name}/lab.ts: variants has no "${variant}"`);
  return (
    <Admonition type="danger" title={translate({ id: 'lab.variant.title', message: '고장 낸 버전: 확인 항목이 잡아내야 한다' })}>
      <p>
        <CodeSpans text={text.variants[variant]} />
      </p>
      <p>
        <Translate id="lab.variant.expect">
          이 버전에서는 다음 확인 항목만 실패해야 하고, 나머지는 모두 통과해야 한다. CI가 매번 확인한다.
        </Translate>
      </p>
      <ul>
        {v.expectFailing.map((id) => (
          <li key={id}>
            <code>{id}</code>: {text.checks[id]}
          </li>
        ))}
      </ul>
      <CopyCommand command={runCommand(lab.name, { lang, variant })} />
      <p>
        <Link to={labPagePath(lab.name, variantAnchor(variant))} data-testid="lab-page-link">
          <Translate id="lab.variant.page">고장 낸 파일 전체와 내려받기: 실습 페이지</Translate>
        </Link>
      </p>
    </Admonition>
  );
}
