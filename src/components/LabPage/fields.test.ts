/** The one-line form of a lab.ts definition on the lab page: what a reader compares with lab.ts. */
import { expect, it } from 'vitest';
import { fields } from './fields';
import initFailure from '../../../labs/init-failure/lab';

it('writes a check as in lab.ts, nested objects in braces', () => {
  expect(fields({ kind: 'has-restarted', pod: 'p', container: 'c', min: 2 })).toBe('kind: has-restarted, pod: p, container: c, min: 2');
  expect(fields({ kind: 'pod-status-seen', pod: 'p', sequence: ['Init:Error', 'Init:CrashLoopBackOff'] })).toBe('kind: pod-status-seen, pod: p, sequence: [Init:Error, Init:CrashLoopBackOff]');
  expect(fields({ restartsAtLeast: { container: 'c', count: 1 } })).toBe('restartsAtLeast: { container: c, count: 1 }');
});

it('keeps the braces of each object in a list (a wait on anyOf / allOf)', () => {
  expect(fields(initFailure.steps[1].wait!.until)).toBe(
    'anyOf: [{ allOf: [{ statusSeen: Init:CrashLoopBackOff }, { restartsAtLeast: { container: check-db, count: 2 } }] }, { containerRunning: main-app }]',
  );
});
