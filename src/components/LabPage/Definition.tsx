import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import CodeSpans from '@site/src/components/CodeSpans';
import { useLabText } from '@site/src/utils/labLanguage';
import { fileAnchor } from './paths';
import styles from './styles.module.css';
import { fields } from './fields';

interface Props {
  lab: LabDefinition;
}

/**
 * The steps of `labs/<name>/lab.ts` as the runner takes them (scripts/lib/run/run-lab.ts): what each
 * step applies, waits for (with its deadline in s), holds and deletes, then each check with its id,
 * title and definition (`kind` and its fields, as written in lab.ts).
 */
export default function Definition({ lab }: Props): ReactNode {
  const text = useLabText(lab);
  return (
    <ol className={styles.steps}>
      {lab.steps.map((step, i) => (
        <li key={i} className={styles.step}>
          <p className={styles.stepTitle}>
            <CodeSpans text={text.steps[i].title} />
          </p>
          <dl className={styles.stepFields}>
            {step.apply && (
              <>
                <dt>apply</dt>
                <dd>
                  {step.apply.map((f, j) => (
                    <React.Fragment key={f}>
                      {j > 0 && ', '}
                      <Link to={`#${fileAnchor(`manifests/${f}`)}`}>
                        <code>{f}</code>
                      </Link>
                    </React.Fragment>
                  ))}
                </dd>
              </>
            )}
            {step.wait && (
              <>
                <dt>wait</dt>
                <dd>
                  <code>pod/{step.wait.pod}</code> <code>{fields(step.wait.until)}</code>{' '}
                  <Translate id="labPage.deadline" values={{ seconds: step.wait.timeoutSeconds }}>
                    {'(최대 {seconds}초)'}
                  </Translate>
                </dd>
              </>
            )}
            {step.holdSeconds !== undefined && (
              <>
                <dt>holdSeconds</dt>
                <dd>
                  <Translate id="labPage.hold" values={{ seconds: step.holdSeconds }}>
                    {'{seconds}초 동안 지켜본다'}
                  </Translate>
                </dd>
              </>
            )}
            {step.delete && (
              <>
                <dt>delete</dt>
                <dd>
                  <code>pod/{step.delete.pod}</code>{' '}
                  <Translate id="labPage.deadline" values={{ seconds: step.delete.timeoutSeconds }}>
                    {'(최대 {seconds}초)'}
                  </Translate>
                </dd>
              </>
            )}
          </dl>
          {(step.checks ?? []).length > 0 && (
            <ul className={styles.checks}>
              {(step.checks ?? []).map((c) => (
                <li key={c.id} data-testid="lab-check">
                  <code className={styles.checkId}>{c.id}</code> <CodeSpans text={text.checks[c.id]} />
                  <br />
                  <code className={styles.checkDef}>{fields(c.check)}</code>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
