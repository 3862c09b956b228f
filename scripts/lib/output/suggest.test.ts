import { expect, it } from 'vitest';
import { closestNames, editDistance } from './suggest';

const labs = ['co-located', 'init-containers', 'init-failure', 'native-sidecar', 'shared-volume', 'sidecar-shutdown'];

it('counts insertions, deletions and substitutions', () => {
  expect(editDistance('co-locatd', 'co-located')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});

it.each([
  ['co-locatd', ['co-located']],
  ['colocated', ['co-located']],
  ['init-container', ['init-containers']],
  ['shared-volumes', ['shared-volume']],
  ['sidecar', ['native-sidecar', 'sidecar-shutdown']],
  ['init', ['init-containers', 'init-failure']],
  ['Co-Located', ['co-located']],
])('suggests for "%s": %j', (typed, expected) => {
  expect(closestNames(typed, labs)).toEqual(expected);
});

it.each(['nope', 'x', 'kubernetes', ''])('suggests nothing for the unrelated "%s"', (typed) => {
  expect(closestNames(typed, labs)).toEqual([]);
});
