import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { currentOwner, formatOwner, ownerState, parseOwner } from './owner';

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

  it('a reused pid with another start time is gone', () => {
    expect(ownerState({ ...currentOwner(), start: '1' })).toBe('gone');
  });

  it('another host cannot be judged from here', () => {
    expect(ownerState({ host: 'someone-else', pid: 1, start: '1' }, 'me')).toBe('elsewhere');
  });
});
