/**
 * A namespace's events as lines in time order, for what a failed lab reports (diagnostics.ts).
 * Pure, so the unit tests feed it events as the API server returns them.
 *
 * Why not sort by one timestamp: events come in two shapes (k8s API reference, Event v1). Those
 * of the kubelet (`Pulled`, `Created`, `Started`) carry `firstTimestamp`/`lastTimestamp` with
 * whole seconds and no `eventTime`; those of the scheduler (`Scheduled`) carry `eventTime` with
 * microseconds and null timestamps. Compared as they are, `Started` at 12:00:42 sorts before
 * `Scheduled` at 12:00:42.31, although the Pod was scheduled first; compared as strings, the
 * order is the alphabet's. So events are ordered by the second they happened in (the coarser of
 * the two clocks), and within one second by `metadata.resourceVersion`: etcd's revision, which
 * grows with every write, so the event written first comes first.
 */
export interface KubeEvent {
  metadata?: { resourceVersion?: string };
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string; fieldPath?: string };
}

/** When an event last happened, to the second (`2026-11-29T15:19:42Z`); '' when it has no time. */
export function eventSecond(e: KubeEvent): string {
  const t = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? '';
  return t.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, '');
}

/** Events ordered by the second they last happened in, then by etcd revision (see above). */
export function inTimeOrder(events: KubeEvent[]): KubeEvent[] {
  const rv = (e: KubeEvent) => Number(e.metadata?.resourceVersion ?? 0);
  return [...events].sort((a, b) => Date.parse(eventSecond(a) || '0') - Date.parse(eventSecond(b) || '0') || rv(a) - rv(b));
}

/** `2026-11-29T15:19:42Z Normal Scheduled Pod/app: Successfully assigned …`, one per event, in time order. */
export function eventLines(events: KubeEvent[]): string[] {
  return inTimeOrder(events).map((e) => {
    const obj = e.involvedObject;
    const what = `${obj?.kind ?? ''}/${obj?.name ?? ''}${obj?.fieldPath ? ` ${obj.fieldPath}` : ''}`;
    const times = e.count && e.count > 1 ? ` (×${e.count})` : '';
    return `${eventSecond(e)} ${e.type ?? ''} ${e.reason ?? ''} ${what}: ${e.message ?? ''}${times}`.trim();
  });
}
