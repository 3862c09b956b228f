import React, { useEffect, useState, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Buttons';
import OriginalButtons from '@theme-original/CodeBlock/Buttons';
import { whenIdle } from '@site/src/client/when-idle';

/**
 * Docusaurus' copy and word-wrap buttons, mounted when the main thread is idle after hydration,
 * each block's in a task of its own. Upstream renders them in the browser only (`BrowserOnly`),
 * so every block's buttons (their SVG icons) were created in the one synchronous commit that
 * follows hydration: with the navbar's and sidebar's own updates, a ~30 ms task in a Chromium
 * trace of the sidecar-containers page (~120 ms at a phone's 4x CPU slowdown, issue 13), ~40% of
 * it creating DOM; without the buttons that task took 13–26 ms in three traces. Nothing
 * changes for the reader: the buttons still appear only once the page can run them.
 */
export default function CodeBlockButtons(props: Props): ReactNode {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle ? <OriginalButtons {...props} /> : null;
}
