import React, { useEffect, useState, type ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  command: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

const labels: Record<CopyState, string> = { idle: '복사', copied: '복사됨', failed: '복사 실패' };

/** A shell command with a copy button (`data-testid`s are used by browser tests). */
export default function CopyCommand({ command }: Props): ReactNode {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    // navigator.clipboard exists only in secure contexts (https, localhost).
    navigator.clipboard?.writeText(command).then(
      () => setState('copied'),
      () => setState('failed'),
    ) ?? setState('failed');
  };

  return (
    <div className={styles.command}>
      <code className={styles.text} data-testid="lab-command">
        {command}
      </code>
      <button type="button" className={styles.button} onClick={copy} data-testid="lab-command-copy" aria-live="polite">
        {labels[state]}
      </button>
    </div>
  );
}
