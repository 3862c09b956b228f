/**
 * The connecting words of the judges' evidence lines (scripts/lib/checks/judge.ts, pod.ts,
 * lifecycle.ts, checks/api/judge.ts), in each language the runner speaks. Part of the runner's
 * catalogue (`messages(lang).evidence`, messages.ts), kept in its own file because it is long.
 *
 * Only the words between the values are translated. Every parameter is text the judge has
 * already formatted the way Kubernetes prints it (phase and STATUS names, `restartCount`, exit
 * codes and reasons, timestamps, container names, quoted output, `12ms`), so a Korean line and
 * its English one carry the same values (evidence-lang.test.ts checks this for every check kind).
 *
 * The English lines are canonical: `run --json`, `--record` and `checks[].evidence` in
 * evidence.json keep them, and timing.ts and evidence-values.ts read values out of them. Change
 * an English phrase only together with those readers.
 */

export interface EvidenceMessages {
  // pod.ts: a container's state.
  /** `running since 2026-…Z`; without `since`, `running` (a timeline's state, whose times are its bars). */
  running(since?: string): string;
  /** `terminated exit 0 (Completed) at 2026-…Z`; `exit` is `exit 0 (Completed)`; without `at`, no time. */
  terminated(exit: string, at?: string): string;
  /** `waiting (PodInitializing)`; `reason` is `` or ` (PodInitializing)`. */
  waiting(reason: string): string;
  noState: string;
  /** `app: no status yet` */
  noStatus(container: string): string;
  /** Appended to a container's state: `, 2 restart(s)`. */
  restarts(count: string): string;

  // judge.ts
  /** container-exited: `exited 1 (Error) at 2026-…Z`; `exit` is `1 (Error)`. */
  exited(exit: string, at: string): string;
  /** container-exited: `app: <seen> (expected exit 0)` */
  containerExited(container: string, seen: string, exitCode: string): string;
  /** exits-before-start, starts-before: `app: finished 2026-…Z` / `finished never`. */
  finished(container: string, at: string | undefined): string;
  started(container: string, at: string | undefined): string;
  /** starts-before: ` (3s later; expected ≥ 2s)`; `min` is `` when there is no minimum. */
  secondsLater(gap: string, min: string): string;
  /** has-restarted: `app: restartCount 3 (expected ≥ 2)` */
  restartCount(container: string, count: string, min: string): string;
  /** pod-phase: `pod: phase Running (expected Running)`; `phase` undefined when the Pod reports none. */
  phase(pod: string, phase: string | undefined, expected: string): string;
  /** exec */
  notRun: string;
  exec(code: string, stdout: string, stderr: string): string;
  /** log-includes */
  logLine(line: string): string;
  notInLog(lines: string, last: string): string;
  /** log-includes when kubectl gave no log at all (no such container, not started yet): what it said instead. */
  noLog(why: string): string;
  /** pod-status: `pod: STATUS Init:Error (expected Init:Error or Init:CrashLoopBackOff); <pod>` */
  podStatus(pod: string, status: string, oneOf: string[], described: string): string;
  /** same-pod */
  samePod(pod: string, uid: string | undefined, created: string, firstUid: string | undefined): string;
  /** pod-status-seen: the part in parentheses, and what was wrong. */
  statusExpected(sequence: string[], never: string[] | undefined): string;
  statusMissing(status: string, after: string | undefined): string;
  statusForbidden(statuses: string[]): string;
  /** `STATUS Pending @2.1s → Running @3.0s`, or that the watch saw none. */
  statusSeen(changes: string | undefined): string;
  /** lifecycle-order: ` (120ms later; expected ≥ 100ms)`, ` (40ms EARLIER)`; `bounds` are `≥ 100ms` and `≤ 5000ms` texts. */
  msLater(gap: string, earlier: boolean, bounds: string[]): string;
  /** describeEvent: an event that is not in the logs. */
  neverRecorded(container: string, event: string): string;
  /** lifecycle-together: `; spread 10ms (expected ≤ 1000ms)`; `spread` undefined when an event is missing. */
  spread(spread: string | undefined, max: string): string;
  /** lifecycle-count: `app Starting: 2 time(s) (@1.00s, @5.00s), expected 2` */
  times(container: string, event: string, count: string, at: string, expected: string): string;
  /** timeline(): no lines, and how many were left out. */
  noLifecycleLines: string;
  moreEvents(count: string): string;
  /** container-ready: the part after the container's state. */
  ready(ready: string, started: string | undefined): string;
  readyExpected(ready: string): string;
  /** job-condition */
  jobMissing(job: string): string;
  noConditions: string;
  jobExpected(condition: string): string;

