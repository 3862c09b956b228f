/**
 * Docusaurus prefetches a page's chunks when a link to it scrolls into view: each link's
 * IntersectionObserver calls `window.docusaurus.prefetch(path)`, which matches the path against
 * every route and adds a `<link rel=prefetch>` per chunk. Right after hydration every link on
 * screen does this in one task (~25 ms in a Chromium trace of a pattern page, ~100 ms at a
 * phone's 4x CPU slowdown: part of its Total Blocking Time, issue 13). This client module keeps
 * that prefetch, but queues the paths and prefetches them when the main thread is idle
 * (`requestIdleCallback`, or a 50 ms timer where there is none), one path per idle callback
 * (one path's prefetch took 1–3 ms in the trace; several in one callback made a ~25 ms task
 * again). Hovering a link still loads its page at once (`docusaurus.preload`, not wrapped).
 *
 * Docusaurus sets `window.docusaurus` (a frozen object) before the first render, and the
 * observers look `window.docusaurus.prefetch` up at call time, so replacing that object on the
 * first `onRouteDidUpdate` (which runs on the initial render, before any observer fires) with a
 * copy whose `prefetch` queues catches every call.
 */
import { whenIdle } from './when-idle';

type Prefetch = (path: string) => unknown;
interface DocusaurusGlobal {
  prefetch: Prefetch;
}

const queue: string[] = [];
let scheduled = false;
let original: Prefetch | undefined;

function drain(): void {
  scheduled = false;
  const path = queue.shift();
  if (path !== undefined) original?.(path);
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(drain);
}

/**
 * `docusaurus` (Docusaurus' frozen `window.docusaurus`) with `prefetch` replaced by the idle queue.
 * Exported for its unit test.
 */
export function withIdlePrefetch<T extends DocusaurusGlobal>(docusaurus: T): T {
  original = docusaurus.prefetch.bind(docusaurus);
  return {
    ...docusaurus,
    prefetch: (path: string) => {
      queue.push(path);
      schedule();
      return true;
    },
  };
}

export function onRouteDidUpdate(): void {
  const w = window as unknown as { docusaurus?: DocusaurusGlobal };
  if (w.docusaurus && !original) w.docusaurus = withIdlePrefetch(w.docusaurus);
}
