import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * A version number that never breaks across lines (`v1.34.4`, not `v1.3|4.4`). The pages' Korean
 * line breaking (`overflow-wrap: anywhere` on `.markdown`) lets a narrow table cell break a
 * version anywhere; a cell with several versions still wraps between them.
 */
export default function Version({ children }: { children: ReactNode }): ReactNode {
  return <span className={styles.version}>{children}</span>;
}
