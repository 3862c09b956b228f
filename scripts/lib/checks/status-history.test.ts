/**
 * `pod-status-seen` judged on lines recorded from the real cluster: the `kubectl get pods -w -o wide`
 * transcript of the init-failure lab's run on v1.34.4 (2026-11-28, then labs/init-failure/evidence.json),
 * copied here so that re-recording the evidence does not change the test. It is the run in which the
 * init page's old note claimed STATUS never became `Init:CrashLoopBackOff`.
 */
import { describe, expect, it } from 'vitest';
import { judge as judgeIn } from './judge';
import type { Check } from '../labs/lab-schema';
import type { Pod } from './pod';
import { formatChanges, linesOf, matchedInOrder, statusChanges } from './status-history';
import { stamp } from '../evidence/trace';

/** The canonical (English) evidence, as recorded and parsed; evidence-lang.test.ts covers Korean. */
const judge = (...[check, obs]: Parameters<typeof judgeIn>) => judgeIn(check, obs, 'en');

const TRANSCRIPT = [
  '   2.0s  NAME               READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES',
  '   2.0s  init-fails-never   0/1     Pending   0          0s    <none>   <none>   <none>           <none>',
  '   2.0s  init-fails-never   0/1     Pending   0          0s    <none>   lab-node   <none>           <none>',
  '   2.0s  init-fails-never   0/1     Init:0/1   0          0s    <none>   lab-node   <none>           <none>',
  '   2.1s  init-fails-always   0/1     Pending    0          0s    <none>   <none>     <none>           <none>',
  '   2.1s  init-fails-always   0/1     Pending    0          0s    <none>   lab-node   <none>           <none>',
  '   2.2s  init-fails-always   0/1     Init:0/1   0          0s    <none>   lab-node   <none>           <none>',
  '   3.4s  init-fails-never    0/1     Init:Error   0          1s    10.244.0.128   lab-node   <none>           <none>',
  '   3.4s  init-fails-always   0/1     Init:Error   0          1s    10.244.0.129   lab-node   <none>           <none>',
  '   4.4s  init-fails-always   0/1     Init:Error   1 (1s ago)   2s    10.244.0.129   lab-node   <none>           <none>',
  '   4.6s  init-fails-never    0/1     Init:Error   0            2s    10.244.0.128   lab-node   <none>           <none>',
  '  18.9s  init-fails-always   0/1     Init:CrashLoopBackOff   1 (16s ago)   17s   10.244.0.129   lab-node   <none>           <none>',
  '  19.5s  init-fails-always   0/1     Init:Error              2 (16s ago)   17s   10.244.0.129   lab-node   <none>           <none>',
  '  29.9s  init-fails-always   0/1     Init:CrashLoopBackOff   2 (11s ago)   28s   10.244.0.129   lab-node   <none>           <none>',
];

const always = 'init-fails-always';
const never = 'init-fails-never';
/** What observe() hands the judge: the Pod (only its name is read) and its own lines. */
const observed = (pod: string, lines = TRANSCRIPT) => ({ pod: { metadata: { name: pod } } as Pod, watch: linesOf(lines, pod) });
const seen = (pod: string, sequence: string[], extra: Partial<Extract<Check, { kind: 'pod-status-seen' }>> = {}): Check => ({ kind: 'pod-status-seen', pod, sequence, ...extra });

