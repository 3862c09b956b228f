import React, { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import OriginalNavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { whenIdle } from '@site/src/client/when-idle';

/**
 * Docusaurus' mobile navigation drawer, mounted when the main thread is idle after hydration (as a
 * transition, which React renders in ~5 ms slices), or as soon as the reader touches or focuses
 * the menu button before that: it is then in place, closed, when the button's click opens it, so
 * it slides in as upstream's does. Once mounted it stays.
 *
 * Upstream mounts it as soon as the window is known to be a phone's, in the synchronous renders
 * that follow hydration: its navbar items, then, in two more renders, the docs sidebar it shows.
 * On the sidecar-containers page those renders went from ~330 components to ~120 without it (one
 * count, in a build patched to log each render); in a Chromium trace they were one ~26 ms task
 * (issue 13: Total Blocking Time at a phone's 4x CPU slowdown).
 */
export default function NavbarMobileSidebar(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (mounted) return undefined;
    if (shown) {
      setMounted(true);
      return undefined;
    }
    const mount = () => setMounted(true);
    const onToggle = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.navbar__toggle')) mount();
    };
    document.addEventListener('pointerdown', onToggle, true);
    document.addEventListener('focusin', onToggle, true);
    const cancel = whenIdle(() => startTransition(mount));
    return () => {
      cancel();
      document.removeEventListener('pointerdown', onToggle, true);
      document.removeEventListener('focusin', onToggle, true);
    };
  }, [mounted, shown]);
  return mounted || shown ? <OriginalNavbarMobileSidebar /> : null;
}
