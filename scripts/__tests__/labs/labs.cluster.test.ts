/**
 * Every lab and every broken variant against a real cluster, through the runner's command line
 * exactly as the README prints it: `npm run --silent lab -- run --all --json --kubeconfig … --parallel N`,
 * once for the labs and once with `--variant broken`. Each lab's test reads its result from the
 * JSON that command printed, so CI runs each lab once and covers both the CLI (arguments, exit
 * code, stdout being the JSON alone) and what every lab asserts on a cluster.
 * Which cluster, and when the tests skip or fail without one: cluster-target.ts.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARALLEL } from '../../commands/run';
import { exec } from '../../lib/exec';
import { loadAllLabs, type LoadedLab } from '../../lib/labs/labs';
import type { jsonReport } from '../../lib/output/report';
import { atLeastMinor } from '../../lib/run/run-lab';
import { isTimingKind } from '../../lib/checks/timing';
import { findClusterOrWarn, onCluster, type Connected } from '../support/cluster-target';

const root = join(import.meta.dirname, '..', '..', '..');

type Report = ReturnType<typeof jsonReport>;
type LabReport = Report['labs'][number];

interface CliRun {
  command: string;
  code: number;
  stdout: string;
  /** The JSON on stdout, or why stdout is not JSON alone. */
  report: Report | string;
}

let cluster: Connected | string | undefined;

/**
 * The labs an ordinary cluster runs: all but those that need a cluster of their own kind
 * (lab.ts `cluster`, e.g. sidecar-gate-off, which runs in .ci/versions-stage on a cluster with
 * native sidecars off; sidecar-preflight.cluster.test.ts checks that the runner refuses it here).
 */
const allLabs: LoadedLab[] = await loadAllLabs();
const ordinary = allLabs.filter((l) => l.lab.cluster === undefined);
const ordinaryLabs = ordinary.map((l) => l.lab.name);
/** The others, which `run --all` reports in the JSON's `skipped`. */
const special = allLabs.filter((l) => l.lab.cluster !== undefined).map((l) => l.lab.name);
const labNamed = (name: string) => ordinary.find((l) => l.lab.name === name)!;

// Reaching the API server allows a 10 s request timeout, plus kubectl start-up.
beforeAll(async () => {
  cluster = await findClusterOrWarn();
}, 60_000);

/** npm and the CLI as a reader starts them: none of the npm_* settings of a surrounding `npm test`. */
const readerEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|LAB_INJECT_FAULT$)/i.test(k)));

/**
 * A whole `run --all` takes as long as its slowest labs, run DEFAULT_PARALLEL at once (about 2 min
 * on the loaded 2-core CI machine, `npm run bench`); a lab's waits allow up to 600 s each, so
 * 20 minutes leaves room for a slow one while still ending a hung run.
 */
const RUN_ALL_TIMEOUT_MS = 20 * 60_000;

const runs = new Map<string, Promise<CliRun>>();

/**
 * The CLI's run of every lab (`variant` undefined) or of every broken variant: started once, by
 * the first test that needs it, with the runner's progress streamed to stderr as it goes.
 */
function runAll(c: Connected, variant?: string): Promise<CliRun> {
  const key = variant ?? '';
  if (!runs.has(key)) {
    const { kubeconfig, context } = c.kubectl.target;
    const args = ['run', '--all', '--json', ...(variant ? ['--variant', variant] : []), '--kubeconfig', kubeconfig, '--context', context, '--parallel', String(DEFAULT_PARALLEL)];
    const argv = ['npm', 'run', '--silent', 'lab', '--', ...args];
    const command = argv.join(' ');
    process.stderr.write(`labs.cluster.test: ${command}\n`);
    const run = exec(argv, { cwd: root, env: readerEnv, allowFailure: true, timeoutMs: RUN_ALL_TIMEOUT_MS, onOutput: (chunk, stream) => stream === 'stderr' && process.stderr.write(chunk) }).then(({ code, stdout }): CliRun => {
      let report: Report | string;
      try {
        report = JSON.parse(stdout) as Report;
      } catch (err) {
        report = `stdout is not JSON alone (${(err as Error).message}); it begins ${JSON.stringify(stdout.slice(0, 200))}`;
      }
      return { command, code, stdout, report };
    });
    runs.set(key, run);
  }
  return runs.get(key)!;
}

/** This lab's entry in the run's JSON; fails naming the command when the run gave none. */
async function labReport(name: string, ctx: { skip: (note: string) => void }, variant?: string): Promise<LabReport> {
  const run = await runAll(onCluster(cluster, ctx), variant);
  expect(typeof run.report, `${run.command}: ${run.report}`).toBe('object');
  const entries = (run.report as Report).labs.filter((l) => l.lab === name);
  expect(entries.length, `${run.command}: lab ${name} should be reported exactly once`).toBe(1);
  return entries[0];
}

/** The ids of a lab's checks, in the order its steps run them. */
const declaredChecks = (l: LoadedLab) => l.lab.steps.flatMap((s) => s.checks.map((c) => c.id));

