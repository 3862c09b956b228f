/** Wait conditions over a Pod recorded from a real cluster (see judge.test.ts for how to regenerate). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Recording } from './record';
import { reached } from './wait';

const DIR = join(import.meta.dirname, '__fixtures__');
const file = readdirSync(DIR).find((f) => f.startsWith('co-located.both-running'));

it('reads conditions, phase and container states from a recorded running Pod', () => {
  expect(file, `no co-located.both-running fixture in ${DIR}: run npm run lab -- run --all --kubeconfig FILE --record scripts/lib/__fixtures__`).toBeDefined();
  const { pod } = (JSON.parse(readFileSync(join(DIR, file!), 'utf8')) as Recording).observation;
  expect(reached({ condition: 'Ready' }, pod)).toBe(true);
  expect(reached({ phase: 'Running' }, pod)).toBe(true);
  expect(reached({ phase: 'Succeeded' }, pod)).toBe(false);
  expect(reached({ containerRunning: 'nginx-proxy' }, pod)).toBe(true);
  expect(reached({ containerTerminated: 'main-app' }, pod)).toBe(false);
});

it('waits for a restart count (a crash loop has come round)', () => {
  const pod = { metadata: { name: 'p' }, status: { containerStatuses: [{ name: 'app', restartCount: 1 }] } };
  expect(reached({ restartsAtLeast: { container: 'app', count: 1 } }, pod)).toBe(true);
  expect(reached({ restartsAtLeast: { container: 'app', count: 2 } }, pod)).toBe(false);
  expect(reached({ restartsAtLeast: { container: 'other', count: 1 } }, pod)).toBe(false);
});
