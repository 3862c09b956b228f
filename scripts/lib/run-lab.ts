/**
 * Runs one lab against a connected cluster: own labelled namespace, each step's manifests,
 * waits with deadlines, checks judged from fresh observations; diagnostics on failure; cleanup
 * of only what it created (also on SIGINT/SIGTERM) unless `keep`.
 */
import { randomBytes } from 'node:crypto';
import { onCleanup } from './cleanup';
import { diagnostics } from './diagnostics';
import { judge } from './judge';
import type { Kubectl } from './kubectl';
import type { LoadedLab } from './labs';
import { observe } from './observe';
import { log } from './progress';
import { writeRecording } from './record';
import { formatCheck, inspectHint } from './report';
import { waitFor } from './wait';

export interface CheckResult {
  id: string;
  title: string;
  pass: boolean;
  evidence: string;
}

export interface StepResult {
  title: string;
  passed: boolean;
  error?: string;
}

export interface LabResult {
  lab: string;
  passed: boolean;
  durationMs: number;
  namespace: string;
  steps: StepResult[];
  checks: CheckResult[];
}

export interface RunOptions {
  kubectl: Kubectl;
  serverVersion: string;
  keep?: boolean;
  /** Directory for `<lab>.<check-id>.json` observations (fixtures for the judge's tests). */
  record?: string;
  /** Where result lines go: stdout for people, stderr when stdout carries JSON. */
  out: (line: string) => void;
  /** Poll interval of waits; tests shorten it. */
  pollIntervalMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function namespaceFor(lab: string): string {
  return `lab-${lab}-${randomBytes(3).toString('hex').slice(0, 5)}`;
}

export async function runLab({ lab, manifests }: LoadedLab, o: RunOptions): Promise<LabResult> {
  const t0 = Date.now();
  const ns = namespaceFor(lab.name);
  const result: LabResult = { lab: lab.name, passed: false, durationMs: 0, namespace: ns, steps: [], checks: [] };
  const { kubectl, out } = o;
  out(`▶ ${lab.name}: ${lab.title}  (namespace ${ns})`);
  const creating = kubectl.createNamespace(ns, lab.name);
  // A signal can arrive while the namespace is being created: let that finish, then delete it.
  const cleanup = o.keep
    ? undefined
    : onCleanup(async () => {
        await creating.catch(() => undefined);
        log(`namespace ${ns}: ${await kubectl.deleteLabNamespace(ns)}`);
      });
  let failed = false;
  try {
    await creating;
    for (const [i, step] of lab.steps.entries()) {
      out(`  step ${i + 1}/${lab.steps.length}: ${step.title}`);
      const stepResult: StepResult = { title: step.title, passed: true };
      result.steps.push(stepResult);
      try {
        for (const file of step.apply ?? []) {
          log(`kubectl apply -n ${ns} -f manifests/${file}`);
          await kubectl.apply(ns, manifests.get(file)!);
        }
        if (step.wait) await waitFor(kubectl, ns, step.wait, o.pollIntervalMs);
        if (step.holdSeconds) {
          log(`Holding ${step.holdSeconds}s to observe what does (not) happen …`);
          await sleep(step.holdSeconds * 1000);
        }
      } catch (err) {
        stepResult.passed = false;
        stepResult.error = (err as Error).message;
        out(`  ✘ step failed: ${stepResult.error.split('\n').join('\n      ')}`);
        failed = true;
        break; // later steps build on this one
      }
      for (const { id, title, check } of step.checks) {
        const observation = await observe(kubectl, ns, check);
        const verdict = judge(check, observation);
        if (o.record) writeRecording(o.record, { lab: lab.name, serverVersion: o.serverVersion, check: { id, title, check }, observation, verdict });
        result.checks.push({ id, title, ...verdict });
        out(formatCheck(id, title, verdict));
        if (!verdict.pass) {
          stepResult.passed = false;
          failed = true;
        }
      }
    }
    result.passed = !failed;
  } catch (err) {
    result.steps.push({ title: '(runner)', passed: false, error: (err as Error).message });
    throw err;
  } finally {
    if (!result.passed) log(`${lab.name} failed: what the cluster reported\n${await diagnostics(kubectl, ns, lab).catch((e: Error) => e.message)}`);
    result.durationMs = Date.now() - t0;
    if (cleanup) await cleanup();
    else log(inspectHint(kubectl.target, ns));
  }
  return result;
}
