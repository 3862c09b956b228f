/**
 * The judge over observations RECORDED from a real cluster (`npm run lab -- run --all
 * --kubeconfig FILE --record scripts/lib/checks/__fixtures__`), never invented Pods. Each recording
 * must judge as it did live (and pass); each is then changed the way a real failure would look
 * and must fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check } from '../labs/lab-schema';
import { broken } from './breakers';
import { judge as judgeIn, logRefusal, type Observation } from './judge';
import { MESSAGES } from '../output/messages';
import type { Recording } from '../evidence/record';

/** The canonical (English) evidence, as recorded and parsed; evidence-lang.test.ts covers Korean. */
const judge = (...[check, obs]: Parameters<typeof judgeIn>) => judgeIn(check, obs, 'en');

const DIR = join(import.meta.dirname, '__fixtures__');
const REGENERATE = 'npm run lab -- run --all [--variant broken] --kubeconfig FILE --record scripts/lib/checks/__fixtures__';
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
const recordings = files.map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Recording) }));

const clone = <T>(x: T): T => structuredClone(x);

describe('judge on recorded observations', () => {
  it(`has recordings in scripts/lib/checks/__fixtures__ (regenerate: ${REGENERATE})`, () => {
    expect(recordings.length, `no fixtures in ${DIR}: run ${REGENERATE}`).toBeGreaterThan(0);
  });

  it.each(recordings)('$file judges as it did live', ({ check, observation, verdict, variant }) => {
    expect(judge(check.check, observation)).toEqual(verdict);
    // Only a broken variant's run may have recorded a failure.
    if (!variant) expect(verdict.pass, `recorded from a failing run (${verdict.evidence}): re-record from a passing run: ${REGENERATE}`).toBe(true);
  });

  it('has real failures recorded from broken variants', () => {
    expect(recordings.filter((r) => r.variant && !r.verdict.pass).length, `no failing recordings: run ${REGENERATE} with --variant broken`).toBeGreaterThan(0);
  });

  it.each(recordings.filter((r) => r.verdict.pass))('$file fails once changed the way a real failure looks', ({ check, observation }) => {
    const b = broken(check.check, observation)!;
    const v = judge(b.check, b.obs);
    expect(v.pass, `${b.what}: ${v.evidence}`).toBe(false);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

describe('evidence quotes what was seen', () => {
  const byKind = (kind: Check['kind']) => recordings.find((r) => r.check.check.kind === kind);

  it('run-together lists each container with its start time', () => {
    const r = byKind('run-together');
    expect(r, 'no run-together recording').toBeDefined();
    const v = judge(r!.check.check, r!.observation);
    for (const c of (r!.check.check as Extract<Check, { kind: 'run-together' }>).containers) expect(v.evidence).toMatch(new RegExp(`${c}: running since \\d{4}-\\d\\d-\\d\\dT`));
  });

  it('container-not-started on a recorded running Pod fails and says the container is running', () => {
    const r = byKind('run-together')!;
    const container = (r.check.check as Extract<Check, { kind: 'run-together' }>).containers[0];
    const v = judge({ kind: 'container-not-started', pod: (r.check.check as Extract<Check, { kind: 'run-together' }>).pod, container }, r.observation);
    expect(v).toEqual({ pass: false, evidence: expect.stringMatching(new RegExp(`^${container}: running since `)) });
  });

  it('exec quotes the exit code and stdout', () => {
    const r = byKind('exec');
    expect(r, 'no exec recording').toBeDefined();
    expect(judge(r!.check.check, r!.observation).evidence).toMatch(/^exit 0, stdout: ".+"/);
  });

  // A missing container's log read `not in 1 log line(s); last: "(no logs: error: …)"`: kubectl's refusal counted as a line.
  it('log-includes with no log says there is none and quotes kubectl, in both languages', () => {
    const r = recordings.find((x) => x.check.check.kind === 'log-includes');
    expect(r, 'no log-includes recording').toBeDefined();
    const why = 'error: container log-shipper is not valid for pod webapp';
    for (const lang of ['en', 'ko'] as const) {
      const log = MESSAGES[lang].command.noLogs(why);
      expect(logRefusal(log)).toBe(why);
      expect(judgeIn(r!.check.check, { ...r!.observation, log }, 'en')).toEqual({ pass: false, evidence: `no log to search: "${why}"` });
      expect(judgeIn(r!.check.check, { ...r!.observation, log }, 'ko')).toEqual({ pass: false, evidence: `찾을 로그가 없음: "${why}"` });
    }
    // A real log that mentions the words is a log.
    expect(logRefusal('app started\n(no logs: x)')).toBeUndefined();
    expect(judgeIn(r!.check.check, { ...r!.observation, log: 'one\ntwo' }, 'en').evidence).toMatch(/^not in 2 log line\(s\); last: "two"$/);
  });
});

describe('lifecycle evidence recorded from the cluster', () => {
  const rec = (file: string) => recordings.find((r) => r.file === file);

  it('main-exits-first: the native sidecar stops after the main container, with the gap in ms', () => {
    const r = rec('native-sidecar.main-exits-first.json');
    expect(r, 'no native-sidecar.main-exits-first recording').toBeDefined();
    const v = judge(r!.check.check, r!.observation);
    expect(v.pass).toBe(true);
    expect(v.evidence).toMatch(/^app Exiting @\d+\.\d\ds; log-agent Exiting @\d+\.\d\ds \(\d+ms later\)/);
  });

  it('the same recording, read the other way round (sidecar before main), fails', () => {
    const r = rec('native-sidecar.main-exits-first.json')!;
    const c = r.check.check as Extract<Check, { kind: 'lifecycle-order' }>;
    const v = judge({ ...c, first: c.then, then: c.first }, r.observation);
    expect(v).toEqual({ pass: false, evidence: expect.stringMatching(/ms EARLIER/), timeline: expect.any(String) });
  });

  it('lifecycle checks give the timeline apart from the evidence, in time order (printed once per step, not per check)', () => {
    const r = rec('sidecar-shutdown.sidecars-reverse-order.json')!;
    const v = judge(r.check.check, r.observation);
    expect(v.evidence).not.toContain('timeline');
    const offsets = [...v.timeline!.matchAll(/\+(\d+)ms/g)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(3);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('sidecars-reverse-order: log-agent stopped before proxy, which got SIGTERM only after log-agent\'s 2 s cleanup (minGapMs)', () => {
    const r = rec('sidecar-shutdown.sidecars-reverse-order.json');
    expect(r, 'no sidecar-shutdown.sidecars-reverse-order recording').toBeDefined();
    const v = judge(r!.check.check, r!.observation);
    expect(v.pass).toBe(true);
    const [, gap] = /^log-agent Exiting @\d+\.\d\ds; proxy Exiting @\d+\.\d\ds \((\d+)ms later; expected ≥ 1500ms and ≤ 5000ms\)/.exec(v.evidence) ?? [];
    expect(Number(gap), v.evidence).toBeGreaterThanOrEqual(1500);
    // The same recording with a minimum above the measured gap fails: the bound is really applied.
    const c = r!.check.check as Extract<Check, { kind: 'lifecycle-order' }>;
    expect(judge({ ...c, minGapMs: Number(gap) + 10, maxGapMs: undefined }, r!.observation)).toEqual({ pass: false, evidence: expect.stringContaining(`(${gap}ms later; expected ≥ ${Number(gap) + 10}ms)`), timeline: v.timeline });
  });

  it('sidecar-shutdown [broken]: plain containers are signalled at once, so the ordered-shutdown checks fail on the gap, not on luck', () => {
    const r = rec('sidecar-shutdown~broken.sidecars-reverse-order.json');
    expect(r, 'no sidecar-shutdown~broken.sidecars-reverse-order recording').toBeDefined();
    const c = r!.check.check as Extract<Check, { kind: 'lifecycle-order' }>;
    const together = judge({ kind: 'lifecycle-together', pod: c.pod, containers: ['app', 'log-agent', 'proxy'], event: 'Exiting', maxGapMs: 200 }, r!.observation);
    expect(together.pass, together.evidence).toBe(true);
    expect(judge(c, r!.observation).pass).toBe(false);
  });

  it('init-fails-always is the same Pod after its init container restarted', () => {
    const r = rec('init-failure.always-same-pod.json');
    expect(r, 'no init-failure.always-same-pod recording').toBeDefined();
    expect(r!.observation.firstUid).toBe(r!.observation.pod.metadata.uid);
  });
});

describe('container-ready on Pods recorded from the cluster', () => {
  const rec = (file: string) => recordings.find((r) => r.file === file);

  it('readiness-sidecar-not-ready: a sidecar with a readinessProbe that has not passed is running, started and not ready', () => {
    const r = rec('sidecar-readiness-probe.readiness-sidecar-not-ready.json');
    expect(r, 'no sidecar-readiness-probe.readiness-sidecar-not-ready recording').toBeDefined();
    const s = r!.observation.pod.status!.initContainerStatuses!.find((x) => x.name === 'proxy')!;
    expect({ ready: s.ready, started: s.started, running: Boolean(s.state?.running) }).toEqual({ ready: false, started: true, running: true });
    expect(judge(r!.check.check, r!.observation)).toEqual({ pass: true, evidence: expect.stringMatching(/^proxy: running since \S+, ready false, started true \(expected running and ready false\)$/) });
    // The same Pod read as "proxy is ready" fails: the judge reads `ready`, not `started`.
    expect(judge({ ...(r!.check.check as Extract<Check, { kind: 'container-ready' }>), ready: true }, r!.observation).pass).toBe(false);
  });

  it('a container that is not running fails either way, and so does one with no status', () => {
    const r = rec('sidecar-readiness-probe.readiness-sidecar-ready-later.json')!;
    const c = r.check.check as Extract<Check, { kind: 'container-ready' }>;
    const o = clone(r.observation);
    const s = o.pod.status!.initContainerStatuses!.find((x) => x.name === 'proxy')!;
    s.state = { terminated: { exitCode: 137, reason: 'Error' } };
    for (const ready of [true, false]) expect(judge({ ...c, ready }, o).pass, `ready ${ready}`).toBe(false);
    expect(judge({ ...c, container: 'no-such-container' }, r.observation)).toEqual({ pass: false, evidence: 'no-such-container: no status yet (expected running and ready true)' });
  });
});

describe('a native sidecar under restartPolicy: Never, recorded from the cluster', () => {
  const rec = (file: string) => recordings.find((r) => r.file === file);

  it('sidecar-restarted: the sidecar restarted in a Pod whose restartPolicy is Never; as a regular container it did not', () => {
    const native = rec('sidecar-restart-never.sidecar-restarted.json');
    const regular = rec('sidecar-restart-never~broken.sidecar-restarted.json');
    expect(native && regular, 'no sidecar-restart-never recordings (main and broken)').toBeTruthy();
    expect(native!.observation.pod.spec?.restartPolicy).toBe('Never');
    expect(regular!.observation.pod.spec?.restartPolicy).toBe('Never');
    expect(judge(native!.check.check, native!.observation)).toEqual({ pass: true, evidence: expect.stringMatching(/^log-agent: restartCount [1-9]\d* \(expected ≥ 1\)$/) });
    expect(judge(regular!.check.check, regular!.observation)).toEqual({ pass: false, evidence: 'log-agent: restartCount 0 (expected ≥ 1)' });
  });
});

describe('lifecycle hooks recorded from the cluster (PreStop, PostStart lines written to /proc/1/fd/1)', () => {
  const rec = (file: string) => recordings.find((r) => r.file === file);

  it('sidecar-prestop: the sidecar\'s preStop ran seconds before its SIGTERM; as a regular container, right before it', () => {
    const native = rec('sidecar-prestop.prestop-long-before-sigterm.json');
    const regular = rec('sidecar-prestop~broken.prestop-long-before-sigterm.json');
    expect(native && regular, 'no sidecar-prestop recordings (main and broken)').toBeTruthy();
    const gap = (r: typeof native) => Number(/^proxy PreStop @\d+\.\d\ds; proxy Exiting @\d+\.\d\ds \((\d+)ms later/.exec(judge(r!.check.check, r!.observation).evidence)?.[1]);
    expect(gap(native)).toBeGreaterThanOrEqual(4000);
    expect(gap(regular)).toBeLessThan(1000);
    expect(judge(regular!.check.check, regular!.observation).pass).toBe(false);
  });

  it('poststart-hook: second started after the hook of first; without the hook there is no PostStart line', () => {
    const hooked = rec('poststart-hook.second-after-hook.json');
    const plain = rec('poststart-hook~broken.second-after-hook.json');
    expect(hooked && plain, 'no poststart-hook recordings (main and broken)').toBeTruthy();
    expect(judge(hooked!.check.check, hooked!.observation)).toMatchObject({ pass: true, evidence: expect.stringMatching(/^first PostStart @\d+\.\d\ds; second Starting @\d+\.\d\ds \(\d+ms later; expected ≥ 9000ms\)/) });
    expect(judge(plain!.check.check, plain!.observation)).toMatchObject({ pass: false, evidence: expect.stringMatching(/^first PostStart: never recorded/) });
  });
});
