/**
 * `npm run` writes its script banner ("> pkg@1.0.0 lab" and "> tsx scripts/cli.ts …") to stdout
 * before the script starts, unless npm is silent (`npm run --silent lab -- …`). So `--json` is
 * documented with --silent everywhere (a test holds the README, the pages and --help to it), and
 * the runner, which cannot take the banner back, says so on stderr when it sees the case.
 */

/** Whether `npm run lab` (not silent) has just written its banner into a pipe or file that gets our JSON. */
export function npmBannerOnStdout(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean | undefined): boolean {
  // npm passes the script's name, and its loglevel when one was given (`--silent` → `silent`).
  return env.npm_lifecycle_event === 'lab' && env.npm_config_loglevel !== 'silent' && !stdoutIsTTY;
}
