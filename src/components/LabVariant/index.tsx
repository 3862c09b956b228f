import React, { type ReactNode } from 'react';
import Admonition from '@theme/Admonition';
import Translate, { translate } from '@docusaurus/Translate';
import type { LabDefinition } from '@site/scripts/lib/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import { useLabLang } from '@site/src/utils/labLanguage';

interface Props {
  lab: LabDefinition;
  /** Variant name in `lab.variants`, `broken` by default. */
  variant?: string;
}

/** A deliberately broken version of the lab: what is broken, and which checks catch it. */
export default function LabVariant({ lab, variant = 'broken' }: Props): ReactNode {
  const labLang = useLabLang();
  const v = lab.variants?.[variant];
  if (!v) throw new Error(`labs/${lab.name}/lab.ts: variants has no "${variant}"`);
  const titles = new Map(lab.steps.flatMap((s) => (s.checks ?? []).map((c) => [c.id, c.title] as const)));
  return (
    <Admonition type="danger" title={translate({ id: 'lab.variant.title', message: '고장 낸 버전: 확인 항목이 잡아내야 한다' })}>
      <p lang={labLang}>
        <CodeSpans text={v.why} />
      </p>
      <p>
        <Translate id="lab.variant.expect">
          이 버전에서는 다음 확인 항목만 실패해야 하고, 나머지는 모두 통과해야 한다. CI가 매번 확인한다.
        </Translate>
      </p>
      <ul lang={labLang}>
        {v.expectFailing.map((id) => (
          <li key={id}>
            <code>{id}</code>: {titles.get(id)}
          </li>
        ))}
      </ul>
      <CopyCommand command={`npm run lab -- run ${lab.name} --variant ${variant}`} />
    </Admonition>
  );
}
