/**
 * Pure geometry of the container timeline: seconds from the first Pod's creation, bar positions
 * in percent of the axis, and round tick marks. Kept out of the component so it is unit-tested.
 */
import type { Evidence, TimelineEntry } from '@site/scripts/lib/evidence/evidence-schema';

export interface Bar {
  entry: TimelineEntry;
  /** Seconds after time 0; undefined when the container never started. */
  start?: number;
  /** Seconds after time 0: its finish, or when the status was read if it was still running. */
  end?: number;
  /** Still running (or waiting) when the status was read: the bar runs off the right edge. */
  open: boolean;
  /** Percent of the axis. */
  left: number;
  width: number;
}

export interface Chart {
  /** Length of the axis in seconds. */
  span: number;
  bars: Bar[];
  ticks: number[];
}

const seconds = (iso: string, origin: number) => Math.max(0, (Date.parse(iso) - origin) / 1000);

/** A round step giving at most ~6 ticks. */
export function tickStep(span: number): number {
  return [1, 2, 5, 10, 15, 30, 60, 120, 300].find((s) => span / s <= 6) ?? 600;
}

export function chartOf(e: Pick<Evidence, 'timeline' | 'timelineOrigin' | 'observedAt'>): Chart {
  const origin = Date.parse(e.timelineOrigin);
  const observed = seconds(e.observedAt, origin);
  const raw = e.timeline.map((entry) => {
    const start = entry.start ? seconds(entry.start, origin) : undefined;
    const end = entry.end ? seconds(entry.end, origin) : start !== undefined ? observed : undefined;
    return { entry, start, end, open: start !== undefined && !entry.end };
  });
  // At least 1 s, and whole seconds: the status timestamps have 1 s resolution.
  const span = Math.max(1, Math.ceil(Math.max(observed, ...raw.map((b) => b.end ?? 0))));
  const step = tickStep(span);
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => i * step);
  const pct = (s: number) => Math.round((s / span) * 10000) / 100;
  const bars = raw.map((b) => ({
    ...b,
    left: b.start === undefined ? 0 : pct(b.start),
    width: b.start === undefined || b.end === undefined ? 0 : pct(b.end - b.start),
  }));
  return { span, bars, ticks };
}

/** `3.2초`, `12초`: how the page writes a number of seconds (`unit` is the translated `초`, e.g. `s`). */
export function formatSeconds(s: number, unit = '초'): string {
  return `${Number.isInteger(s) ? s : s.toFixed(1)}${unit}`;
}
