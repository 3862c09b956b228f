import React, { type ReactNode } from 'react';

interface Props {
  /** Plain text in which `backticked` parts are field or object names. */
  text: string;
}

/** Renders lab strings (with `code` in backticks) without a Markdown parser. */
export default function CodeSpans({ text }: Props): ReactNode {
  // split with a capture group: odd indexes are the parts that were inside backticks.
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
