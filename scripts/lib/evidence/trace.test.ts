import { describe, expect, it } from 'vitest';
import { exec } from '../exec';
import { latestPods, lifecycleOf, lineStamper, originOf, stamp, timelineOf } from './trace';
import type { Pod } from '../checks/pod';

/** Shaped like `kubectl get pod -o json` of the native-sidecar lab after an init container ran. */
const pod: Pod = {
  metadata: { name: 'web', creationTimestamp: '2025-01-01T00:00:10Z' } as Pod['metadata'],
  spec: {
    initContainers: [{ name: 'setup' }, { name: 'shipper', restartPolicy: 'Always' } as { name: string }],
    containers: [{ name: 'app' }, { name: 'late' }],
  },
  status: {
    initContainerStatuses: [
      { name: 'setup', state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2025-01-01T00:00:11Z', finishedAt: '2025-01-01T00:00:12Z' } }, restartCount: 0 },
      { name: 'shipper', state: { running: { startedAt: '2025-01-01T00:00:15Z' } }, lastState: { terminated: { exitCode: 1, startedAt: '2025-01-01T00:00:13Z', finishedAt: '2025-01-01T00:00:14Z' } }, restartCount: 1 },
    ],
    containerStatuses: [
      { name: 'app', state: { running: { startedAt: '2025-01-01T00:00:17Z' } }, restartCount: 0 },
      { name: 'late', state: { waiting: { reason: 'PodInitializing' } } },
    ],
  },
};

describe('timelineOf', () => {
  it('gives each container its kind, first start, finish and restarts', () => {
    expect(timelineOf([pod])).toEqual([
      { pod: 'web', container: 'setup', kind: 'init', start: '2025-01-01T00:00:11Z', end: '2025-01-01T00:00:12Z', restarts: 0, exitCode: 0, state: 'terminated exit 0 (Completed)' },
      { pod: 'web', container: 'shipper', kind: 'sidecar', start: '2025-01-01T00:00:13Z', restarts: 1, state: 'running' },
      { pod: 'web', container: 'app', kind: 'main', start: '2025-01-01T00:00:17Z', restarts: 0, state: 'running' },
      { pod: 'web', container: 'late', kind: 'main', restarts: 0, state: 'waiting (PodInitializing)' },
    ]);
  });

  it('orders Pods by creation and takes the earliest as time 0', () => {
    const db: Pod = { metadata: { name: 'db', creationTimestamp: '2025-01-01T00:00:30Z' } as Pod['metadata'], spec: { containers: [{ name: 'db' }] } };
    expect(timelineOf([db, pod]).map((r) => r.pod)).toEqual(['web', 'web', 'web', 'web', 'db']);
    expect(originOf([db, pod], 'fallback')).toBe('2025-01-01T00:00:10Z');
    expect(originOf([], 'fallback')).toBe('fallback');
  });
});

describe('lifecycleOf', () => {
  it('reads LIFECYCLE lines and ignores the rest', () => {
    const log = 'hello\nLIFECYCLE 1234.56 app Starting\nLIFECYCLE 1235.01 app Started\nnot LIFECYCLE 1 x Exiting\nLIFECYCLE 1300 app Exiting\n';
    expect(lifecycleOf('web', log)).toEqual([
      { pod: 'web', container: 'app', uptime: 1234.56, event: 'Starting' },
      { pod: 'web', container: 'app', uptime: 1235.01, event: 'Started' },
      { pod: 'web', container: 'app', uptime: 1300, event: 'Exiting' },
    ]);
  });
});

describe('latestPods', () => {
  it('keeps the last object of each Pod uid, also of Pods deleted since', () => {
    const v = (uid: string, name: string, phase: string) => JSON.stringify({ metadata: { name, uid }, status: { phase } });
    const pods = latestPods([v('1', 'a', 'Pending'), v('1', 'a', 'Running'), v('2', 'a', 'Pending'), '{"metadata":{"na']);
    expect(pods.map((p) => [p.metadata.name, p.status?.phase])).toEqual([['a', 'Running'], ['a', 'Pending']]);
  });

  it('labels a Pod created again under the same name', () => {
    const again = { ...pod, metadata: { ...pod.metadata, creationTimestamp: '2025-01-01T00:01:00Z' } };
    expect([...new Set(timelineOf([pod, again]).map((r) => r.pod))]).toEqual(['web', 'web (2)']);
  });
});

describe('transcript lines', () => {
  it('are stamped with seconds since the run started, when each line completes', () => {
    let now = 1000;
    const s = lineStamper(0, () => now);
    s.push('NAME   READY\nweb    0/2');
    now = 2500;
    s.push('\nweb    1/2\n');
    s.push('web    2/2');
    now = 3000;
    s.flush();
    expect(s.lines).toEqual(['   1.0s  NAME   READY', '   2.5s  web    0/2', '   2.5s  web    1/2', '   3.0s  web    2/2']);
    expect(stamp('x', 0, 12_345)).toBe('  12.3s  x');
  });
});

describe('exec with a signal', () => {
  // A real process (one, like kubectl: SIGTERM goes to it, not to children it might start):
  // the watch is stopped this way, and must resolve with what it printed.
  it('stops a long-running command and resolves with its output so far', async () => {
    const abort = new AbortController();
    const chunks: string[] = [];
    const running = exec(['sh', '-c', 'echo first; exec sleep 30'], { signal: abort.signal, onOutput: (c) => chunks.push(c) });
    while (chunks.length === 0) await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    abort.abort();
    const r = await running;
    expect(r.stdout).toBe('first\n');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
