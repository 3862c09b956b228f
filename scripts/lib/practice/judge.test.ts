/**
 * The practice check kinds over observations RECORDED from a real cluster
 * (`npm run lab -- check <task> <answer> --kubeconfig FILE --record scripts/lib/practice/__fixtures__`),
 * never invented Pods: each recording must judge as it did live; then a recording is changed the
 * way a real failure would look, and must fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../checks/judge';
import type { Recording } from '../evidence/record';
import { initContainers, isPracticeCheck, judgeTaskCheck as judgeIn } from './judge';
import type { TaskCheck } from './schema';

/** The canonical (English) evidence, as recorded; checks/evidence-lang.test.ts covers Korean. */
const judgeTaskCheck = (...[check, obs]: Parameters<typeof judgeIn>) => judgeIn(check, obs, 'en');

const DIR = join(import.meta.dirname, '__fixtures__');
const recordings = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Recording) }));
const recording = (file: string) => {
  const r = recordings.find((x) => x.file === file);
  if (!r) throw new Error(`no recording ${file} in ${DIR}: record it again (see this file's header)`);
  return { check: r.check.check as unknown as TaskCheck, obs: structuredClone(r.observation) as Observation };
};

describe('practice checks on recorded Pods', () => {
  it('has recordings of every practice kind', () => {
    const kinds = new Set(recordings.map((r) => (r.check.check as unknown as TaskCheck).kind));
    expect([...kinds].sort()).toEqual(['init-done-before', 'init-no-restarts']);
  });

  it.each(recordings)('$file judges as it did on the cluster', ({ check, observation, verdict }) => {
    expect(isPracticeCheck(check.check as unknown as TaskCheck)).toBe(true);
    expect(judgeTaskCheck(check.check as unknown as TaskCheck, observation)).toEqual(verdict);
  });

  it('a reference answer passes both kinds', () => {
    for (const f of ['wait-for-service~solution.init-done-first.json', 'wait-for-service~solution.waits-without-failing.json']) {
      const { check, obs } = recording(f);
      expect(judgeTaskCheck(check, obs).pass, f).toBe(true);
    }
  });

  it('init-no-restarts fails on a crash loop (restartCount ≥ 1, a run exited 1)', () => {
    const { check, obs } = recording('wait-for-service~no-loop.waits-without-failing.json');
    const v = judgeTaskCheck(check, obs);
    expect(v.pass).toBe(false);
    expect(v.evidence).toMatch(/wait-for-db: restartCount [1-9], .*exited 1 \(Error\)/);
  });

  it('init-no-restarts fails on a failure with no restart (restartPolicy: Never: restartCount 0, exited 1)', () => {
    const { check, obs } = recording('fix-init-crashloop~restart-never.no-crash-loop.json');
    expect(obs.pod.status?.initContainerStatuses?.[0].restartCount).toBe(0);
    const v = judgeTaskCheck(check, obs);
    expect(v).toEqual({ pass: false, evidence: 'init-page: restartCount 0, exited 1 (Error)' });
  });

  it('init-done-before fails when the main container started before the init container finished', () => {
    const { check, obs } = recording('wait-for-service~solution.init-done-first.json');
    const main = obs.pod.status!.containerStatuses!.find((s) => s.name === 'app')!;
    const init = obs.pod.status!.initContainerStatuses![0];
    main.state = { running: { startedAt: new Date(Date.parse(init.state!.terminated!.finishedAt!) - 2000).toISOString().replace(/\.\d+Z$/, 'Z') } };
    expect(judgeTaskCheck(check, obs).pass).toBe(false);
  });

  it('init-done-before fails when the only init container is a sidecar (restartPolicy: Always), or there is none', () => {
    const { check, obs } = recording('wait-for-service~solution.init-done-first.json');
    const asSidecar = structuredClone(obs);
    (asSidecar.pod.spec!.initContainers![0] as { restartPolicy?: string }).restartPolicy = 'Always';
    expect(initContainers(asSidecar.pod)).toEqual({ regular: [], sidecars: ['wait-for-db'] });
    expect(judgeTaskCheck(check, asSidecar).pass).toBe(false);
    const none = structuredClone(obs);
    delete none.pod.spec!.initContainers;
    expect(judgeTaskCheck(check, none).evidence).toMatch(/no init container that runs to completion/);
  });

  it('init-done-before fails when an init container exited non-zero', () => {
    const { check, obs } = recording('wait-for-service~solution.init-done-first.json');
    obs.pod.status!.initContainerStatuses![0].state!.terminated!.exitCode = 1;
    expect(judgeTaskCheck(check, obs).pass).toBe(false);
  });

  it('a Pod that does not exist fails both kinds, saying so', () => {
    const missing: Observation = { pod: { metadata: { name: 'app' } } };
    expect(judgeTaskCheck({ kind: 'init-done-before', pod: 'app', then: 'app' }, missing).evidence).toMatch(/not been created/);
    expect(judgeTaskCheck({ kind: 'init-no-restarts', pod: 'app' }, missing).evidence).toMatch(/does not exist/);
  });
});
