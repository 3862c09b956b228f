import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceSchema } from './evidence-schema';
import { lifecycleOffsets, stateIn } from './evidence-view';

const labsDir = join(__dirname, '../../../labs');
const evidences = readdirSync(labsDir)
  .map((lab) => join(labsDir, lab, 'evidence.json'))
  .filter((f) => existsSync(f))
  .map((f) => evidenceSchema.parse(JSON.parse(readFileSync(f, 'utf8'))));

describe('lifecycleOffsets', () => {
  it('measures each Pod from its own first line: the real init-failure evidence (two Pods, uptimes 17 s apart)', () => {
    const e = evidenceSchema.parse(JSON.parse(readFileSync(join(labsDir, 'init-failure/evidence.json'), 'utf8')));
    const shown = lifecycleOffsets(e.lifecycle);
    expect(new Set(shown.map((l) => l.pod)).size).toBeGreaterThan(1);
    expect(shown.map((l) => l.seconds).every((s) => s >= 0)).toBe(true);
    for (const pod of new Set(shown.map((l) => l.pod))) expect(shown.find((l) => l.pod === pod)!.seconds).toBe(0);
  });

  it('orders each Pod by uptime and never goes back within a Pod, in every lab', () => {
    for (const e of evidences) {
      const shown = lifecycleOffsets(e.lifecycle);
      shown.forEach((l, i) => {
        expect(l.seconds).toBeGreaterThanOrEqual(0);
        if (i > 0 && shown[i - 1].pod === l.pod) expect(l.seconds).toBeGreaterThanOrEqual(shown[i - 1].seconds);
      });
    }
  });

  it('gives seconds since the Pod’s first line', () => {
    const shown = lifecycleOffsets([
      { pod: 'a', uptime: 105.5 },
      { pod: 'b', uptime: 20 },
      { pod: 'a', uptime: 100 },
      { pod: 'b', uptime: 21.25 },
    ]);
    expect(shown.map((l) => [l.pod, l.seconds])).toEqual([
      ['a', 0],
      ['a', 5.5],
      ['b', 0],
      ['b', 1.25],
    ]);
  });
});

describe('stateIn', () => {
  const states = [...new Set(evidences.flatMap((e) => e.timeline.map((t) => t.state)))];

  it('the labs record states', () => expect(states.length).toBeGreaterThan(2));

  it('keeps English states as recorded', () => {
    for (const s of states) expect(stateIn(s, 'en')).toBe(s);
  });

  it('leaves no English word on Korean pages but Kubernetes reasons and exit codes, for every recorded state', () => {
    for (const s of states) {
      const ko = stateIn(s, 'ko');
      expect(ko, s).not.toBe(s);
      expect(ko.replace(/\([A-Za-z]+\)/g, '').replace(/exit -?\d+/g, ''), `${s} → ${ko}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it('uses the evidence catalogue’s phrases', () => {
    expect(stateIn('running', 'ko')).toBe('실행 중');
    expect(stateIn('waiting (PodInitializing)', 'ko')).toBe('대기 중 (PodInitializing)');
    expect(stateIn('waiting', 'ko')).toBe('대기 중');
    expect(stateIn('terminated exit 1 (Error)', 'ko')).toBe('종료, exit 1 (Error)');
    expect(stateIn('terminated exit 137', 'ko')).toBe('종료, exit 137');
    expect(stateIn('no state reported', 'ko')).toBe('보고된 상태 없음');
  });

  it('returns a text of unknown shape unchanged', () => expect(stateIn('something else', 'ko')).toBe('something else'));
});
