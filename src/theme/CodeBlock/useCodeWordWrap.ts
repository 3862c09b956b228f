import { useCallback, useEffect, useRef, useState } from 'react';
import type { useCodeWordWrap as upstreamUseCodeWordWrap } from '@docusaurus/theme-common/internal';
import { whenIdle } from '@site/src/client/when-idle';

/** What the code block's context holds as `wordWrap` (upstream's type, not exported by name). */
type WordWrap = ReturnType<typeof upstreamUseCodeWordWrap>;

/**
 * Docusaurus' `useCodeWordWrap` (theme-common 3.10, `hooks/useCodeWordWrap.js`), with one change:
 * whether the code is wider than its block (which shows the word-wrap button) is first checked
 * when the main thread is idle, each block in a task of its own, instead of in an effect right
 * after hydration. Code blocks are laid out only when they come near the screen
 * (`content-visibility: auto`, src/css/custom.css); measuring every block in the effects that
 * follow hydration made the browser lay them all out there, in one long task. Upstream also
 * re-checks when a hidden tab panel holding the block is shown; the site has no tabs, so that part
 * is left out. The toggle and the resize check are upstream's.
 */
export function useCodeWordWrap(): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement | null>(null);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long words and tokens wrap too: no scrollbar in any case.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  const updateCodeIsScrollable = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || !!pre.querySelector('code')?.hasAttribute('style'));
  }, []);

  useEffect(() => whenIdle(updateCodeIsScrollable), [isEnabled, updateCodeIsScrollable]);
  useEffect(() => {
    window.addEventListener('resize', updateCodeIsScrollable, { passive: true });
    return () => window.removeEventListener('resize', updateCodeIsScrollable);
  }, [updateCodeIsScrollable]);

  return { codeBlockRef, isEnabled, isCodeScrollable, toggle };
}
