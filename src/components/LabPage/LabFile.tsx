import React, { useEffect, useState, type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { fileAnchor } from './paths';
import styles from './styles.module.css';

export interface LabFileData {
  /** Path inside the lab folder: `manifests/pod.yaml`. */
  path: string;
  /** The file's text, as the runner applies it. */
  text: string;
  /** URL of the same file emitted as it is (`?download` in src/plugins/yaml-source.ts). */
  url: string;
}

interface Props {
  lab: string;
  file: LabFileData;
  /** Its heading's level: one below the section it is in. */
  level?: 'h3' | 'h4';
  /** Shown above the file, e.g. why an original differs. */
  children?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** One file of a lab: its text with line numbers, a copy button (the whole file) and a download link. */
export default function LabFile({ lab, file, level = 'h3', children }: Props): ReactNode {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const repoPath = `labs/${lab}/${file.path}`;
  const name = file.path.split('/').pop()!;
  const copy = () => {
    // navigator.clipboard exists only in secure contexts (https, localhost).
    navigator.clipboard?.writeText(file.text).then(
      () => setState('copied'),
      () => setState('failed'),
    ) ?? setState('failed');
  };
  const copyLabel = {
    idle: translate({ id: 'labPage.file.copy', message: '파일 복사' }),
    copied: translate({ id: 'lab.copy.copied', message: '복사됨' }),
    failed: translate({ id: 'lab.copy.failed', message: '복사 실패' }),
  }[state];
  return (
    <section className={styles.file} data-testid="lab-file" data-path={file.path}>
      <Heading as={level} id={fileAnchor(file.path)} className={styles.fileName}>
        <code>{file.path}</code>
      </Heading>
      {children}
      <div className={styles.fileActions}>
        <button type="button" className={styles.action} onClick={copy} aria-live="polite" data-testid="lab-file-copy">
          {copyLabel}
        </button>
        <a className={styles.action} href={file.url} download={name} data-testid="lab-file-download">
          <Translate id="labPage.file.download" values={{ name }}>
            {'내려받기 ({name})'}
          </Translate>
        </a>
      </div>
      <CodeBlock language="yaml" title={repoPath} showLineNumbers>
        {file.text}
      </CodeBlock>
    </section>
  );
}
