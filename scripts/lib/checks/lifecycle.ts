/**
 * Lifecycle lines that lab containers print, the way Kubernetes' node e2e lifecycle tests
 * record `Starting`/`Started`/`Exiting` per container:
 *
 *   LIFECYCLE <seconds since boot> <container> <event>
 *
 * The time is the first field of /proc/uptime (10 ms resolution), one clock for every
 * container on the node, readable by Debian's busybox 1.35 (no `date +%N`) and busybox:1.36.
 * Pure: the runner fetches the text (container logs), this module only reads it.
 */
import type { LabLang } from '../labs/lab-text';
import { messages } from '../output/messages';

export interface LifecycleEvent {
  /** Seconds since the node booted, 10 ms resolution. */
  t: number;
  container: string;
  event: string;
}

const LINE = /^LIFECYCLE (\d+(?:\.\d+)?) ([a-z0-9]([-a-z0-9]*[a-z0-9])?) ([A-Za-z]+)\s*$/;

/**
 * Every lifecycle line of `text` in time order. Other lines are ignored; kubectl may prefix
 * nothing but the same line can come from two sources (a container's current and previous
 * log, a file and stdout), so exact duplicates count once.
 */
export function parseLifecycle(text: string): LifecycleEvent[] {
  const seen = new Set<string>();
  const events: LifecycleEvent[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const m = LINE.exec(line);
    if (!m || seen.has(line)) continue;
    seen.add(line);
    events.push({ t: Number(m[1]), container: m[2], event: m[4] });
  }
  // Stable: lines with the same timestamp keep the order in which they were read.
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.t - b.e.t || a.i - b.i).map(({ e }) => e);
}

/** The events of one container and kind, oldest first. */
export function occurrences(events: LifecycleEvent[], container: string, event: string): LifecycleEvent[] {
  return events.filter((e) => e.container === container && e.event === event);
}

/** Milliseconds from `a` to `b` (negative when b came first), rounded to the clock's 10 ms. */
export function gapMs(a: LifecycleEvent, b: LifecycleEvent): number {
  return Math.round((b.t - a.t) * 100) * 10;
}

/** `main-app Starting @2042.24s` for evidence lines; one never seen in `lang` (else the CLI's --lang). */
export function describeEvent(e: LifecycleEvent | undefined, container: string, event: string, lang?: LabLang): string {
  return e ? `${container} ${event} @${e.t.toFixed(2)}s` : messages(lang).evidence.neverRecorded(container, event);
}

/** A compact timeline for evidence: `sidecar Starting 0ms, main Starting +420ms, …`; its few words in `lang` (else the CLI's --lang). */
export function timeline(events: LifecycleEvent[], max = 12, lang?: LabLang): string {
  const m = messages(lang).evidence;
  if (events.length === 0) return m.noLifecycleLines;
  const t0 = events[0];
  const parts = events.slice(0, max).map((e) => `${e.container} ${e.event} +${gapMs(t0, e)}ms`);
  return parts.join(', ') + (events.length > max ? `, ${m.moreEvents(String(events.length - max))}` : '');
}
