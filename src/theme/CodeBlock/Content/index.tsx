import React, { memo, useMemo, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Content';
import OriginalContent from '@theme-original/CodeBlock/Content';
import { CodeBlockContextProvider, useCodeBlockContext } from '@docusaurus/theme-common/internal';

// `@theme-original/*` is typed `any`: give it the swizzled component's props.
const MemoContent = memo(OriginalContent as (props: Props) => ReactNode);

/**
 * Docusaurus' code (the `<pre>` with its lines and tokens), rendered again only when the code,
 * its line classes or the Prism theme change, not whenever the word-wrap state does. On a phone
 * `useCodeWordWrap` finds the code wider than the screen right after hydration and sets state; the
 * block's context then changes, and upstream re-rendered every line and token of every block (on
 * a pattern page ~2,300 components, ~60 ms in one task in a Chromium trace, ~250 ms at a phone's
 * 4x CPU slowdown: most of its Total Blocking Time, issue 13). The code reads only the block's
 * metadata and `wordWrap.codeBlockRef` (a ref: the same object for the block's life), so it gets
 * a context of its own that changes with those alone. The word-wrap and copy buttons keep reading
 * the block's live context; the theme still reaches the code (it reads the color mode itself).
 */
export default function CodeBlockContent(props: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { codeBlockRef } = wordWrap;
  // Only codeBlockRef is read below this point (upstream's Content and Code); the other fields
  // are the values of the render that made this object.
  const codeWordWrap = useMemo(() => wordWrap, [codeBlockRef]);
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={codeWordWrap}>
      <MemoContent {...props} />
    </CodeBlockContextProvider>
  );
}
