import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { currentOwner, formatOwner, ownerState, parseOwner, processStart } from './owner';

describe('namespace owner', () => {
  it('round-trips through its annotation value', () => {
    const o = currentOwner();
    expect(parseOwner(formatOwner(o))).toEqual(o);
    expect(parseOwner('host.with/slashes/12/345')).toEqual({ host: 'host.with/slashes', pid: 12, start: '345' });
    expect(parseOwner('garbage')).toBeUndefined();
  });

  it('this process is alive', () => expect(ownerState(currentOwner())).toBe('alive'));

  it('a process that has exited is gone', () => {
    const child = spawnSync('sh', ['-c', 'echo $$']);
    const pid = Number(child.stdout.toString().trim());
    expect(ownerState({ ...currentOwner(), pid })).toBe('gone');
  });

  it('a process that has ended but is not yet reaped (a zombie) is gone', { timeout: 20_000 }, async () => {
    const { spawn } = await import('node:child_process');
    // `sleep 0` ends at once; its parent then becomes `sleep 30` (exec), which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30']);
    const pid = Number(await new Promise<string>((r) => parent.stdout.once('data', (d) => r(String(d)))));
    // Wait (≤ 10 s: a loaded machine can take a while to run `sleep 0` to its end) until it is a zombie.
    const stat = () => readFileSync(`/proc/${pid}/stat`, 'utf8');
    for (const t0 = Date.now(); !/\) Z /.test(stat()) && Date.now() - t0 < 10_000; ) await new Promise((r) => setTimeout(r, 50));
    expect(stat()).toMatch(/\) Z /);
    expect(processStart(pid)).toBeUndefined();
    expect(ownerState({ ...currentOwner(), pid, start: '1' })).toBe('gone');
    parent.kill();
  });

  it('a reused pid with another start time is gone', () => {
    expect(ownerState({ ...currentOwner(), start: '1' })).toBe('gone');
  });

  it('another host cannot be judged from here', () => {
    expect(ownerState({ host: 'someone-else', pid: 1, start: '1' }, 'me')).toBe('elsewhere');
  });
});
