/** Events in time order: the two shapes the API server gives (kubelet: whole seconds; scheduler: eventTime in µs). */
import { describe, expect, it } from 'vitest';
import { eventLines, inTimeOrder, type KubeEvent } from './events';

// As `kubectl get events -o json` returns them for one Pod (API order: by name), trimmed.
const started: KubeEvent = { metadata: { resourceVersion: '1203' }, firstTimestamp: '2026-11-29T15:19:42Z', lastTimestamp: '2026-11-29T15:19:42Z', eventTime: null, type: 'Normal', reason: 'Started', involvedObject: { kind: 'Pod', name: 'app', fieldPath: 'spec.containers{app}' }, message: 'Started container app' };
const scheduled: KubeEvent = { metadata: { resourceVersion: '1190' }, firstTimestamp: null, lastTimestamp: null, eventTime: '2026-11-29T15:19:42.311204Z', type: 'Normal', reason: 'Scheduled', involvedObject: { kind: 'Pod', name: 'app' }, message: 'Successfully assigned lab/app to node' };
const pulled: KubeEvent = { metadata: { resourceVersion: '1199' }, firstTimestamp: '2026-11-29T15:19:42Z', lastTimestamp: '2026-11-29T15:19:42Z', type: 'Normal', reason: 'Pulled', involvedObject: { kind: 'Pod', name: 'app', fieldPath: 'spec.containers{app}' }, message: 'Container image "busybox:1.36" already present on machine' };
const backoff: KubeEvent = { metadata: { resourceVersion: '1100' }, firstTimestamp: '2026-11-29T15:19:40Z', lastTimestamp: '2026-11-29T15:19:51Z', count: 3, type: 'Warning', reason: 'BackOff', involvedObject: { kind: 'Pod', name: 'app' }, message: 'Back-off restarting failed container' };

describe('events in time order', () => {
  it('Scheduled (eventTime, µs) comes before Started in the same second (whole seconds), not after it', () => {
    expect(inTimeOrder([started, scheduled, pulled]).map((e) => e.reason)).toEqual(['Scheduled', 'Pulled', 'Started']);
  });

  it('an event that repeated sorts by when it last happened, and says how often', () => {
    const lines = eventLines([backoff, started, scheduled]);
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['Scheduled', 'Started', 'BackOff']);
    expect(lines[2]).toBe('2026-11-29T15:19:51Z Warning BackOff Pod/app: Back-off restarting failed container (×3)');
  });

  it('prints every time to the second, as the kubelet reports them', () => {
    expect(eventLines([scheduled])[0]).toBe('2026-11-29T15:19:42Z Normal Scheduled Pod/app: Successfully assigned lab/app to node');
  });
});
