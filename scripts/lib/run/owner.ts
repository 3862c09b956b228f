/**
 * Who owns a lab namespace: the run that created it, as host, process id and that process's
 * start time. A namespace whose run has ended without cleaning up (killed with SIGKILL, a crashed
 * laptop, CI's time limit) can then be told apart from one whose run is still going: the next
 * `run` or `clean` sweeps the first kind and never touches the second.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface Owner {
  host: string;
  pid: number;
  /**
   * The process's start time in clock ticks after boot (/proc/<pid>/stat, field 22; proc(5)),
   * so that a later process that reuses the pid is not taken for the owner. '-' where there is
   * no /proc (macOS): then a live pid counts as the owner.
   */
  start: string;
}

/**
 * /proc/<pid>/stat's starttime, or undefined when there is no such process, when it has ended
 * and only its zombie is left (state Z or X: a killed run whose parent died too waits there until
 * init reaps it), or when there is no /proc.
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may hold spaces and parentheses: count fields after its closing ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' || fields[0] === 'X' ? undefined : fields[19];
  } catch {
    return undefined;
  }
}

export function currentOwner(): Owner {
  return { host: hostname(), pid: process.pid, start: processStart(process.pid) ?? '-' };
}

/** `host/pid/start`, the value of the namespace's owner annotation. */
export const formatOwner = (o: Owner) => `${o.host}/${o.pid}/${o.start}`;

export function parseOwner(value: string | undefined): Owner | undefined {
  const m = value?.match(/^(.+)\/(\d+)\/([\w-]+)$/);
  return m ? { host: m[1], pid: Number(m[2]), start: m[3] } : undefined;
}

/**
 * Whether the owning run still runs: 'alive', 'gone', or 'elsewhere' (another host, where this
 * process cannot tell; such a namespace is left alone).
 */
export function ownerState(o: Owner, here = hostname()): 'alive' | 'gone' | 'elsewhere' {
  if (o.host !== here) return 'elsewhere';
  if (o.start !== '-') return processStart(o.pid) === o.start ? 'alive' : 'gone';
  try {
    process.kill(o.pid, 0);
    return 'alive';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? 'alive' : 'gone';
  }
}
