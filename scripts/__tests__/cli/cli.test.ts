/** The CLI as a user meets it: exit codes and the one-line errors that carry the fix. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../lib/exec';
import { labNames, loadAllLabs } from '../../lib/labs/labs';
import { MESSAGES } from '../../lib/output/messages';
import { englishLines } from '../support/lang-lines';

const root = join(import.meta.dirname, '..', '..', '..');

const cli = (...args: string[]) => exec([join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', 'cli.ts'), ...args], { cwd: root, allowFailure: true, timeoutMs: 30_000 });

// Each case starts tsx (a few hundred ms, more on a cold cache).
describe('lab CLI', { timeout: 30_000 }, () => {
  it('run of an unknown lab names the valid ones and exits 1', async () => {
    const r = await cli('run', 'nope');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`오류: 알 수 없는 실습 "nope"입니다. 실습 이름: ${labNames().join(', ')}`);
    const en = await cli('run', 'nope', '--lang', 'en');
    expect(en.stderr.trim()).toBe(`error: unknown lab "nope": valid names are ${labNames().join(', ')}`);
  });

  it('run of a mistyped lab suggests the closest name', async () => {
    const r = await cli('run', 'co-locatd', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: unknown lab "co-locatd": did you mean "co-located"? valid names are ${labNames().join(', ')}`);
    const ko = await cli('run', 'co-locatd');
    expect(ko.stderr).toContain('"co-located"을(를) 찾으셨나요?');
  });

  it('run with neither lab names nor --all says what to give, in the chosen language', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const r = await cli('run', '--lang', lang);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`${MESSAGES[lang].cli.errorPrefix}${MESSAGES[lang].runNeedsLabs}\n`);
      expect(r.stderr).toMatch(/npm run lab -- run co-located[\s\S]*--all[\s\S]*npm run lab -- list/);
      expect(r.stderr).not.toMatch(/not both/);
    }
    const both = await cli('run', 'co-located', '--all', '--lang', 'en');
    expect(both.code).toBe(1);
    expect(both.stderr).toBe('error: give lab names or --all, not both: --all runs every lab\n');
  });

  it('run with a kubeconfig that does not exist says so and exits 1', async () => {
    const r = await cli('run', 'co-located', '--kubeconfig', '/nonexistent');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`오류: ${MESSAGES.ko.target.kubeconfigMissing('/nonexistent')}\n`);
    const en = await cli('run', 'co-located', '--kubeconfig', '/nonexistent', '--lang', 'en');
    expect(en.stderr).toMatch(/^error: kubeconfig \/nonexistent does not exist: /);
  });

  it('list --json prints the labs as JSON on stdout', async () => {
    const r = await cli('list', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((l) => l.name)).toEqual(labNames());
  });

  it('list --lang en prints the English titles; without --lang, the Korean ones', async () => {
    const labs = await loadAllLabs();
    const en = await cli('list', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(labs[0].lab.en.title);
    expect(en.stdout).not.toMatch(/\p{Script=Hangul}/u);
    const ko = await cli('list');
    expect(ko.stdout).toContain(labs[0].lab.title);
    const json = JSON.parse((await cli('list', '--json', '--lang', 'en')).stdout) as { name: string; lang: string; title: string }[];
    expect(json.map((l) => [l.name, l.lang, l.title])).toEqual(labs.map(({ lab }) => [lab.name, 'en', lab.en.title]));
  });

  it('an unknown --lang is a one-line error naming the valid values', async () => {
    for (const args of [['list', '--lang', 'fr'], ['run', 'co-located', '--lang', 'english']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toBe(`오류: 알 수 없는 --lang "${args.at(-1)}"입니다: ko 또는 en 중 하나를 쓰세요\n`);
    }
  });

  it('an unknown option, or one without its value, is a one-line error in the chosen language', async () => {
    const r = await cli('run', '--bogus');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`오류: ${MESSAGES.ko.cli.unknownOption('--bogus')}\n`);
    const en = await cli('run', '--bogus', '--lang', 'en');
    expect(en.stderr).toBe('error: unknown option --bogus: the options are in npm run lab -- --help\n');
    const noValue = await cli('run', 'co-located', '--lang=en', '--kubeconfig');
    expect(noValue.code).toBe(1);
    expect(noValue.stderr).toBe(`error: ${MESSAGES.en.cli.optionNeedsValue('--kubeconfig')}\n`);
    // The value's form, as --help writes it.
    expect(noValue.stderr).toContain('(--kubeconfig FILE)');
    expect(MESSAGES.ko.cli.optionNeedsValue('--lang')).toContain('(--lang ko|en)');
  });

  it('a bad --parallel or --nodes is a one-line error in the chosen language, before any cluster work', async () => {
    const ko = await cli('run', '--all', '--parallel', '0');
    expect(ko.code).toBe(1);
    expect(ko.stderr).toBe(`오류: ${MESSAGES.ko.run.badParallel('0')}\n`);
    expect(englishLines(ko.stderr), 'English prose in the Korean error').toEqual([]);
    const en = await cli('run', '--all', '--nodes', '9', '--lang', 'en');
    expect(en.stderr).toBe(`error: ${MESSAGES.en.target.badNodes('9')}\n`);
  });

  it('--help is in Korean by default and in English with --lang en, each free of the other language', async () => {
    const ko = await cli('--help');
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain(MESSAGES.ko.cli.usage);
    expect(englishLines(ko.stdout), 'English prose in the Korean --help').toEqual([]);
    const en = await cli('--help', '--lang', 'en');
    expect(en.stdout).toContain(MESSAGES.en.cli.usage);
    expect(en.stdout).not.toMatch(/\p{Script=Hangul}/u);
  });
});
