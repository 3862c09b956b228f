/**
 * A run speaks one language (issue 14, item 5): a real run of a lab through the command line, as
 * a reader types it, in Korean (the default) and in English (--lang en), and a broken variant in
 * Korean (its "(예상대로 실패)" notes and the headings of what the cluster reported). The English run
 * has no Hangul at all; no line of the Korean runs reads as English prose, apart from names,
 * commands and flags (lang-lines.ts), the cluster's own output (event and log lines under the
 * report's headings), and each check's evidence line, which is the judge's fixed notation of
 * what it saw (`main-app: running since …`, the same words that evidence.json keeps for the page).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../lib/exec';
import { MESSAGES } from '../../lib/output/messages';
import { findClusterOrWarn, onCluster, type Connected } from '../support/cluster-target';
import { englishLines } from '../support/lang-lines';

const root = join(import.meta.dirname, '..', '..', '..');
let cluster: Connected | string | undefined;
beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

async function run(c: Connected, ...args: string[]) {
  const { kubeconfig, context } = c.kubectl.target;
  return exec([join(root, 'node_modules', '.bin', 'tsx'), 'scripts/cli.ts', 'run', ...args, '--kubeconfig', kubeconfig, '--context', context], { cwd: root, allowFailure: true, timeoutMs: 4 * 60_000 });
}

/**
 * The runner's own lines: check evidence lines (6 spaces, under a check line) and the cluster's
 * output (lines of a multi-line log entry that start with two spaces: events, container logs)
 * taken out. Progress lines lose their `[  1.2s]` stamp.
 */
function runnerLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !/^ {6}\S/.test(l) && !/^ {2}\S/.test(l) || /^ {2}(▶|✔|✘|⏱|\d+\/\d+)/.test(l))
    .map((l) => l.replace(/^\[\s*[\dm.]+s\] /, ''));
}

// co-located takes ~15 s on the CI cluster; a loaded machine, several times that.
describe('a run speaks the language of --lang', { timeout: 5 * 60_000 }, () => {
  it('Korean by default: no English prose in what the runner says', async (ctx) => {
    const c = onCluster(cluster, ctx);
    const r = await run(c, 'co-located');
    expect(r.code, r.stderr).toBe(0);
    const all = `${r.stdout}\n${r.stderr}`;
    expect(r.stdout).toContain(`✔ co-located ${MESSAGES.ko.verdict.passed}`);
    expect(r.stdout).toContain(MESSAGES.ko.verdict.proved);
    expect(r.stdout).toMatch(/⏱ pod\/\S+의 LIFECYCLE 타임라인: /);
    expect(englishLines(runnerLines(all).join('\n')), 'English lines in a Korean run').toEqual([]);
  });

  it('English with --lang en: no Hangul anywhere', async (ctx) => {
    const c = onCluster(cluster, ctx);
    const r = await run(c, 'co-located', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`✔ co-located ${MESSAGES.en.verdict.passed}`);
    expect(`${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /\p{Script=Hangul}/u.test(l)), 'Hangul in an English run').toEqual([]);
  });

  it('a broken variant in Korean: its notes and the report headings are Korean too', async (ctx) => {
    const c = onCluster(cluster, ctx);
    const r = await run(c, 'co-located', '--variant', 'broken');
    expect(r.code, r.stderr).toBe(0);
    const all = `${r.stdout}\n${r.stderr}`;
    expect(r.stdout).toContain(MESSAGES.ko.run.failedAsExpected.trim());
    expect(r.stderr).toContain(MESSAGES.ko.run.reportedBroken('co-located', 'broken'));
    expect(englishLines(runnerLines(all).join('\n')), 'English lines in a Korean run').toEqual([]);
  });
});
