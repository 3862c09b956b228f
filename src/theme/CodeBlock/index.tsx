import React, { isValidElement, useMemo, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import { translate } from '@docusaurus/Translate';
import { useThemeConfig } from '@docusaurus/theme-common';
import { CodeBlockContextProvider, createCodeBlockMetadata } from '@docusaurus/theme-common/internal';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import ElementContent from '@theme/CodeBlock/Content/Element';
import { recordingLines } from '@site/src/utils/recordingLines';
import { useCodeWordWrap } from './useCodeWordWrap';
import styles from './styles.module.css';

/** Plain string children become one string, so the copy button copies the code (as upstream does). */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * Upstream's `CodeBlock/Content/String`, plus one thing: the lines that only record the lab's
 * LIFECYCLE timeline (src/utils/recordingLines.ts) get a class that dims and marks them, and the
 * block a legend above it saying what they are, so a manifest reads as the pattern first. Only classes
 * change: the code, and what the copy button copies, is the whole file.
 */
function StringContent(props: Omit<Props, 'children'> & { children: string }): ReactNode {
  const { prism } = useThemeConfig();
  const { children: code, className, metastring, language, title, showLineNumbers } = props;
  // Made once per code: the block re-renders after hydration (useCodeWordWrap's state), and new
  // metadata would re-render every line of it (see ./Content).
  const { metadata, recording } = useMemo(() => {
    const metadata = createCodeBlockMetadata({
      code,
      className,
      metastring,
      magicComments: prism.magicComments,
      defaultLanguage: prism.defaultLanguage,
      language,
      title,
      showLineNumbers,
    });
    const recording = recordingLines(metadata.code, metadata.language);
    for (const i of recording) metadata.lineClassNames[i] = [...(metadata.lineClassNames[i] ?? []), styles.recording];
    return { metadata, recording };
  }, [code, className, metastring, prism, language, title, showLineNumbers]);
  const wordWrap = useCodeWordWrap();
  return (
    <>
      {recording.length > 0 && (
        <p className={styles.legend} data-testid="recording-legend">
          <span className={styles.swatch} aria-hidden="true" />
          {translate({
            id: 'codeBlock.recording',
            message: '흐린 줄은 실습이 컨테이너의 시작·종료 시각을 남기는 기록(LIFECYCLE)이다. 확인 항목이 이 기록을 읽고, 패턴에는 필요 없다. 복사 버튼은 파일 전체를 복사한다.',
          })}
        </p>
      )}
      <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
        <CodeBlockLayout className={recording.length > 0 ? styles.withRecording : undefined} />
      </CodeBlockContextProvider>
    </>
  );
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
  if (typeof children === 'string') return <StringContent {...props}>{children}</StringContent>;
  return <ElementContent {...props}>{children as string}</ElementContent>;
}
