import React, { isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** Plain string children become one string, so the copy button copies the code (as upstream does). */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * Docusaurus' CodeBlock, without its `key={String(isBrowser)}`: that key re-created every code
 * block right after hydration (all their DOM, in one blocking task: most of the pattern pages'
 * Total Blocking Time), so that hydration would not keep SSR's light token colors in dark mode.
 * Since Docusaurus 3.x `useColorMode()` reports the default (light) mode during hydration and the
 * reader's mode in an effect after it, so a dark reader's code blocks get an ordinary update that
 * does change the inline colors (a browser test checks dark mode).
 */
export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  const Content = typeof children === 'string' ? StringContent : ElementContent;
  return <Content {...props}>{children as string}</Content>;
}
