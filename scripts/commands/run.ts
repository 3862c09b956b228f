/** `lab run <name>|--all`: preflight, connect, run each lab, report. */
import { UserError } from '../lib/output/errors';
import { versions } from '../cluster/versions';
import { buildEvidence, writeEvidence } from '../lib/evidence/evidence';
import type { Exec } from '../lib/exec';
import type { LabLang } from '../lib/labs/lab-text';
import { loadAllLabs, loadLab, manifestsFor, show, type LoadedLab } from '../lib/labs/labs';
import { requireSidecarSupport, sidecarNeed } from '../lib/target/features';
import { messages } from '../lib/output/messages';
import pLimit from 'p-limit';
import { elapsed, log, withLogSink } from '../lib/progress';
import { jsonReport, summaryTable, verdictLines, type SkippedLab } from '../lib/output/report';
import { runLab, type LabResult } from '../lib/run/run-lab';
import { sweep } from '../lib/run/sweep';
import { connect, resolveTarget } from '../lib/target/target';

export interface RunCommandOptions {
  names: string[];
  all: boolean;
  json: boolean;
  keep: boolean;
  kubeconfig?: string;
  context?: string;
  /** Node image and node count for a new dedicated kind cluster. */
  nodeImage?: string;
  nodes?: number;
  record?: string;
  /** Run this variant of each lab (with --all: of each lab that has it). */
  variant?: string;
  /** Wait until each lab's namespace is gone before the next lab (and before exiting). */
  waitDeleted?: boolean;
  /** Record each passing lab's run as labs/<name>/evidence.json (shown on its page). */
  evidence?: boolean;
  /** Language of the titles printed and in the JSON report (default `ko`); evidence.json stays Korean. */
  lang?: LabLang;
  labsDir?: string;
  /** How many labs run at once, each in its own namespace (default DEFAULT_PARALLEL; 1: one after another). */
  parallel?: number;
}

/**
 * Labs run side by side by default: most of a lab's time is waiting (probes, holds, grace periods),
 * so four at once cut a full run to about a third on two cores, and `bench` measures that the
 * timing checks hold (see the closing note of issue 13).
 */
export const DEFAULT_PARALLEL = 4;

/** `--parallel N`: a whole number from 1 to 16; undefined when not given. Throws a UserError (in the CLI's --lang) otherwise. */
export function parseParallel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new UserError(messages().run.badParallel(value));
  return n;
}

export async function run(exec: Exec, o: RunCommandOptions): Promise<number> {
  const m = messages(o.lang).run;
  if (o.evidence && o.variant) throw new UserError(m.evidenceWithVariant);
  // Labs first: an unknown or malformed lab fails before any cluster work.
  let labs: LoadedLab[] = o.all ? await loadAllLabs(o.labsDir) : await Promise.all(o.names.map((n) => loadLab(n, o.labsDir)));
  /** What --all left out, and why: in the JSON report's `skipped`, never among the labs that ran. */
  const skipped: SkippedLab[] = [];
  if (o.all) {
    // A lab that needs a cluster of its own kind (native sidecars off) runs only when named.
    const special = labs.filter((l) => l.lab.cluster !== undefined).map((l) => l.lab.name);
    if (special.length > 0) log(messages(o.lang).nativeSidecars.leftOut(special));
    skipped.push(...special.map((lab) => ({ lab, reason: 'needs-native-sidecars-off' as const })));
    labs = labs.filter((l) => l.lab.cluster === undefined);
  }
  if (o.variant && o.all) {
    skipped.push(...labs.filter((l) => !l.variants.has(o.variant!)).map((l) => ({ lab: l.lab.name, reason: 'no-variant' as const })));
    labs = labs.filter((l) => l.variants.has(o.variant!));
  }
  for (const l of labs) manifestsFor(l, o.variant); // an unknown variant fails before cluster work
  if (labs.length === 0) throw new UserError(m.noLabs);
  const target = (await resolveTarget(exec, { kubeconfig: o.kubeconfig, context: o.context, create: true, nodeImage: o.nodeImage, nodes: o.nodes, lang: o.lang }))!;
  const { kubectl, serverVersion } = await connect(exec, target);
  log(m.cluster(target.context, target.kubeconfig, serverVersion));
  await sweep(kubectl, 'run'); // namespaces of runs that ended without cleaning up (SIGKILL, a crash)
  const needs = labs.map((l) => ({ name: l.lab.name, need: sidecarNeed(l, manifestsFor(l, o.variant)) }));
  await requireSidecarSupport(kubectl, { context: target.context, serverVersion, dedicated: target.dedicated }, needs, 'default', o.lang);
  const out = (line: string) => (o.json ? process.stderr : process.stdout).write(`${line}\n`);
  const parallel = Math.min(o.parallel ?? DEFAULT_PARALLEL, labs.length);
  if (parallel > 1) log(messages(o.lang).parallel.start(labs.length, parallel));
  // One at a time, a lab prints as it goes. Side by side, each lab's lines (its report and its
  // progress) are kept and printed as one block when it ends, so that labs never interleave.
  const runOne = async (lab: LoadedLab): Promise<LabResult> => {
    const options = { kubectl, serverVersion, keep: o.keep, waitDeleted: o.waitDeleted, record: o.record, variant: o.variant, lang: o.lang, trace: o.evidence };
    if (parallel === 1) return runLab(lab, { ...options, out });
    const lines: { text: string; report: boolean }[] = [];
    const t0 = Date.now();
    const r = await withLogSink((text) => lines.push({ text, report: false }), () => runLab(lab, { ...options, out: (text) => lines.push({ text, report: true }) }));
    for (const l of lines) (l.report ? out : (t: string) => process.stderr.write(`${t}\n`))(l.text);
    log(messages(o.lang).parallel.done(lab.lab.name, r.passed, elapsed(t0)));
    return r;
  };
  // p-limit: a small, well-kept concurrency limiter (sindresorhus), instead of a hand-rolled pool.
  const limit = pLimit(parallel);
  const results: LabResult[] = await Promise.all(
    labs.map((lab) =>
      limit(async () => {
        const r = await runOne(lab);
        if (o.evidence) {
          if (r.passed) log(m.evidenceWritten(show(writeEvidence(lab.dir, buildEvidence(r, serverVersion, lab.lab), `v${versions.kubernetes}`))));
          else log(m.evidenceNotWritten(r.lab));
        }
        return r;
      }),
    ),
  );
  if (o.json) process.stdout.write(`${JSON.stringify(jsonReport(results, serverVersion, target.context, skipped), null, 2)}\n`);
  else if (o.all || results.length > 1) out(`\n${summaryTable(results, o.lang)}`);
  // One lab ends with its verdict and what it showed (on stderr with --json: stdout stays the JSON).
  if (!o.all && results.length === 1) out(`\n${verdictLines(results[0], labs[0].lab).join('\n')}`);
  return results.every((r) => r.passed) ? 0 : 1;
}
