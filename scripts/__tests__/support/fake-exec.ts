/** A recording fake of the exec module: answers by the first rule whose pattern matches the argv. */
import { CommandError, MissingCommandError, type Exec, type ExecResult } from '../../lib/exec';

export type Answer = Partial<Omit<ExecResult, 'argv'>> | 'missing';
export type Rule = [RegExp, Answer | ((argv: string[]) => Answer)];

export function fakeExec(rules: Rule[]): Exec & { calls: string[][]; inputs: (string | undefined)[] } {
  const calls: string[][] = [];
  /** The standard input of each call, by the call's index. */
  const inputs: (string | undefined)[] = [];
  const fake = async (argv: string[], options: { allowFailure?: boolean; input?: string } = {}) => {
    calls.push(argv);
    inputs.push(options.input);
    const line = argv.join(' ');
    const rule = rules.find(([re]) => re.test(line));
    const answer = typeof rule?.[1] === 'function' ? rule[1](argv) : (rule?.[1] ?? { code: 0 });
    if (answer === 'missing') throw new MissingCommandError(argv[0]);
    const result = { argv, stdout: '', stderr: '', code: 0, ...answer };
    if (result.code !== 0 && !options.allowFailure) throw new CommandError(result);
    return result;
  };
  return Object.assign(fake, { calls, inputs });
}
