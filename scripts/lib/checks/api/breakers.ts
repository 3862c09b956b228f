/**
 * For the judge's tests (scripts/lib/checks/judge.test.ts): a realistic way for each API check kind to go
 * wrong, applied to an observation recorded from a real cluster. Test support only.
 */
import type { Observation } from '../judge';
import type { Check } from '../../labs/lab-schema';
import type { ApiCheck } from './judge';

export function brokenApiCheck(check: ApiCheck, obs: Observation): { check: Check; obs: Observation; what: string } {
  const api = obs.api ?? {};
  switch (check.kind) {
    case 'apply-rejected':
      return { check, obs: { ...obs, api: { ...api, apply: { ...api.apply!, code: 0, stdout: 'pod/x created (server dry run)\n', stderr: '' } } }, what: 'the server accepted the manifest' };
    case 'apply-warned':
      return { check, obs: { ...obs, api: { ...api, applyStderr: '' } }, what: 'kubectl apply printed no warning' };
    case 'stored-field':
      return check.absent
        ? { check: { ...check, absent: undefined, equals: 'Always' }, obs, what: 'expect the field to have been stored' }
        : { check: { ...check, equals: `${String(check.equals)}-not` }, obs, what: 'expect another value' };
    case 'killed-after-delete':
      return { check: { ...check, maxSeconds: Math.max(0, check.minSeconds - 1), minSeconds: 0 }, obs, what: 'expect the container to have ended sooner' };
    case 'quota-admission':
      return { check: { ...check, admitted: !check.admitted }, obs, what: 'expect the opposite admission' };
  }
}
