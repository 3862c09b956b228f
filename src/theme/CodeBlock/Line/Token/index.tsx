import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Line/Token';

/**
 * Docusaurus' code token (a `<span>` per Prism token), except that text Prism did not highlight
 * (`token plain`, with no style of its own: it takes the block's colors) is written as text, not
 * wrapped in a span. A pattern page's manifests had ~260 such spans (a seventh of the page's
 * elements), each laid out on first paint and walked by hydration (issue 13: phone performance).
 * Same text, same colors; an empty line's token (styled `display: inline-block`) stays a span.
 */
export default function CodeBlockLineToken({ line: _line, token, ...props }: Props): ReactNode {
  if (token.types.length === 1 && token.types[0] === 'plain' && !props.style) return props.children;
  return <span {...props} />;
}
