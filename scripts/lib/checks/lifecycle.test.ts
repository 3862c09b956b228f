/** Lifecycle lines as a real cluster printed them (Kubernetes v1.34.4, containerd, busybox 1.35/nginx 1.27). */
import { describe, expect, it } from 'vitest';
import { gapMs, occurrences, parseLifecycle, timeline } from './lifecycle';

// `kubectl logs -f` of each container of a Pod with a native sidecar, a busybox main and nginx,
// streamed while the Pod was deleted (the runner concatenates the containers' logs like this).
const recorded = `LIFECYCLE 2042.24 main Starting
LIFECYCLE 2042.24 main Started
LIFECYCLE 2052.12 main Exiting
LIFECYCLE 2042.31 nginx Starting
2026/11/28 16:17:25 [notice] 1#1: using the "epoll" event method
LIFECYCLE 2041.82 sidecar Starting
LIFECYCLE 2041.82 sidecar Started
LIFECYCLE 2052.25 sidecar Exiting
`;

describe('parseLifecycle', () => {
  it('reads every LIFECYCLE line in time order and ignores other output', () => {
    const events = parseLifecycle(recorded);
    expect(events.map((e) => `${e.container} ${e.event}`)).toEqual([
      'sidecar Starting', 'sidecar Started', 'main Starting', 'main Started', 'nginx Starting', 'main Exiting', 'sidecar Exiting',
    ]);
    expect(events[0].t).toBe(2041.82);
  });

  it('counts a line read twice (current and previous log, file and stdout) once', () => {
    expect(parseLifecycle(`${recorded}\n${recorded}`)).toHaveLength(7);
  });

  it('keeps restarts apart: a restarted container has one Starting per run', () => {
    const events = parseLifecycle('LIFECYCLE 10.00 app Starting\nLIFECYCLE 13.05 app Exiting\nLIFECYCLE 14.10 app Starting\n');
    expect(occurrences(events, 'app', 'Starting').map((e) => e.t)).toEqual([10, 14.1]);
  });

  it('rejects lines that are not exactly the format (a shell that did not expand $(...))', () => {
    expect(parseLifecycle('LIFECYCLE $(cut -d -f1 /proc/uptime) app Starting\nlifecycle 1.0 app Starting\n')).toEqual([]);
  });
});

describe('gaps and timelines', () => {
  it('measures in milliseconds at the clock\'s 10 ms resolution', () => {
    const events = parseLifecycle(recorded);
    const [mainExit] = occurrences(events, 'main', 'Exiting');
    const [sidecarExit] = occurrences(events, 'sidecar', 'Exiting');
    expect(gapMs(mainExit, sidecarExit)).toBe(130);
    expect(gapMs(sidecarExit, mainExit)).toBe(-130);
  });

  it('renders a timeline relative to the first event', () => {
    expect(timeline(parseLifecycle(recorded), 3, 'en')).toBe('sidecar Starting +0ms, sidecar Started +0ms, main Starting +420ms, … (4 more)');
  });
});

describe('lifecycleInTimeOrder (evidence.json, the page)', () => {
  it('orders each Pod by uptime, keeps Pods apart, and keeps lines of one tick as logged', async () => {
    const { lifecycleInTimeOrder } = await import('../evidence/evidence-view');
    // As the runner collected a Job Pod's lines before: container by container (native-sidecar's evidence).
    const job = [
      { pod: 'sidecar-job-hmfxt', container: 'log-agent', uptime: 6393.92, event: 'Starting' as const },
      { pod: 'sidecar-job-hmfxt', container: 'log-agent', uptime: 6397.2, event: 'Exiting' as const },
      { pod: 'sidecar-job-hmfxt', container: 'worker', uptime: 6394.24, event: 'Starting' as const },
      { pod: 'sidecar-job-hmfxt', container: 'worker', uptime: 6396.24, event: 'Exiting' as const },
    ];
    const first = [
      { pod: 'sidecar-lifecycle', container: 'app', uptime: 6392.34, event: 'Exiting' as const },
      { pod: 'sidecar-lifecycle', container: 'log-agent', uptime: 6383.99, event: 'Starting' as const },
      { pod: 'sidecar-lifecycle', container: 'log-agent', uptime: 6383.99, event: 'Started' as const },
    ];
    const sorted = lifecycleInTimeOrder([...first, ...job]);
    expect(sorted.map((l) => `${l.pod} ${l.container} ${l.event}`)).toEqual([
      'sidecar-lifecycle log-agent Starting',
      'sidecar-lifecycle log-agent Started',
      'sidecar-lifecycle app Exiting',
      'sidecar-job-hmfxt log-agent Starting',
      'sidecar-job-hmfxt worker Starting',
      'sidecar-job-hmfxt worker Exiting',
      'sidecar-job-hmfxt log-agent Exiting',
    ]);
  });
});
