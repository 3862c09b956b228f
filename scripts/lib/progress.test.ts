import { expect, it } from 'vitest';
import { MESSAGES } from './output/messages';
import { poll, stopReporting, withLogSink } from './progress';

// A wait that its Pod reaches while the run is stopping (Ctrl-C during a wait) printed
// `pod/app condition Ready after …` after `Cleaning up (SIGINT)`, as if the run went on.
it('a wait begun before the run began to stop ends without its outcome line; one begun after still reports', async () => {
  const lines: string[] = [];
  let ready = false;
  await withLogSink((l) => lines.push(l), async () => {
    const waiting = poll('pod/app condition Ready', async () => (ready ? true : undefined), { timeoutMs: 10_000, intervalMs: 5 });
    await new Promise((r) => setTimeout(r, 20));
    stopReporting();
    ready = true;
    await waiting;
    await poll('namespace gone', async () => true, { timeoutMs: 1000 });
  });
  // The runner's default language, Korean: the first wait says only that it began.
  const m = MESSAGES.ko.progress;
  const about = (what: string) => lines.filter((l) => l.includes(what)).map((l) => l.replace(/^\[[^\]]*\] /, ''));
  expect(about('pod/app condition Ready')).toEqual([m.waiting('pod/app condition Ready', 10)]);
  expect(about('namespace gone')).toEqual([m.waiting('namespace gone', 1), expect.stringMatching(/만에 됨: namespace gone$/)]);
});