  // api/judge.ts
  notApplied(manifest: string): string;
  dryRun: string;
  accepted(stdout: string, messageIncludes: string[]): string;
  rejected(code: string, stderr: string, missing: string[]): string;
  noApplyOutput(manifest: string): string;
  warned(line: string): string;
  warnings(lines: string[]): string;
  noWarning: string;
  warningExpected(text: string): string;
  podMissing(pod: string): string;
  notInStoredPod(pod: string, missing: string, path: string): string;
  /** stored-field: `pod/x: stored spec.a is "b" (expected "c"); stored keys beside it: …`; `value` undefined = absent. */
  stored(pod: string, path: string, value: string | undefined, expected: string | undefined, keys: string): string;
  notDeleted(pod: string): string;
  notSeenTerminated(container: string, pod: string, requestedAt: string): string;
  /** killed-after-delete: `app: exited 137 (Error) at T, 10s after the delete at D (grace period 10s; expected exit 137, 9–12s)` */
  killedAfterDelete(container: string, exit: string, at: string, after: string, requestedAt: string, grace: string, exitCode: string, range: string): string;
  quotaExpected(admitted: boolean, requested: string): string;
  notByQuota(manifest: string, stderr: string, expected: string): string;
  rejectedByQuota(manifest: string, quota: string, requested: string, used: string, limited: string, expected: string): string;
  notCounted(manifest: string, quota: string, resource: string, used: string, expected: string): string;
  admitted(manifest: string, requested: string, quota: string, before: string, after: string, hard: string, expected: string): string;

  // practice/judge.ts: the practice kinds.
  /** init-done-before: the Pod has no init container that runs to completion; `created` false when there is no Pod. */
  noRegularInit(pod: string, created: boolean): string;
  /** init-no-restarts: the Pod has no init containers at all. */
  noInitContainers(pod: string, created: boolean): string;
  /** init-no-restarts: `last run exited 1 (Error)`, `exited 1 (Error)`; `exit` is `1 (Error)`. */
  lastRunExited(exit: string): string;
  exitedNow(exit: string): string;
}

const quoteAll = (texts: string[]) => texts.map((t) => JSON.stringify(t)).join(', ');

