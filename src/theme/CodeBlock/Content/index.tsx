import React, { memo, type ReactNode, type RefObject } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock/Content';
import { usePrismTheme } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { Highlight } from 'prism-react-renderer';
// Upstream's own CSS modules (the same files, so the same class names as its Content and Line).
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import lineStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';
import { codeLinesHtml } from './linesHtml';

type CodeProps = {
  className?: string;
  language: string;
  code: string;
  lineClassNames: Record<number, string[]>;
  lineNumbersStart?: number;
  codeBlockRef: RefObject<HTMLPreElement | null>;
};

/**
 * The `<pre><code>` of a code block, its lines written as one HTML string rather than as a React
 * element per line and per token: the elements, classes and inline colors of Docusaurus'
 * `CodeBlock/Content`, `Line` and `Line/Token`, except that text Prism did not highlight has no
 * span of its own (see ./linesHtml.ts). The built site's code blocks were the same, block by
 * block, as with the React rendering this replaced (compared once, when it was written).
 * Hydration rendered ~3,500 components on the sidecar-containers page, ~2,400 of them code lines
 * and tokens, and now ~1,100 (one count, in a build patched to log each render; issue 13: Total
 * Blocking Time on a phone): React hydrates an element with `dangerouslySetInnerHTML` without
 * visiting its content. Rendered again only when the code, its line classes or the Prism theme
 * change: for a reader in dark mode, once after hydration (the color mode is light until then),
 * when React replaces the lines with the dark theme's.
 */
const Code = memo(function Code({ className, language, code, lineClassNames, lineNumbersStart, codeBlockRef }: CodeProps): ReactNode {
  const prismTheme = usePrismTheme();
  const showLineNumbers = lineNumbersStart !== undefined;
  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({ className: prismClassName, style, tokens, getLineProps, getTokenProps }) => (
        <pre
          ref={codeBlockRef}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- upstream's: code scrolls by keyboard
          tabIndex={0}
          className={clsx(className, prismClassName, styles.codeBlock, 'thin-scrollbar')}
          style={style}
        >
          <code
            className={clsx(styles.codeBlockLines, showLineNumbers && styles.codeBlockLinesWithNumbering)}
            style={showLineNumbers ? { counterReset: `line-count ${lineNumbersStart - 1}` } : undefined}
            dangerouslySetInnerHTML={{
              __html: codeLinesHtml(tokens, {
                getLineProps,
                getTokenProps,
                lineClassNames,
                lineNumbers: showLineNumbers ? { line: lineStyles.codeLine, number: lineStyles.codeLineNumber, content: lineStyles.codeLineContent } : undefined,
              }),
            }}
          />
        </pre>
      )}
    </Highlight>
  );
});

/**
 * Docusaurus' `CodeBlock/Content`: the code of the block in context. The word-wrap and copy
 * buttons read the block's live context; the code reads only its metadata and the `<pre>`'s ref
 * (the same object for the block's life), so it renders again with those alone, not whenever the
 * word-wrap state changes (on a phone `useCodeWordWrap` finds the code wider than the screen
 * after hydration and sets state).
 */
export default function CodeBlockContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { code, language, lineClassNames, lineNumbersStart } = metadata;
  return (
    <Code
      className={className}
      code={code}
      language={language}
      lineClassNames={lineClassNames}
      lineNumbersStart={lineNumbersStart}
      codeBlockRef={wordWrap.codeBlockRef}
    />
  );
}
