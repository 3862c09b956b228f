/**
 * For the judge's tests (judge.test.ts, evidence-lang.test.ts): a realistic way for each check kind
 * to go wrong, applied to an observation recorded from a real cluster (api/breakers.ts for the API
 * kinds). Test support only.
 */
import type { Check } from '../labs/lab-schema';
import { brokenApiCheck } from './api/breakers';
import { isApiCheck } from './api/judge';
import type { Observation } from './judge';

const clone = <T>(x: T): T => structuredClone(x);

/** A realistic way for each kind of check to go wrong, applied to a recording. */
export function broken(check: Check, obs: Observation): { check: Check; obs: Observation; what: string } | undefined {
  if (isApiCheck(check)) return brokenApiCheck(check, obs);
  switch (check.kind) {
    case 'container-running':
      return { check: { ...check, kind: 'container-not-started' }, obs, what: 'expect a running container not to have started' };
    case 'container-not-started':
      return { check: { ...check, kind: 'container-running' }, obs, what: 'expect a waiting container to run' };
    case 'container-exited':
      return { check: { ...check, exitCode: check.exitCode + 1 }, obs, what: `expect exit ${check.exitCode + 1}` };
    case 'exits-before-start':
      return { check: { ...check, first: check.then, then: check.first }, obs, what: 'swap the order' };
    case 'starts-before': {
      const o = clone(obs);
      const all = [...(o.pod.status?.initContainerStatuses ?? []), ...(o.pod.status?.containerStatuses ?? [])];
      const first = all.find((s) => s.name === check.first)!;
      first.state = { waiting: { reason: 'PodInitializing' } };
      first.lastState = {};
      return { check, obs: o, what: `${check.first} has not started yet` };
    }
    case 'run-together': {
      const o = clone(obs);
      const last = check.containers.at(-1)!;
      const all = [...(o.pod.status?.initContainerStatuses ?? []), ...(o.pod.status?.containerStatuses ?? [])];
      all.find((s) => s.name === last)!.state = { waiting: { reason: 'CrashLoopBackOff', message: 'back-off restarting failed container' } };
      return { check, obs: o, what: `${last} in CrashLoopBackOff` };
    }
    case 'has-restarted':
      return { check: { ...check, min: check.min + 1000 }, obs, what: 'expect far more restarts' };
    case 'pod-phase':
      return { check: { ...check, phase: check.phase === 'Failed' ? 'Succeeded' : 'Failed' }, obs, what: 'expect another phase' };
    case 'exec':
      return { check, obs: { ...obs, exec: { code: 1, stdout: '', stderr: 'wget: can\'t connect to remote host (127.0.0.1): Connection refused' } }, what: 'the command fails' };
    case 'log-includes':
      return { check: { ...check, text: `${check.text} (never logged)` }, obs, what: 'expect a line that was never logged' };
    case 'never-restarted': {
      const o = clone(obs);
      const all = [...(o.pod.status?.initContainerStatuses ?? []), ...(o.pod.status?.containerStatuses ?? [])];
      const s = all.find((x) => x.name === check.container)!;
      s.restartCount = 1;
      s.lastState = { terminated: { exitCode: 1, reason: 'Error' } };
      return { check, obs: o, what: `${check.container} crashed and restarted once` };
    }
    case 'pod-status':
      return { check: { ...check, oneOf: ['Completed'] }, obs, what: 'expect the Pod to have completed' };
    case 'same-pod':
      return { check, obs: { ...obs, firstUid: '00000000-0000-0000-0000-000000000000' }, what: 'the Pod was deleted and recreated under the same name' };
    case 'pod-status-seen': {
      // The watch ended before the last expected STATUS came (a hold too short for it).
      const last = check.sequence.at(-1)!;
      const watch = (obs.watch ?? []).filter((l) => !l.split(/\s+/).includes(last));
      return { check, obs: { ...obs, watch }, what: `STATUS never showed ${last}` };
    }
    case 'lifecycle-order': {
      const { container, event } = check.first;
      const lifecycle = (obs.lifecycle ?? '').split('\n').filter((l) => !l.trim().endsWith(` ${container} ${event}`)).join('\n');
      return { check, obs: { ...obs, lifecycle }, what: `${container} never recorded ${event}` };
    }
    case 'lifecycle-together':
      return { check: { ...check, maxGapMs: 1, containers: [...check.containers, 'never-there'] }, obs, what: 'a container that never recorded the event' };
    case 'lifecycle-count':
      return { check: { ...check, count: check.count + 1 }, obs, what: 'expect one more run' };
    case 'container-ready':
      return { check: { ...check, ready: !check.ready }, obs, what: `expect ready ${!check.ready}` };
    case 'job-condition':
      return { check, obs: { ...obs, job: { ...obs.job!, status: { ...obs.job!.status, conditions: [] } } }, what: 'the Job has no condition yet' };
  }
}