export const en: EvidenceMessages = {
  running: (since) => (since === undefined ? 'running' : `running since ${since}`),
  terminated: (exit, at) => (at === undefined ? `terminated ${exit}` : `terminated ${exit} at ${at}`),
  waiting: (reason) => `waiting${reason}`,
  noState: 'no state reported',
  noStatus: (c) => `${c}: no status yet`,
  restarts: (n) => `, ${n} restart(s)`,

  exited: (exit, at) => `exited ${exit} at ${at}`,
  containerExited: (c, seen, code) => `${c}: ${seen} (expected exit ${code})`,
  finished: (c, at) => `${c}: finished ${at ?? 'never'}`,
  started: (c, at) => `${c}: started ${at ?? 'never'}`,
  secondsLater: (gap, min) => ` (${gap}s later${min ? `; expected ≥ ${min}s` : ''})`,
  restartCount: (c, n, min) => `${c}: restartCount ${n} (expected ≥ ${min})`,
  phase: (pod, phase, expected) => `${pod}: phase ${phase ?? 'unknown'} (expected ${expected})`,
  notRun: 'the command was not run',
  exec: (code, stdout, stderr) => `exit ${code}, stdout: ${stdout}${stderr ? `, stderr: ${stderr}` : ''}`,
  logLine: (line) => `log line: ${line}`,
  notInLog: (lines, last) => `not in ${lines} log line(s); last: ${last}`,
  noLog: (why) => `no log to search: ${why}`,
  podStatus: (pod, status, oneOf, described) => `${pod}: STATUS ${status} (expected ${oneOf.join(' or ')}); ${described}`,
  samePod: (pod, uid, created, firstUid) => `${pod}: uid ${uid ?? 'none (the Pod does not exist)'}, created ${created}; first seen with uid ${firstUid ?? 'never'}`,
  statusExpected: (sequence, never) => `expected ${sequence.join(' → ')}${sequence.length > 1 ? ' in this order' : ''}${never ? `; never ${never.join(', ')}` : ''}`,
  statusMissing: (status, after) => `no ${status}${after ? ` after ${after}` : ''}`,
  statusForbidden: (statuses) => `showed ${statuses.join(', ')}`,
  statusSeen: (changes) => (changes ? `STATUS ${changes}` : 'no STATUS seen by the watch'),
  msLater: (gap, earlier, bounds) => ` (${gap}ms ${earlier ? 'EARLIER' : 'later'}${bounds.length ? `; expected ${bounds.join(' and ')}` : ''})`,
  neverRecorded: (c, e) => `${c} ${e}: never recorded`,
  spread: (spread, max) => `; spread ${spread ?? 'unknown'} (expected ≤ ${max})`,
  times: (c, e, n, at, expected) => `${c} ${e}: ${n} time(s)${at ? ` (${at})` : ''}, expected ${expected}`,
  noLifecycleLines: 'no LIFECYCLE lines',
  moreEvents: (n) => `… (${n} more)`,
  ready: (ready, started) => `, ready ${ready}${started === undefined ? '' : `, started ${started}`}`,
  readyExpected: (ready) => ` (expected running and ready ${ready})`,
  jobMissing: (job) => `job/${job} does not exist`,
  noConditions: 'no conditions',
  jobExpected: (condition) => `(expected ${condition}=True)`,

  notApplied: (m) => `${m}: not applied`,
  dryRun: ' (server-side dry run)',
  accepted: (stdout, includes) => `accepted: ${stdout} (expected a refusal containing ${quoteAll(includes)})`,
  rejected: (code, stderr, missing) => `rejected (exit ${code}): ${stderr}${missing.length ? `; the message lacks ${quoteAll(missing)}` : ''}`,
  noApplyOutput: (m) => `${m}: no step applied it, so there is no apply output to read`,
  warned: (line) => `kubectl apply warned: ${line}`,
  warnings: (lines) => `warnings ${lines.join('; ')}`,
  noWarning: 'no warning',
  warningExpected: (text) => ` (expected one containing ${JSON.stringify(text)})`,
  podMissing: (pod) => `pod/${pod} does not exist`,
  notInStoredPod: (pod, missing, path) => `pod/${pod}: ${missing} is not in the stored Pod, so ${path} cannot be read`,
  stored: (pod, path, value, expected, keys) => `pod/${pod}: stored ${path} ${value === undefined ? 'is absent' : `is ${value}`} (expected ${expected ?? 'absent'}); stored keys beside it: ${keys}`,
  notDeleted: (pod) => `pod/${pod} was not deleted by a step before this check (give the step delete: { pod: ${pod} })`,
  notSeenTerminated: (c, pod, at) => `${c}: not seen terminated before pod/${pod} was gone (delete requested at ${at})`,
  killedAfterDelete: (c, exit, at, after, requestedAt, grace, code, range) => `${c}: exited ${exit} at ${at}, ${after}s after the delete at ${requestedAt} (grace period ${grace}s; expected exit ${code}, ${range}s)`,
  quotaExpected: (admitted, requested) => `expected ${admitted ? 'admitted' : 'rejected'}, requested: ${requested}`,
  notByQuota: (m, stderr, expected) => `${m}: refused, but not by a quota: ${stderr} (${expected})`,
  rejectedByQuota: (m, q, requested, used, limited, expected) => `${m}: rejected by quota ${q}, requested: ${requested}, used: ${used}, limited: ${limited} (${expected})`,
  notCounted: (m, q, resource, used, expected) => `${m}: admitted, but quota ${q} counts no ${resource} (used: ${used}) (${expected})`,
  admitted: (m, requested, q, before, after, hard, expected) => `${m}: admitted, requested: ${requested} (quota ${q}: used ${before} → ${after} of ${hard}) (${expected})`,

  noRegularInit: (pod, created) => `${pod}: no init container that runs to completion (the Pod has ${created ? 'none' : 'not been created'})`,
  noInitContainers: (pod, created) => `${pod}: no init containers${created ? '' : ' (the Pod does not exist)'}`,
  lastRunExited: (exit) => `last run exited ${exit}`,
  exitedNow: (exit) => `exited ${exit}`,
};

