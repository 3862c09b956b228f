import { describe, expect, it } from 'vitest';
import { localeOf, median, missedTargets, summaryLine, type PageFigures } from './page-targets';

const good: PageFigures = { route: '/', performance: 99, accessibility: 100, 'best-practices': 100, seo: 100, lcp: 1200, tbt: 40 };

describe('page targets', () => {
  it('names every target a page misses, and none when it meets them', () => {
    expect(missedTargets(good)).toEqual([]);
    expect(missedTargets({ ...good, performance: 96, lcp: 2100, tbt: 180, seo: 92 })).toEqual(['perf 96 < 98', 'LCP 2.1 s > 1.5 s', 'TBT 180 ms > 100 ms', 'seo 92']);
  });

  it('groups routes by locale and sums them up as min/median/max', () => {
    expect(localeOf('/en/docs/x', ['en'], 'ko')).toBe('en');
    expect(localeOf('/docs/x', ['en'], 'ko')).toBe('ko');
    expect(median([3, 1, 2])).toBe(2);
    expect(summaryLine([good, { ...good, performance: 97, lcp: 1500, tbt: 120 }, { ...good, performance: 100, lcp: 900, tbt: 0 }])).toBe(
      'perf 97/99/100  LCP 0.90/1.20/1.50 s  TBT 0/40/120 ms',
    );
  });
});
