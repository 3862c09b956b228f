import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot, listFiles } from '../__tests__/lib/repo';
import { recordingLines } from './recordingLines';

const manifests = listFiles('labs', /\.ya?ml$/).map((file) => ({ file, text: readFileSync(fromRoot(file), 'utf8') }));
const withRecording = manifests.filter((m) => m.text.includes('LIFECYCLE'));

describe('recordingLines', () => {
  it('finds the recording lines of the sidecar-shutdown Pod, and only those', () => {
    const { text } = manifests.find((m) => m.file === 'labs/sidecar-shutdown/manifests/pod.yaml')!;
    const lines = text.split('\n');
    const dimmed = recordingLines(text).map((i) => lines[i].trim());
    expect(dimmed).toEqual([
      'rec() { echo "LIFECYCLE $(cut -d\' \' -f1 /proc/uptime) proxy $1" | tee -a /lifecycle/events.log; }',
      'rec Starting',
      'rec Started',
      'rec() { echo "LIFECYCLE $(cut -d\' \' -f1 /proc/uptime) log-agent $1" | tee -a /lifecycle/events.log; }',
      'rec Starting',
      'rec Started',
      'rec() { echo "LIFECYCLE $(cut -d\' \' -f1 /proc/uptime) app $1" | tee -a /lifecycle/events.log; }',
      'rec Starting',
      'rec Started',
    ]);
  });

  it('keeps a line that does more than record (a trap, a command that goes on)', () => {
    const code = [
      "trap 'rec Exiting; sleep 2; exit 0' TERM",
      'command: [\'sh\', \'-c\', \'echo "LIFECYCLE $(cut -d" " -f1 /proc/uptime) main-app Starting"; exec sleep 3600\']',
      '# 컨테이너마다 시작·종료를 LIFECYCLE 줄로 남긴다',
      'echo "LIFECYCLE $(cut -d\' \' -f1 /proc/uptime) worker Exiting"',
    ].join('\n');
    expect(recordingLines(code)).toEqual([3]);
  });

  it('judges a diff line without its first column', () => {
    const diff = ['@@ -1,3 +1,3 @@', '+          rec Started', '-          sleep 2', '           echo "LIFECYCLE x app Starting"'].join('\n');
    expect(recordingLines(diff, 'diff')).toEqual([1, 3]);
  });

  it('finds nothing in a file without LIFECYCLE', () => {
    expect(recordingLines('rec Started\n')).toEqual([]);
  });

  it.each(withRecording)('$file: every whole LIFECYCLE statement is found, no other line, and the pattern is left', ({ text }) => {
    const lines = text.split('\n');
    const found = new Set(recordingLines(text));
    for (const [i, line] of lines.entries()) {
      const code = line.trim();
      if (code.startsWith('#') || !/LIFECYCLE|^rec /.test(code)) {
        expect(found.has(i), `line ${i + 1} (${code}) is no recording line`).toBe(false);
      }
    }
    expect(found.size, 'a manifest with LIFECYCLE lines has recording lines to dim').toBeGreaterThan(0);
    expect(lines.filter((l, i) => !found.has(i) && l.trim() && !l.trim().startsWith('#')).length).toBeGreaterThan(found.size);
  });
});
