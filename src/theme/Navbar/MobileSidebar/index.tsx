import React, { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import OriginalNavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { whenIdle } from '@site/src/client/when-idle';

/**
 * Docusaurus' mobile navigation drawer, mounted when the main thread is idle after hydration (as a
 * transition, which React renders in ~5 ms slices), or at once when the reader opens it first.
 * Upstream mounts it as soon as the window is known to be a phone's, in the synchronous renders
 * that follow hydration: its navbar items, then, in two more renders, the docs sidebar it shows.
 * On the sidecar-containers page those renders went from ~330 components to ~120 without it
 * (counted in a build that logs each render); they ran as one ~26 ms task in a Chromium trace
 * (~100 ms at a phone's 4x CPU slowdown, issue 13). The drawer is hidden until the menu button is
 * pressed, so nothing changes for the reader.
 */
export default function NavbarMobileSidebar(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setIdle(true))), []);
  return idle || shown ? <OriginalNavbarMobileSidebar /> : null;
}
