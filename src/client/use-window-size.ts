import { startTransition, useEffect, useState } from 'react';

/** `'ssr'` during the server render and hydration, then the window's class by its width. */
export type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's breakpoint, the same as Docusaurus' (its CSS hard-codes it too). */
const DESKTOP_BREAKPOINT = 996;

/**
 * Docusaurus' `useWindowSize` (theme-common 3.10, hooks/useWindowSize.js; src/plugins/staged-entry.ts
 * puts this module in its place), with one change: the first update after hydration, from `'ssr'`
 * to the window's size, is a transition. On a phone that update swaps the desktop sidebar and
 * table of contents for their mobile forms and re-renders the navbar; upstream's was part of the
 * synchronous render that follows hydration, one task (issue 13: Total Blocking Time on a phone).
 * As a transition React renders it in ~5 ms slices: on the sidecar-containers page the synchronous
 * render went from ~120 components to ~60 (one count, in a build patched to log each render). Later
 * updates (a resize) are immediate, as upstream's are.
 */
export function useWindowSize({ desktopBreakpoint = DESKTOP_BREAKPOINT }: { desktopBreakpoint?: number } = {}): WindowSize {
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => setWindowSize(window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile');
    startTransition(update);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
