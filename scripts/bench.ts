/**
 * `npm run bench [-- --cold | --kind | --install | --repeat N]`: prints how long the CI cluster (or kind) and the labs take.
 *  - cold build (with --cold): binaries and images built with empty Go module and build
 *    caches and an empty project cache, as on a machine that has never built anything;
 *  - warm cluster:up: `cluster:down` then `cluster:up` with the cache in place;
 *  - each lab's run (normal and broken variant) and the total;
 *  - with --kind, instead of those (the CI cluster is brought down first: Docker and the CI
 *    cluster run one after the other, as in CI): `npm run kind:up` with its caches warm, a
 *    reader's time to the first lab on kind (no cluster yet: the runner creates it, then runs
 *    co-located, exactly `npm run lab -- run co-located`), and the whole kind stage of CI
 *    (`.ci/kind-stage`);
 *  - with --install, only the lab-only install a reader does (`npm install --omit=dev`, README):
 *    its time with an empty npm cache and the size of its node_modules, in a copy of what the
 *    runner needs (package.json, the lock file, tsconfig.json, scripts/, labs/, tasks/ and
 *    src/plugins/manifest-comments.cjs), then
 *    `npm run lab -- list` there, which fails the bench if the runner lacks a package. Aim: ≤ 50 MB
 *    and ≤ 10 s here. Needs no root and no cluster.
 *  - with --repeat N, only how reliable and how fast the labs are on a running cluster (nothing
 *    is brought down or up): N rounds in a row, each `run --all --json` then the same with
 *    `--variant broken` (default --parallel, or `--parallel P`; `--kubeconfig FILE` and
 *    `--context NAME`, default the CI cluster's kubeconfig). Prints the failures (there must be
 *    none), the spread of every timing check's measured value (from each run's JSON), each lab's
 *    and each whole run's duration against the targets, and the load (bench-repeat.ts).
 * Figures go to stdout; the commands' own progress to stderr. Needs root, like cluster:up.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { aggregate, formatReliability, type Report, type RunRecord } from './bench-repeat';
import { DEFAULT_PARALLEL, parseParallel } from './commands/run';
import { exec } from './lib/exec';
import { paths } from './cluster/config';
import { setMessageLang } from './lib/output/messages';

// The bench speaks English (its table and figures); the runner's messages it passes on too.
setMessageLang('en');

const tsx = (script: string, ...args: string[]) => ['npx', 'tsx', script, ...args];

async function timed(argv: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<number> {
  const t0 = Date.now();
  await exec(argv, { env, echo: true, cwd });
  return (Date.now() - t0) / 1000;
}

const rows: [string, string][] = [];
const row = (what: string, seconds: number) => {
  rows.push([what, `${seconds.toFixed(1)} s`]);
  process.stderr.write(`bench: ${what}: ${seconds.toFixed(1)} s\n`);
};

async function coldBuild(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-cold-'));
  try {
    const env = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache'), GOCACHE: join(dir, 'gocache'), GOMODCACHE: join(dir, 'gomod') };
    row('cold build (Go modules downloaded, binaries and images built)', await timed(tsx('scripts/cluster/cli.ts', 'build'), env));
  } finally {
    await exec(['chmod', '-R', 'u+w', dir], { allowFailure: true }); // the module cache is read-only
    await rm(dir, { recursive: true, force: true });
  }
}

/** The environment after a shell evals `export …` lines as `npm run kind:up` prints them (its PATH line uses the shell's "$PATH"). */
async function evalExports(text: string): Promise<NodeJS.ProcessEnv> {
  const { stdout } = await exec(['bash', '-c', `${text}\nenv -0`]);
  return Object.fromEntries(stdout.split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
}

async function kindStage(): Promise<void> {
  await exec(tsx('scripts/cluster/cli.ts', 'down'), { echo: true }); // dockerd and the CI cluster run one after the other
  const t0 = Date.now();
  const { stdout } = await exec(tsx('scripts/kind/cli.ts', 'up'), { echo: false });
  row('kind:up (dockerd; kind, base and node image built if their recipe changed)', (Date.now() - t0) / 1000);
  const env = { ...process.env, ...(await evalExports(stdout)) };
  await exec(tsx('scripts/cli.ts', 'clean', '--cluster'), { env, echo: true });
  row('first lab on kind with the offline node image (creates the cluster, runs co-located)', await timed(tsx('scripts/cli.ts', 'run', 'co-located'), env));
  await exec(tsx('scripts/cli.ts', 'clean', '--cluster'), { env, echo: true });
  row('kind stage of CI (.ci/kind-stage)', await timed(['bash', '.ci/kind-stage'], { ...process.env, CI: 'true' }));
}

/** The lab-only install, timed from an empty npm cache, and its node_modules size (`du`, MB). */
async function labOnlyInstall(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-install-'));
  try {
    // tasks/ for `check`; manifest-comments.cjs translates a solution's comments (`check --solution --lang en`).
    for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts', 'labs', 'tasks', 'src/plugins/manifest-comments.cjs']) await cp(f, join(dir, f), { recursive: true });
    row('lab-only install (npm install --omit=dev, empty npm cache)', await timed(['npm', 'install', '--omit=dev', '--no-audit', '--no-fund', '--cache', join(dir, '.npm-cache')], process.env, dir));
    const { stdout } = await exec(['du', '-sk', join(dir, 'node_modules')]);
    const mb = Number(stdout.split('\t')[0]) / 1024;
    rows.push(['lab-only install: size of node_modules', `${mb.toFixed(1)} MB`]);
    process.stderr.write(`bench: lab-only install: node_modules ${mb.toFixed(1)} MB\n`);
    // The runner starts and loads every lab with what that install brought in.
    await exec(['npm', 'run', '--silent', 'lab', '--', 'list'], { cwd: dir, echo: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function printRows(): void {
  const width = Math.max(...rows.map(([w]) => w.length));
  process.stdout.write(`${rows.map(([w, s]) => `${w.padEnd(width)}  ${s.padStart(8)}`).join('\n')}\n`);
}

/** `--repeat N` (bench-repeat.ts prints what the runs showed). */
async function repeat(rounds: number, o: { kubeconfig: string; context?: string; parallel?: number }): Promise<void> {
  const target = ['--kubeconfig', o.kubeconfig, ...(o.context ? ['--context', o.context] : []), ...(o.parallel ? ['--parallel', String(o.parallel)] : [])];
  const loadBefore = loadavg();
  const runs: RunRecord[] = [];
  let serverVersion: string | undefined;
  // Ctrl-C or SIGTERM: the runner in progress gets SIGTERM (from the terminal it has SIGINT
  // already) and deletes its namespaces; then the figures of the runs done so far are printed.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`bench: ${signal}: stopping after the runner has cleaned up\n`);
    process.exitCode = 130;
    stop.abort();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  for (let round = 1; round <= rounds && !stop.signal.aborted; round++) {
    for (const variant of [undefined, 'broken']) {
      if (stop.signal.aborted) break;
      const argv = tsx('scripts/cli.ts', 'run', '--all', '--json', ...(variant ? ['--variant', variant] : []), ...target);
      const load = loadavg()[0];
      const t0 = Date.now();
      // The runner's progress goes on to stderr as it comes; its stdout is the JSON.
      const r = await exec(argv, { allowFailure: true, signal: stop.signal, onOutput: (chunk, stream) => stream === 'stderr' && process.stderr.write(chunk) });
      if (stop.signal.aborted) break; // an interrupted run is no figure
      const record: RunRecord = { round, variant, wallMs: Date.now() - t0, code: r.code, load };
      try {
        record.report = JSON.parse(r.stdout) as Report;
        serverVersion = record.report.serverVersion;
      } catch (err) {
        record.error = `${(err as Error).message}; stdout begins ${JSON.stringify(r.stdout.slice(0, 120))}`;
      }
      runs.push(record);
      const failed = record.report?.labs.filter((l) => !l.passed).map((l) => l.lab) ?? [];
      process.stderr.write(`bench: round ${round}/${rounds}${variant ? ` [${variant}]` : ''}: exit ${r.code}, ${record.report ? `${record.report.labs.length} labs, ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all passed'}` : `no JSON (${record.error})`}, ${(record.wallMs / 1000).toFixed(1)} s, load ${load.toFixed(2)}\n`);
    }
  }
  const parallel = o.parallel ? String(o.parallel) : `${DEFAULT_PARALLEL} (default)`;
  const gathered = aggregate(runs);
  process.stdout.write(formatReliability(gathered, { serverVersion, parallel, loadBefore, loadAfter: loadavg() }));
  if (gathered.failures.length > 0 && !stop.signal.aborted) process.exitCode = 1; // the figures are printed all the same
}

async function main(): Promise<void> {
  const { values: v } = parseArgs({
    options: {
      cold: { type: 'boolean', default: false },
      kind: { type: 'boolean', default: false },
      install: { type: 'boolean', default: false },
      repeat: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      parallel: { type: 'string' },
    },
  });
  if (v.repeat !== undefined) {
    const rounds = Number(v.repeat);
    if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--repeat ${v.repeat}: give a whole number of rounds (1 or more)`);
    return repeat(rounds, { kubeconfig: v.kubeconfig ?? paths.kubeconfig, context: v.context, parallel: parseParallel(v.parallel) });
  }
  if (v.kubeconfig || v.context || v.parallel) throw new Error('--kubeconfig, --context and --parallel go with --repeat N');
  if (v.install) {
    await labOnlyInstall();
    return printRows();
  }
  if (v.kind) {
    await kindStage();
    return printRows();
  }
  if (v.cold) await coldBuild();
  await exec(tsx('scripts/cluster/cli.ts', 'build'), { echo: true }); // make sure the cache is warm
  row('cluster:down', await timed(tsx('scripts/cluster/cli.ts', 'down')));
  row('warm cluster:up (to ready: DNS and Service routing proven)', await timed(tsx('scripts/cluster/cli.ts', 'up')));
  let total = 0;
  for (const variant of [[], ['--variant', 'broken']]) {
    const { stdout } = await exec(tsx('scripts/cli.ts', 'run', '--all', '--json', ...variant, '--kubeconfig', paths.kubeconfig));
    const report = JSON.parse(stdout) as { labs: { lab: string; durationMs: number; passed: boolean }[] };
    for (const l of report.labs) {
      row(`lab ${l.lab}${variant.length ? ' [broken]' : ''}${l.passed ? '' : ' (FAILED)'}`, l.durationMs / 1000);
      total += l.durationMs / 1000;
    }
  }
  row('all labs, both variants', total);
  printRows();
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.message}\n`);
  process.exit(1);
});