describe('status history from the watch', () => {
  it('keeps each Pod\'s own lines, without the header', () => {
    expect(linesOf(TRANSCRIPT, never)).toHaveLength(5);
    expect(linesOf(TRANSCRIPT, always)).toHaveLength(8);
  });

  it('reads every STATUS change with its time, a repeated value once', () => {
    expect(statusChanges(TRANSCRIPT, always)).toEqual([
      { t: 2.1, status: 'Pending' },
      { t: 2.2, status: 'Init:0/1' },
      { t: 3.4, status: 'Init:Error' },
      { t: 18.9, status: 'Init:CrashLoopBackOff' },
      { t: 19.5, status: 'Init:Error' },
      { t: 29.9, status: 'Init:CrashLoopBackOff' },
    ]);
    expect(statusChanges(TRANSCRIPT, never).map((s) => s.status)).toEqual(['Pending', 'Init:0/1', 'Init:Error']);
  });

  it('reads the lines the runner stamps (trace.ts stamp), whatever the columns after STATUS', () => {
    const line = stamp('init-fails-always   0/1     Init:CrashLoopBackOff   1 (16s ago)   17s', 0, 18_940);
    expect(statusChanges([line], always)).toEqual([{ t: 18.9, status: 'Init:CrashLoopBackOff' }]);
  });

  it('matches a sequence in order, with other values between', () => {
    const changes = statusChanges(TRANSCRIPT, always);
    expect(matchedInOrder(changes, ['Init:Error', 'Init:CrashLoopBackOff', 'Init:Error'])).toBe(3);
    expect(matchedInOrder(changes, ['Init:CrashLoopBackOff', 'Init:0/1'])).toBe(1);
    expect(formatChanges(changes.slice(2, 4))).toBe('Init:Error @3.4s → Init:CrashLoopBackOff @18.9s');
  });
});

describe('pod-status-seen on the recorded run', () => {
  it('[Always] STATUS went from Init:Error to Init:CrashLoopBackOff (and back): passes, every change in the evidence', () => {
    expect(judge(seen(always, ['Init:Error', 'Init:CrashLoopBackOff']), observed(always))).toEqual({
      pass: true,
      evidence:
        'init-fails-always: STATUS Pending @2.1s → Init:0/1 @2.2s → Init:Error @3.4s → Init:CrashLoopBackOff @18.9s → Init:Error @19.5s → Init:CrashLoopBackOff @29.9s (expected Init:Error → Init:CrashLoopBackOff in this order)',
    });
    expect(judge(seen(always, ['Init:Error', 'Init:CrashLoopBackOff', 'Init:Error']), observed(always)).pass).toBe(true);
  });

  it('the old note\'s claim, "Init:Error all along, never Init:CrashLoopBackOff", fails on the same run', () => {
    const v = judge(seen(always, ['Init:Error'], { never: ['Init:CrashLoopBackOff'] }), observed(always));
    expect(v.pass).toBe(false);
    expect(v.evidence).toMatch(/\(expected Init:Error; never Init:CrashLoopBackOff\): showed Init:CrashLoopBackOff$/);
  });

  it('[Never] STATUS went to Init:Error and never to Init:CrashLoopBackOff: passes', () => {
    const v = judge(seen(never, ['Init:0/1', 'Init:Error'], { never: ['Init:CrashLoopBackOff'] }), observed(never));
    expect(v).toEqual({ pass: true, evidence: 'init-fails-never: STATUS Pending @2.0s → Init:0/1 @2.0s → Init:Error @3.4s (expected Init:0/1 → Init:Error in this order; never Init:CrashLoopBackOff)' });
  });

  it('order matters: says which value never came', () => {
    const v = judge(seen(always, ['Init:CrashLoopBackOff', 'Init:0/1']), observed(always));
    expect(v.pass).toBe(false);
    expect(v.evidence).toMatch(/: no Init:0\/1 after Init:CrashLoopBackOff$/);
  });

  it('a watch cut short before the back-off (the hold too short) fails', () => {
    const early = TRANSCRIPT.filter((l) => Number(l.trim().split('s')[0]) < 10);
    const v = judge(seen(always, ['Init:Error', 'Init:CrashLoopBackOff']), observed(always, early));
    expect(v).toEqual({ pass: false, evidence: expect.stringMatching(/Init:Error @3\.4s \(expected Init:Error → Init:CrashLoopBackOff in this order\): no Init:CrashLoopBackOff after Init:Error$/) });
  });

  it('fails, saying so, when the watch saw nothing of the Pod', () => {
    expect(judge(seen(always, ['Init:Error']), { pod: { metadata: { name: always } }, watch: [] })).toEqual({
      pass: false,
      evidence: 'init-fails-always: no STATUS seen by the watch (expected Init:Error): no Init:Error',
    });
  });
});
