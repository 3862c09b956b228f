import React, { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type MermaidType from '@theme/Mermaid';
import type { WrapperProps } from '@docusaurus/types';
import FullSizeDiagram from '@site/src/components/FullSizeDiagram';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/**
 * The original diagram component, fetched only when first rendered: importing it statically put
 * Mermaid and its parsers (~800 KB) into the chunk every pattern page loads, parsed on page load
 * even though the diagrams sit below the fold.
 */
const Mermaid = lazy(() => import('@theme-original/Mermaid'));

/**
 * Renders a diagram only when it comes near the screen, so Mermaid's JavaScript is neither
 * downloaded nor run for readers who do not scroll to it. The placeholder keeps roughly the
 * diagram's height, so the page does not jump much. Once drawn, a button opens it full size
 * (src/components/FullSizeDiagram): on a phone the page shrinks it past reading.
 */
export default function LazyMermaid(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px 0px' }, // start a little before the diagram scrolls into view
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const placeholder = <div ref={ref} className={styles.placeholder} data-mermaid-pending="" />;
  return (
    <FullSizeDiagram>{near ? <Suspense fallback={placeholder}>{<Mermaid {...props} />}</Suspense> : placeholder}</FullSizeDiagram>
  );
}
