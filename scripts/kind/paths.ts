/**
 * Where the offline kind path keeps its state on a CI machine: Docker's data (images survive
 * between runs, so a warm run reuses the node image) and the daemon's socket, pid and log.
 */
import { join } from 'node:path';
import { cacheDir } from '../cluster/config';

export const dockerDir = join(cacheDir, 'docker');

export const dockerPaths = {
  dataRoot: join(dockerDir, 'data'),
  /** Short on purpose: dockerd and containerd put sockets under it (108-byte limit). */
  execRoot: '/run/mcp-docker',
  socket: join(dockerDir, 'docker.sock'),
  pidFile: join(dockerDir, 'dockerd.pid'),
  log: join(dockerDir, 'dockerd.log'),
};

/** What clients (docker, kind, the runner) need in their environment to reach this daemon. */
export const dockerHost = `unix://${dockerPaths.socket}`;
