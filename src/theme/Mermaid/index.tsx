import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type { WrapperProps } from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/**
 * Renders a diagram only when it comes near the screen. Mermaid (~1.5 MB of JavaScript) is
 * otherwise loaded and run right after hydration on every page with a diagram, and the
 * lifecycle diagrams sit below the fold: Lighthouse counted it as seconds of blocking time.
 * The placeholder keeps roughly the diagram's height, so the page does not jump much.
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

  return near ? <Mermaid {...props} /> : <div ref={ref} className={styles.placeholder} data-mermaid-pending="" />;
}
