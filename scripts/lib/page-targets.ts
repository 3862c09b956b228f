/**
 * What `npm run bench:pages` holds every page to (issue 13, "fast on phones, every page"), and the
 * pure helpers that turn Lighthouse results into its table: which targets a page misses, and
 * min/median/max per locale.
 */

/** The figures of one page: the median run's (by performance score). */
export interface PageFigures {
  route: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
}

/** Mobile Lighthouse, median of the runs. */
export const TARGETS = { performance: 98, lcpMs: 1500, tbtMs: 100, otherScores: 100 } as const;

/** The targets a page misses, as short labels (`perf 96 < 98`, `LCP 2.1 s > 1.5 s` …); empty when it meets them all. */
export function missedTargets(p: PageFigures): string[] {
  const missed: string[] = [];
  if (p.performance < TARGETS.performance) missed.push(`perf ${p.performance} < ${TARGETS.performance}`);
  if (p.lcp > TARGETS.lcpMs) missed.push(`LCP ${seconds(p.lcp)} > ${seconds(TARGETS.lcpMs)}`);
  if (p.tbt > TARGETS.tbtMs) missed.push(`TBT ${Math.round(p.tbt)} ms > ${TARGETS.tbtMs} ms`);
  for (const id of ['accessibility', 'best-practices', 'seo'] as const) {
    if (p[id] < TARGETS.otherScores) missed.push(`${id} ${p[id]}`);
  }
  return missed;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The value in the middle (the lower middle one for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The locale of a built page's route: the first path segment when it is one of `locales` (the
 * folders of the other editions, `en` for `/en/docs/x`), else `defaultLocale`.
 */
export function localeOf(route: string, locales: string[], defaultLocale: string): string {
  const first = route.split('/')[1] ?? '';
  return locales.includes(first) ? first : defaultLocale;
}

/** `perf 97/98/99  LCP 1.2/1.3/1.4 s  TBT 0/20/90 ms` (min/median/max) for a group of pages. */
export function summaryLine(pages: PageFigures[]): string {
  const mmm = (values: number[], f: (v: number) => string) =>
    `${f(Math.min(...values))}/${f(median(values))}/${f(Math.max(...values))}`;
  return [
    `perf ${mmm(pages.map((p) => p.performance), String)}`,
    `LCP ${mmm(pages.map((p) => p.lcp), (v) => (v / 1000).toFixed(2))} s`,
    `TBT ${mmm(pages.map((p) => p.tbt), (v) => String(Math.round(v)))} ms`,
  ].join('  ');
}
