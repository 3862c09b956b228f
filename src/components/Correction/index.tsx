import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  /**
   * The id of the verification note that corrects this sentence, declared on the note itself:
   * `:::note[검증 결과]{#verify-…}`. Each note is named by exactly one marker and each marker names
   * a note on its page (src/__tests__/corrections.test.ts).
   */
  note: string;
  /** What the note corrects, in a few words: read out by screen readers and shown on hover. */
  about: string;
}

/**
 * A small marker placed right after a sentence of the author's note that a verification note
 * corrects, linking to that note. The sentence itself stays as the author wrote it.
 */
export default function Correction({ note, about }: Props): ReactNode {
  const label = translate(
    { id: 'correction.label', message: '이 문장을 고친 검증 결과로 이동: {about}', description: 'Screen-reader label of the marker after a corrected sentence of the note' },
    { about },
  );
  return (
    <sup className={styles.marker}>
      {/* A plain <a>: the target is an admonition's id, which Docusaurus' anchor checker does not collect. */}
      <a href={`#${note}`} aria-label={label} title={label} data-correction={note}>
        {translate({ id: 'correction.text', message: '검증', description: 'Visible text of the marker after a corrected sentence of the note' })}
      </a>
    </sup>
  );
}