/**
 * 평어체 명사형으로 짧게 쓴다. Kubernetes가 찍는 값(`phase`, `STATUS`, `restartCount`, `ready`,
 * `started`, exit 코드와 reason, `active`/`succeeded`/`failed`, quota 메시지의 `requested:` …)은
 * 그대로 둔다.
 */
export const ko: EvidenceMessages = {
  running: (since) => (since === undefined ? '실행 중' : `${since}부터 실행 중`),
  terminated: (exit, at) => (at === undefined ? `종료, ${exit}` : `${at}에 종료, ${exit}`),
  waiting: (reason) => `대기 중${reason}`,
  noState: '보고된 상태 없음',
  noStatus: (c) => `${c}: 아직 상태 없음`,
  restarts: (n) => `, 재시작 ${n}회`,

  exited: (exit, at) => `${at}에 종료, exit ${exit}`,
  containerExited: (c, seen, code) => `${c}: ${seen} (기대: exit ${code})`,
  finished: (c, at) => `${c}: ${at ? `${at}에 종료` : '종료 기록 없음'}`,
  started: (c, at) => `${c}: ${at ? `${at}에 시작` : '시작 기록 없음'}`,
  secondsLater: (gap, min) => ` (${gap}s 뒤${min ? `; 기대 ≥ ${min}s` : ''})`,
  restartCount: (c, n, min) => `${c}: restartCount ${n} (기대 ≥ ${min})`,
  phase: (pod, phase, expected) => `${pod}: phase ${phase ?? '알 수 없음'} (기대 ${expected})`,
  notRun: '명령을 실행하지 못함',
  exec: (code, stdout, stderr) => `exit ${code}, stdout: ${stdout}${stderr ? `, stderr: ${stderr}` : ''}`,
  logLine: (line) => `로그 줄: ${line}`,
  notInLog: (lines, last) => `로그 ${lines}줄에 없음; 마지막 줄: ${last}`,
  noLog: (why) => `찾을 로그가 없음: ${why}`,
  podStatus: (pod, status, oneOf, described) => `${pod}: STATUS ${status} (기대 ${oneOf.join(' 또는 ')}); ${described}`,
  samePod: (pod, uid, created, firstUid) => `${pod}: uid ${uid ?? '없음 (Pod가 없음)'}, 생성 ${created}; 처음 본 uid ${firstUid ?? '없음'}`,
  statusExpected: (sequence, never) => `기대 ${sequence.join(' → ')}${sequence.length > 1 ? ' 순서' : ''}${never ? `; ${never.join(', ')}는 나오면 안 됨` : ''}`,
  statusMissing: (status, after) => `${after ? `${after} 뒤에 ` : ''}${status} 없음`,
  statusForbidden: (statuses) => `${statuses.join(', ')}가 나옴`,
  statusSeen: (changes) => (changes ? `STATUS ${changes}` : 'watch가 본 STATUS 없음'),
  msLater: (gap, earlier, bounds) => ` (${gap}ms ${earlier ? '먼저(순서 반대)' : '뒤'}${bounds.length ? `; 기대 ${bounds.join(', ')}` : ''})`,
  neverRecorded: (c, e) => `${c} ${e}: 기록 없음`,
  spread: (spread, max) => `; 처음과 끝 차이 ${spread ?? '알 수 없음'} (기대 ≤ ${max})`,
  times: (c, e, n, at, expected) => `${c} ${e}: ${n}회${at ? ` (${at})` : ''}, 기대 ${expected}회`,
  noLifecycleLines: 'LIFECYCLE 줄 없음',
  moreEvents: (n) => `… (${n}개 더)`,
  ready: (ready, started) => `, ready ${ready}${started === undefined ? '' : `, started ${started}`}`,
  readyExpected: (ready) => ` (기대: 실행 중, ready ${ready})`,
  jobMissing: (job) => `job/${job} 없음`,
  noConditions: 'conditions 없음',
  jobExpected: (condition) => `(기대 ${condition}=True)`,

  notApplied: (m) => `${m}: 적용하지 않음`,
  dryRun: ' (서버 측 dry run)',
  accepted: (stdout, includes) => `받아들여짐: ${stdout} (기대: ${quoteAll(includes)}를 담은 거부)`,
  rejected: (code, stderr, missing) => `거부됨 (exit ${code}): ${stderr}${missing.length ? `; 메시지에 ${quoteAll(missing)} 없음` : ''}`,
  noApplyOutput: (m) => `${m}: 어느 단계도 적용하지 않아 읽을 apply 출력이 없음`,
  warned: (line) => `kubectl apply 경고: ${line}`,
  warnings: (lines) => `경고 ${lines.join('; ')}`,
  noWarning: '경고 없음',
  warningExpected: (text) => ` (기대: ${JSON.stringify(text)}를 담은 경고)`,
  podMissing: (pod) => `pod/${pod} 없음`,
  notInStoredPod: (pod, missing, path) => `pod/${pod}: 저장된 Pod에 ${missing}이(가) 없어 ${path}를 읽을 수 없음`,
  stored: (pod, path, value, expected, keys) => `pod/${pod}: 저장된 ${path} ${value === undefined ? '없음' : `= ${value}`} (기대 ${expected ?? '없음'}); 같은 곳에 저장된 키: ${keys}`,
  notDeleted: (pod) => `이 확인 전에 어느 단계도 pod/${pod}를 지우지 않음 (단계에 delete: { pod: ${pod} }를 준다)`,
  notSeenTerminated: (c, pod, at) => `${c}: pod/${pod}가 사라지기 전에 종료를 보지 못함 (삭제 요청 ${at})`,
  killedAfterDelete: (c, exit, at, after, requestedAt, grace, code, range) => `${c}: ${at}에 종료, exit ${exit}, ${requestedAt} 삭제 요청 ${after}s 뒤 (유예 기간 ${grace}s; 기대 exit ${code}, ${range}s)`,
  quotaExpected: (admitted, requested) => `기대 ${admitted ? '허용' : '거부'}, requested: ${requested}`,
  notByQuota: (m, stderr, expected) => `${m}: 거부됐지만 quota 때문이 아님: ${stderr} (${expected})`,
  rejectedByQuota: (m, q, requested, used, limited, expected) => `${m}: quota ${q}가 거부, requested: ${requested}, used: ${used}, limited: ${limited} (${expected})`,
  notCounted: (m, q, resource, used, expected) => `${m}: 허용됐지만 quota ${q}가 ${resource}를 세지 않음 (used: ${used}) (${expected})`,
  admitted: (m, requested, q, before, after, hard, expected) => `${m}: 허용, requested: ${requested} (quota ${q}: used ${before} → ${after} / hard ${hard}) (${expected})`,

  noRegularInit: (pod, created) => `${pod}: 끝까지 실행되는 init container 없음 (${created ? 'Pod에 없음' : 'Pod가 만들어지지 않음'})`,
  noInitContainers: (pod, created) => `${pod}: init container 없음${created ? '' : ' (Pod가 없음)'}`,
  lastRunExited: (exit) => `지난 실행 exit ${exit}`,
  exitedNow: (exit) => `exit ${exit}로 종료`,
};
