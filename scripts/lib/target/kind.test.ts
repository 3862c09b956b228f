import { afterEach, describe, expect, it } from 'vitest';
import { kindOutput } from './kind';
import { MESSAGES, setMessageLang } from '../output/messages';

afterEach(() => setMessageLang('ko'));

// What kind v0.30.0 printed to a pipe when CI created the cluster (.ci/kind-stage).
const KIND = [
  'Creating cluster "multi-container-pod" ...',
  ' ✓ Starting control-plane 🕹️',
  'Set kubectl context to "kind-multi-container-pod"',
  'You can now use your cluster with:',
  '',
  'kubectl cluster-info --context kind-multi-container-pod --kubeconfig /home/r/.cache/multi-container-pod/kind/kubeconfig',
].join('\n');

describe('kindOutput', () => {
  it('says kind\'s context line again in the run\'s language, whatever the chunks, and passes the rest as it came', () => {
    for (const lang of ['ko', 'en'] as const) {
      setMessageLang(lang);
      const written: string[] = [];
      const out = kindOutput('/home/r/.cache/multi-container-pod/kind/kubeconfig', (t) => written.push(t));
      // Chunks cut mid-line, as a pipe delivers them.
      for (let i = 0; i < KIND.length; i += 7) out.push(KIND.slice(i, i + 7));
      out.end();
      const lines = written.join('').split('\n');
      expect(lines).toContain(MESSAGES[lang].target.kindSetContext('kind-multi-container-pod', '/home/r/.cache/multi-container-pod/kind/kubeconfig'));
      expect(lines.some((l) => l.startsWith('Set kubectl context'))).toBe(false);
      expect(lines).toContain('Creating cluster "multi-container-pod" ...');
      // The last line had no newline: end() wrote it whole.
      expect(lines.at(-2)).toMatch(/^kubectl cluster-info --context kind-multi-container-pod /);
      expect(written.join('').endsWith('\n')).toBe(true);
    }
  });

  it('end() writes nothing when the output ended with a newline', () => {
    const written: string[] = [];
    const out = kindOutput('/k', (t) => written.push(t));
    out.push('Deleting cluster "multi-container-pod" ...\n');
    out.end();
    expect(written).toEqual(['Deleting cluster "multi-container-pod" ...\n']);
  });
});
