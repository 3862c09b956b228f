import React, { useEffect, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  command: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

// Korean messages are the defaults (the Korean site needs no code.json entry); English is in i18n/en/code.json.
const label = (state: CopyState): string =>
  ({
    idle: translate({ id: 'lab.copy.idle', message: '복사', description: 'Copy button beside a shell command' }),
    copied: translate({ id: 'lab.copy.copied', message: '복사됨', description: 'Copy button after the command was copied' }),
    failed: translate({ id: 'lab.copy.failed', message: '복사 실패', description: 'Copy button when the clipboard refused' }),
  })[state];

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
        {label(state)}
      </button>
    </div>
  );
}
