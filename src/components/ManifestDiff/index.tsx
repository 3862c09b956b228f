import React, { useState, type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Translate, { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  /** Repo path of the file shown, e.g. `labs/x/variants/broken/pod.yaml`. */
  title: string;
  /** Repo path of the file it is compared with, e.g. `labs/x/manifests/pod.yaml`. */
  base: string;
  /**
   * The unified diff from `base` to `title`, computed when the site is built: a page writes
   * `from={pod} to={broken}` (the two imported manifests) and src/plugins/manifest-diff-remark.ts
   * turns `from` into this diff (src/plugins/manifest-diff.cjs), so no diff code runs here.
   */
  diff: string;
  /** The shown file's text (imported from `title`). */
  to: string;
}

/**
 * A manifest shown as what changed against another one (`diff -u`), e.g. a broken variant
 * against the working lab: the reader sees exactly what was broken. The whole file is one
 * click away and rendered only then, which keeps long pages light.
 */
export default function ManifestDiff({ title, base, diff, to }: Props): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.diff}>
      <CodeBlock
        language="diff"
        title={translate({ id: 'manifestDiff.title', message: '{title} ({base}와 다른 부분)' }, { title, base })}
      >
        {diff}
      </CodeBlock>
      <details className={styles.whole} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <Translate id="manifestDiff.whole" values={{ title: <code>{title}</code> }}>
            {'전체 파일 보기: {title}'}
          </Translate>
        </summary>
        {open && (
          <CodeBlock language="yaml" title={title} showLineNumbers>
            {to}
          </CodeBlock>
        )}
      </details>
    </div>
  );
}
