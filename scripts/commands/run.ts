/** `lab run <name>|--all`: preflight, connect, run each lab, report. */
import { UserError } from '../lib/errors';
import { buildEvidence, writeEvidence } from '../lib/evidence';
import type { Exec } from '../lib/exec';
import type { LabLang } from '../lib/lab-text';
import { loadAllLabs, loadLab, manifestsFor, show, type LoadedLab } from '../lib/labs';
import { messages } from '../lib/messages';
import { log } from '../lib/progress';
import { jsonReport, summaryTable, verdictLines } from '../lib/report';
import { runLab, type LabResult } from '../lib/run-lab';
import { sweep } from '../lib/sweep';
import { connect, resolveTarget } from '../lib/target';

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
}

export async function run(exec: Exec, o: RunCommandOptions): Promise<number> {
  const m = messages(o.lang).run;
  if (o.evidence && o.variant) throw new UserError(m.evidenceWithVariant);
  // Labs first: an unknown or malformed lab fails before any cluster work.
  let labs: LoadedLab[] = o.all ? await loadAllLabs(o.labsDir) : await Promise.all(o.names.map((n) => loadLab(n, o.labsDir)));
  if (o.variant && o.all) labs = labs.filter((l) => l.variants.has(o.variant!));
  for (const l of labs) manifestsFor(l, o.variant); // an unknown variant fails before cluster work
  if (labs.length === 0) throw new UserError(m.noLabs);
  const target = (await resolveTarget(exec, { kubeconfig: o.kubeconfig, context: o.context, create: true, nodeImage: o.nodeImage, nodes: o.nodes, lang: o.lang }))!;
  const { kubectl, serverVersion } = await connect(exec, target);
  log(m.cluster(target.context, target.kubeconfig, serverVersion));
  await sweep(kubectl, 'run'); // namespaces of runs that ended without cleaning up (SIGKILL, a crash)
  const out = (line: string) => (o.json ? process.stderr : process.stdout).write(`${line}\n`);
  const results: LabResult[] = [];
  for (const lab of labs) {
    const r = await runLab(lab, { kubectl, serverVersion, keep: o.keep, waitDeleted: o.waitDeleted, record: o.record, variant: o.variant, lang: o.lang, trace: o.evidence, out });
    results.push(r);
    if (o.evidence) {
      if (r.passed) log(m.evidenceWritten(show(writeEvidence(lab.dir, buildEvidence(r, serverVersion, lab.lab)))));
      else log(m.evidenceNotWritten(r.lab));
    }
  }
  if (o.json) process.stdout.write(`${JSON.stringify(jsonReport(results, serverVersion, target.context), null, 2)}\n`);
  else if (o.all || results.length > 1) out(`\n${summaryTable(results, o.lang)}`);
  // One lab ends with its verdict and what it showed (on stderr with --json: stdout stays the JSON).
  if (!o.all && results.length === 1) out(`\n${verdictLines(results[0], labs[0].lab).join('\n')}`);
  return results.every((r) => r.passed) ? 0 : 1;
}
