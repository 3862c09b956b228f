import { describe, expect, it } from 'vitest';
import { chartOf, formatSeconds, tickStep } from './chart';

const base = { pod: 'p', restarts: 0, state: 'running' };

describe('chartOf', () => {
  const chart = chartOf({
    timelineOrigin: '2025-01-01T00:00:00Z',
    observedAt: '2025-01-01T00:00:09.400Z',
    timeline: [
      { ...base, container: 'init', kind: 'init', start: '2025-01-01T00:00:01Z', end: '2025-01-01T00:00:03Z', state: 'terminated' },
      { ...base, container: 'app', kind: 'main', start: '2025-01-01T00:00:05Z' },
      { ...base, container: 'never', kind: 'main', state: 'waiting' },
    ],
  });

  it('places bars in percent of an axis that reaches the moment the status was read', () => {
    expect(chart.span).toBe(10);
    expect(chart.bars.map(({ left, width, open }) => ({ left, width, open }))).toEqual([
      { left: 10, width: 20, open: false },
      { left: 50, width: 44, open: true },
      { left: 0, width: 0, open: false },
    ]);
    expect(chart.ticks).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('picks round tick steps and writes seconds in Korean', () => {
    expect([tickStep(3), tickStep(12), tickStep(40), tickStep(200)]).toEqual([1, 2, 10, 60]);
    expect(formatSeconds(4)).toBe('4초');
    expect(formatSeconds(4.25)).toBe('4.3초');
    expect(formatSeconds(4.25, 's')).toBe('4.3s');
  });
});