/** What the broken variant declares must fail on this server (lab.ts `expectFailing`, or `expectFailingFrom` from its release on). */
function declaredFailing(l: LoadedLab, serverVersion: string): string[] {
  const v = l.lab.variants.broken;
  return (v.expectFailingFrom && atLeastMinor(serverVersion, v.expectFailingFrom.kubernetes) ? v.expectFailingFrom.expectFailing : v.expectFailing).slice().sort();
}

const stepErrors = (r: LabReport) => r.steps.filter((s) => s.error).map((s) => `${s.title}: ${s.error}`);

/** The run as a whole: its exit code, stdout as the JSON alone, and every ordinary lab in it once. */
function wholeRun(variant?: string) {
  return async (ctx: { skip: (note: string) => void }) => {
    const c = onCluster(cluster, ctx);
    const run = await runAll(c, variant);
    expect(typeof run.report, `${run.command}: ${run.report}`).toBe('object');
    const report = run.report as Report;
    expect(report.serverVersion).toBe(c.serverVersion);
    expect(report.context).toBe(c.kubectl.target.context);
    expect(report.labs.map((l) => l.lab).sort(), `${run.command}: every lab but those that need a cluster of their own, once each`).toEqual([...ordinaryLabs].sort());
    expect(report.skipped, `${run.command}: the labs left out, and why`).toEqual(special.map((lab) => ({ lab, reason: 'needs-native-sidecars-off' })));
    for (const l of report.labs) {
      expect(l.variant, `${l.lab}: variant in the JSON`).toBe(variant);
      expect(l.lang).toBe('ko');
      expect(l.durationMs).toBeGreaterThan(0);
    }
    const failed = report.labs.filter((l) => !l.passed).map((l) => l.lab);
    expect(run.code, `${run.command}: exit code (labs that did not pass: ${failed.join(', ') || 'none'})`).toBe(failed.length ? 1 : 0);
    expect(failed, `${run.command}: labs that did not pass (each has its own test below)`).toEqual([]);
  };
}

// One test after another: the first to need a run starts it (the CLI runs the labs side by side,
// --parallel N); the others read its JSON.
describe('labs on a real cluster, through npm run lab -- run --all --json', () => {
  it('run --all: exit code 0, stdout is the JSON alone, every lab once', { timeout: RUN_ALL_TIMEOUT_MS + 60_000 }, wholeRun());

  it.for(ordinaryLabs)('%s passes', { timeout: RUN_ALL_TIMEOUT_MS + 60_000 }, async (name, ctx) => {
    const r = await labReport(name, ctx);
    const failed = r.checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.evidence}`);
    expect([...stepErrors(r), ...failed], `lab ${name} failed`).toEqual([]);
    expect(r.checks.map((c) => c.id), `lab ${name}: every check of labs/${name}/lab.ts ran, in order`).toEqual(declaredChecks(labNamed(name)));
    expect(r.expectFailing).toBeUndefined();
    // Each timing check reports what it measured (bench --repeat reads it), within its bounds.
    for (const c of r.checks.filter((x) => isTimingKind(x.kind))) {
      expect(c.timing, `lab ${name}: ${c.id} (${c.kind}) gives no timing in the JSON: ${c.evidence}`).toBeDefined();
      const { ms, min = -Infinity, max = Infinity } = c.timing!;
      expect(ms >= min && ms <= max, `lab ${name}: ${c.id}: timing ${JSON.stringify(c.timing)}`).toBe(true);
    }
    expect(r.passed).toBe(true);
  });

  it('run --all --variant broken: exit code 0, stdout is the JSON alone, every lab once', { timeout: RUN_ALL_TIMEOUT_MS + 60_000 }, wholeRun('broken'));

  // Every lab has a broken variant that its checks must catch: exactly the declared checks fail.
  it.for(ordinaryLabs)('%s [broken] fails exactly where expected', { timeout: RUN_ALL_TIMEOUT_MS + 60_000 }, async (name, ctx) => {
    const loaded = labNamed(name);
    expect(loaded.variants.has('broken'), `lab ${name} has no broken variant (labs/${name}/lab.ts: variants.broken)`).toBe(true);
    const r = await labReport(name, ctx, 'broken');
    expect(stepErrors(r), `lab ${name} [broken]: a step failed`).toEqual([]);
    expect(r.checks.map((c) => c.id), `lab ${name} [broken]: every check ran, in order`).toEqual(declaredChecks(loaded));
    const expected = declaredFailing(loaded, (cluster as Connected).serverVersion);
    expect([...(r.expectFailing ?? [])].sort(), `lab ${name} [broken]: expectFailing in the JSON`).toEqual(expected);
    const failed = r.checks.filter((c) => !c.pass).map((c) => c.id).sort();
    expect(failed, `lab ${name} [broken]: the failing checks differ from variants.broken.expectFailing`).toEqual(expected);
    expect(r.passed).toBe(true);
  });
});
