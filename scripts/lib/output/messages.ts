/**
 * The runner's own lines, in each language it speaks (`--lang`, Korean by default); the labs' texts
 * are the labs' own (lab-text.ts). Both languages have every message: `Messages` is one interface
 * and each language implements all of it (messages.test.ts also walks the keys). Grow it here
 * rather than writing a line in one language elsewhere.
 *
 * The language comes from the caller where it is at hand (`run` passes its --lang down); where it
 * is not (the preflight of `clean`, errors thrown deep in loading), from `setMessageLang`, which
 * the CLI calls once with --lang.
 */
import { DEFAULT_LAB_LANG, type LabLang } from '../labs/lab-text';
import { en as evidenceEn, ko as evidenceKo, type EvidenceMessages } from './evidence-messages';
import { gateOffKubernetes } from '../../cluster/versions';

/** A tool's own message as a sentence: its `?` or `!` kept (Docker asks "Is the docker daemon running?"), else a period added. */
const sentence = (why: string): string => (/[.?!]$/.test(String(why).trim()) ? String(why).trim() : `${String(why).trim()}.`);

export interface Messages {
  /** Preflight of the dedicated kind cluster: one line of reason for the missing tools. */
  toolsMissing(tools: string[]): string;
  /** Preflight: a tool that is on PATH but fails its probe. */
  toolBroken(tool: string, why: string): string;
  /** The other way forward when kind/docker are missing: a cluster of the reader's own. */
  ownCluster: { intro: string; command: string; kubeconfigEnv: string };
  /** Heads the ways that keep the runner's own kind cluster; the items below it follow. */
  ownKindCluster: string;
  installKind(version: string): string;
  /** `others` ends the install list: where kind documents every other way (Go, arm64, …). */
  installKindOthers: string;
  installDocker: string;
  startDocker: string;
  /** Docker answers "permission denied" on its socket: the user is not in the docker group. */
  joinDockerGroup: string;
  checkInstallation(tool: string): string;

  /** `run` with neither lab names nor --all, and with both. */
  runNeedsLabs: string;
  runNamesAndAll: string;
  /** An unknown lab name, with the closest names when some are close. */
  unknownLab(name: string, valid: string[], closest: string[]): string;

  /** Under --help: how to pipe --json through npm. */
  jsonHelp: string[];
  /** On stderr when --json output goes through `npm run` without --silent. */
  jsonUnderNpm: string;

  /** The verdict of a single-lab run (`verdict`), and what it showed. */
  verdict: {
    passed: string;
    failed: string;
    /** How many of the checks passed, after the verdict word: `실패: 11개 중 9개 통과` (never a bare `9/11`, which read as 9 failed). */
    count(passed: number, total: number): string;
    /** A broken variant caught exactly where expected. */
    caught(expected: string[], othersPassed: number, others: number): string;
    /** What failed: checks, or the step that stopped the run. */
    failedChecks(ids: string[]): string;
    stepFailed(step: number, title: string): string;
    variantMissed(ids: string[]): string;
    variantUnexpected(ids: string[]): string;
    proved: string;
    variantShowed: string;
  };

  /** A wait for a Pod that is not there and will not come. */
  podAbsent: {
    /** The applied manifests create it, yet it is gone. */
    deleted(pod: string, files: string[]): string;
    /** Nothing applied creates it, and nothing applied creates Pods for it. */
    notCreated(pod: string, files: string[]): string;
    /** Only controllers (Job, …) create Pods here, and none named so appeared within the grace. */
    notAppeared(pod: string, owners: string[], graceSeconds: number): string;
    /** The Pods that are there. */
    existing(namespace: string, names: string[]): string;
    /** Where the name comes from. */
    fix: string;
  };

  /** `run` with labs side by side (--parallel). */
  parallel: {
    start(labs: number, parallel: number): string;
    done(lab: string, passed: boolean, took: string): string;
  };

  /** The preflight for native sidecars (features.ts). */
  nativeSidecars: {
    /** The cluster runs no native sidecars, and these labs need them. */
    missing(context: string, version: string, why: string, labs: string[]): string;
    /** A lab that needs native sidecars off, on a cluster that runs them. */
    present(context: string, version: string, labs: string[]): string;
    /** The same on the runner's own kind cluster (from v1.33 its Kubernetes cannot turn them off). */
    presentOnKind(version: string, labs: string[]): string;
    /** Why the probe says so. */
    dropped: string;
    kept: string;
    /** `--all` leaves out labs that need a cluster of their own kind. */
    leftOut(labs: string[]): string;
  };

  /*
   * Below, one group per part of the runner, each line it prints there. A new part gets a group
   * of its own here (and in `ko` and `en`), so that additions from several branches merge.
   */

  /** scripts/cli.ts: usage and argument errors. */
  cli: {
    /** `--help`: the whole usage text. */
    usage: string;
    /** Prefix of every error line (`error: …`). */
    errorPrefix: string;
    unknownCommand(command: string): string;
    unknownOption(option: string): string;
    optionNeedsValue(option: string): string;
    /** Any other argument error node's parseArgs reports (its own text, then the way forward). */
    badArguments(detail: string): string;
    unknownLang(value: string, langs: string[]): string;
  };

  /** progress.ts: long work and waits, with their deadline and outcome. */
  progress: {
    working(title: string): string;
    stillWorking(title: string, elapsed: string): string;
    done(title: string, elapsed: string): string;
    failed(title: string, elapsed: string): string;
    waiting(what: string, seconds: number): string;
    reached(what: string, elapsed: string): string;
    stillWaiting(what: string, elapsed: string): string;
    timedOut(what: string, elapsed: string): string;
  };

  /** wait.ts: what a step waits for (`until` in lab.ts), and why a wait failed. */
  wait: {
    condition(pod: string, condition: string): string;
    phase(pod: string, phase: string): string;
    running(pod: string, container: string): string;
    restarted(pod: string, container: string, count: number): string;
    terminated(pod: string, container: string): string;
    /** `statusSeen`: `kubectl get pods -w` showed the Pod with this STATUS. */
    statusSeen(pod: string, status: string): string;
    /** Between the conditions of an `allOf`, and of an `anyOf`. */
    and: string;
    or: string;
    /** Appended to a timed-out wait: the Pod as last seen (the runner's notation of its status). */
    lastSeen(pod: string): string;
    noPod: string;
    lastError(error: string): string;
  };

  /** The connecting words of each check's evidence line (evidence-messages.ts). */
  evidence: EvidenceMessages;

  /** run-lab.ts and commands/run.ts: one lab's run. */
  run: {
    /** The lab's first line; `expect` is set for a broken variant. */
    header(lab: string, title: string, namespace: string): string;
    /** The first line of a broken variant's run: the checks it expects to fail. */
    variantHeader(lab: string, variant: string, expectFailing: string[], title: string, namespace: string): string;
    step(n: number, of: number, title: string): string;
    stepFailed(error: string): string;
    holding(seconds: number): string;
    /** A check of a kind that can arrive late (checks/arrival.ts) was read `reads` times over `seconds`. */
    readAgain(id: string, reads: number, seconds: string, passed: boolean): string;
    /** A step's LIFECYCLE lines in time order, printed once after its checks. */
    timeline(pod: string, timeline: string): string;
    /** A check line's note for a broken variant. */
    expectedToFailButPassed: string;
    failedAsExpected: string;
    variantCaught(variant: string, expectFailing: string[]): string;
    variantMissed(variant: string, missed: string[], unexpected: string[]): string;
    /** Heads what the cluster reported after a failed lab, or after a broken variant (as expected). */
    reportedFailed(lab: string): string;
    reportedBroken(lab: string, variant: string): string;
    /** The step of a run that stopped outside any lab step. */
    runnerStep: string;
    cluster(context: string, kubeconfig: string, server: string): string;
    evidenceWritten(file: string): string;
    evidenceNotWritten(lab: string): string;
    evidenceWithVariant: string;
    noLabs: string;
    badParallel(value: string): string;
    noVariant(lab: string, variant: string, known: string[]): string;
  };

  /** The lab namespace: its deletion, --wait-deleted, --keep. */
  namespace: {
    /** What deleteLabNamespace did (`outcomes`), as a line. */
    outcome(ns: string, what: string): string;
    outcomes: { deleting: string; absent: string; 'not ours': string; 'already terminating': string };
    waitingGone(ns: string, seconds: number): string;
    gone(ns: string, seconds: string): string;
    stillThere(ns: string, seconds: number): string;
    /** --keep: how to look at what was left, and how to remove it. */
    kept(ns: string): string;
    deleteIt: string;
    orClean: string;
  };

  /** report.ts: the table after two or more labs. `checks` heads the `passed/total` column, so it says passed (a bare CHECKS beside FAIL read as failed). */
  table: { lab: string; result: string; checks: string; time: string; pass: string; fail: string };

  /** diagnostics.ts: what a failed lab leaves, printed before its namespace goes. */
  diagnostics: {
    events(ns: string): string;
    eventsUnreadable(error: string): string;
    podMissing(pod: string): string;
    logs(pod: string, container: string, lines: number): string;
  };

  /** delete-step.ts: a step that deletes a Pod while following its logs. */
  /** observe.ts: a restarted container's previous run has no log any more; its LIFECYCLE lines are read from the Pod's file. */
  lifecycleFile: {
    reading(pod: string, lost: string[], file: string, container: string): string;
    none(pod: string, lost: string[], file: string): string;
  };

  deleteStep: {
    missing(pod: string): string;
    deleting(pod: string, seconds: number, following: string[]): string;
    gone(pod: string, elapsed: string): string;
  };

  /** trace.ts: recording for --evidence (never fails the lab). */
  trace: { watchFailed(error: string): string; podsUnreadable(error: string): string };

  /** sweep.ts: namespaces of runs that ended without cleaning up. */
  sweep: {
    line(ns: string, why: string): string;
    alive(pid: number): string;
    elsewhere(host: string): string;
    leftBehind(pid: number): string;
    kept: string;
    deleting: string;
  };

  /** cleanup.ts: how a run that is stopped says why, and cleans up. */
  stopping: {
    sigint: string;
    sigterm: string;
    sighup: string;
    epipe(stream: string): string;
    streamFailed(stream: string, error: string): string;
    uncaught(error: string): string;
    cleaningUp(why: string): string;
    cleanupFailed(error: string): string;
    stopped(why: string): string;
  };

  /** target.ts, tools.ts, kind.ts, commands/clean.ts: which cluster, and what it needs. */
  target: {
    /** `where`: `KUBECONFIG` (the variable) or `--kubeconfig` (the flag), which lists `n` files. */
    kubeconfigLists(n: number, where: string): string;
    noCurrentContext(kubeconfig: string, contexts: string[]): string;
    noContext(kubeconfig: string, context: string, contexts: string[]): string;
    kindOnlyFlags: string;
    kubeconfigMissing(kubeconfig: string): string;
    /** kubectl could not load the file: `why` is its reason (`yaml: line 1: …`). */
    kubeconfigUnreadable(kubeconfig: string, why: string): string;
    nodesDiffer(context: string, have: number, want: number): string;
    /** run and check found the dedicated kind cluster and use it as it is (clean never says this). */
    reusing(context: string, kubeconfig: string): string;
    creating(context: string, nodes: number, image: string, kubeconfig: string): string;
    /** In place of kind's own `Set kubectl context to "…"` line (target/kind.ts). */
    kindSetContext(context: string, kubeconfig: string): string;
    unreachable(context: string, kubeconfig: string, why: string, fix: string): string;
    startKindNode(container: string): string;
    checkOwnCluster(command: string): string;
    badNodes(value: string): string;
    toolMissing(tool: string, hint: string): string;
    toolBrokenFix(tool: string, why: string, fix: string): string;
    installHint: { kubectl: string; kind(binary: string): string; docker: string };
    startDockerAgain: string;
    joinDockerGroupAgain: string;
    checkTool: string;
    cleanClusterFlags: string;
    noKindCluster: string;
    deletingCluster(context: string): string;
    noLabNamespaces(context: string): string;
  };

  /** exec.ts, kubectl.ts: a command that failed. */
  command: {
    failed(command: string, code: number): string;
    kubectlFailed(command: string, stderr: string): string;
    /** In place of a container's log that kubectl could not give. */
    noLogs(why: string): string;
  };
}

const list = (xs: string[]) => xs.join(', ');

/** What `--help` writes after `option` (`FILE` for --kubeconfig, `ko|en` for --lang), if it is listed with a value. */
function placeholder(usage: string, option: string): string | undefined {
  return new RegExp(`${String(option).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ =](ko\\|en|[A-Z]+)\\b`).exec(usage)?.[1];
}

/** A tool as its project writes it: `docker` (the command) is Docker (the product); kubectl and kind are lower case. */
const toolName = (tool: string) => (tool === 'docker' ? 'Docker' : tool);

/**
 * `words` with the Korean subject particle its last word takes when read aloud: 이 after a final
 * consonant, 가 after a vowel. The tools' names are read as their projects say them (kubectl
 * "큐브컨트롤": 이; kind "카인드", Docker "도커": 가); a Hangul ending decides by its own final.
 */
function subject(words: string): string {
  const last = String(words).at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return `${words}${(code - 0xac00) % 28 ? '이' : '가'}`;
  return `${words}${/kubectl$/i.test(words) ? '이' : '가'}`;
}

const ko: Messages = {
  toolsMissing: (tools) => `${subject(tools.map(toolName).join('와 '))} 설치되어 있지 않습니다(PATH에 없음). --kubeconfig 없이 실행하면 러너는 kind와 Docker로 실습 전용 클러스터를 만듭니다.`,
  toolBroken: (tool, why) => `${subject(toolName(tool))} 설치되어 있지만 동작하지 않습니다: ${sentence(why)} --kubeconfig 없이 실행하면 러너는 kind와 Docker로 실습 전용 클러스터를 만듭니다.`,
  ownCluster: {
    intro: '이미 있는 클러스터(minikube, kubeadm, 회사 클러스터 등)에서 실행하려면 그 kubeconfig 파일을 지정하세요:',
    command: 'npm run lab -- run <실습> --kubeconfig FILE [--context NAME]',
    kubeconfigEnv: '--kubeconfig와 --context를 모두 빼면 러너는 전용 kind 클러스터만 쓰고, $KUBECONFIG나 현재 컨텍스트는 쓰지 않습니다. --context만 주면 그 컨텍스트를 $KUBECONFIG(파일 하나) 또는 ~/.kube/config에서 찾습니다.',
  },
  ownKindCluster: '또는 러너가 kind 클러스터를 만들 수 있게 하려면:',
  installKind: (v) => `kind(v${v})를 설치하세요(Go가 필요 없습니다):`,
  installKindOthers: '그 밖의 방법(Go, 다른 CPU 등): https://kind.sigs.k8s.io/docs/user/quick-start/#installation',
  installDocker: 'Docker를 설치하세요: Docker Engine(https://docs.docker.com/engine/install/) 또는 Docker Desktop(https://docs.docker.com/desktop/)',
  startDocker: 'Docker를 시작하세요(예: sudo systemctl start docker, 또는 Docker Desktop 실행).',
  joinDockerGroup: '이 사용자는 Docker 소켓을 쓸 권한이 없습니다: sudo usermod -aG docker $USER 를 실행하고 다시 로그인하세요(https://docs.docker.com/engine/install/linux-postinstall/).',
  checkInstallation: (tool) => `${tool} 설치를 확인하세요(${tool} version).`,

  runNeedsLabs: '어떤 실습을 실행할지 알려 주세요: 실습 이름(예: npm run lab -- run co-located) 또는 --all(모든 실습). 실습 목록: npm run lab -- list',
  runNamesAndAll: '실습 이름과 --all 중 하나만 주세요: --all은 모든 실습을 실행합니다.',
  unknownLab: (name, valid, closest) =>
    `알 수 없는 실습 "${name}"입니다.${closest.length ? ` ${closest.map((c) => `"${c}"`).join(' 또는 ')}을(를) 찾으셨나요?` : ''} 실습 이름: ${list(valid)}`,

  jsonHelp: ['--json의 출력을 다른 프로그램에 넘길 때는 npm에 --silent를 주세요(없으면 npm이 stdout에 스크립트 배너를 먼저 씁니다):', '  npm run --silent lab -- run co-located --json | jq .'],
  jsonUnderNpm: 'npm이 JSON 앞에 스크립트 배너를 stdout에 썼습니다: JSON만 받으려면 npm run --silent lab -- … --json 으로 실행하세요.',

  verdict: {
    passed: '통과',
    failed: '실패',
    count: (n, total) => (n === total && total > 0 ? `확인 항목 ${total}개 모두 통과` : `${total}개 중 ${n}개 통과`),
    caught: (expected, ok, others) => `확인 항목이 고장을 잡았습니다(예상대로 실패: ${list(expected)}; 나머지 ${ok}/${others} 통과)`,
    failedChecks: (ids) => `실패한 확인 항목: ${list(ids)}`,
    stepFailed: (n, title) => `${n}단계에서 멈춤: ${title}`,
    variantMissed: (ids) => `실패해야 하는데 통과: ${list(ids)}`,
    variantUnexpected: (ids) => `예상 밖의 실패: ${list(ids)}`,
    proved: '이 실습으로 확인한 것:',
    variantShowed: '확인 항목이 잡아낸 고장:',
  },

  podAbsent: {
    deleted: (pod, files) => `기다리는 Pod(${pod})가 없습니다: 이번 실행에서 적용한 매니페스트(${list(files)})가 만든 Pod인데, 그 뒤 지워졌습니다`,
    notCreated: (pod, files) => `기다리는 Pod(${pod})가 없고, 이번 실행에서 적용한 매니페스트(${list(files) || '없음'})는 그런 이름의 Pod를 만들지 않습니다`,
    notAppeared: (pod, owners, s) => `기다리는 Pod(${pod})가 적용 뒤 ${s}초 안에 생기지 않았습니다: 이번 실행의 매니페스트로 Pod를 만드는 것은 컨트롤러(${list(owners)})뿐입니다`,
    existing: (ns, names) => (names.length ? `네임스페이스 ${ns}에 있는 Pod: ${list(names)}` : `네임스페이스 ${ns}에는 Pod가 하나도 없습니다`),
    fix: 'lab.ts의 wait.pod가 매니페스트의 metadata.name과 같은지 확인하세요',
  },

  parallel: {
    start: (n, p) => `실습 ${n}개를 ${p}개씩 동시에 실행합니다(실습마다 네임스페이스가 따로 있습니다). 각 실습의 출력은 끝날 때 한꺼번에 나옵니다(--parallel 1: 하나씩).`,
    done: (lab, passed, took) => `${lab}: ${passed ? '통과' : '실패'} (${took})`,
  },

  nativeSidecars: {
    missing: (ctx, v, why, labs) =>
      `컨텍스트 ${ctx}의 클러스터(${v})는 네이티브 사이드카를 실행하지 않습니다(${why}). 이 실습에 필요합니다: ${list(labs)}. v1.29 이상이면서 SidecarContainers 기능 게이트가 켜진 클러스터에서 실행하세요(--kubeconfig를 빼면 러너가 kind 클러스터를 만듭니다).`,
    present: (ctx, v, labs) =>
      `${list(labs)} 실습에는 네이티브 사이드카가 꺼진 클러스터(v1.28 기본값, 또는 SidecarContainers=false)가 필요한데, 컨텍스트 ${ctx}의 클러스터(${v})는 네이티브 사이드카를 실행합니다. CI처럼 npm run cluster:up -- --kubernetes ${gateOffKubernetes} --feature-gates SidecarContainers=false 로 만든 클러스터를 --kubeconfig로 주세요.`,
    presentOnKind: (v, labs) =>
      `${list(labs)} 실습에는 네이티브 사이드카가 꺼진 클러스터(v1.28 기본값, 또는 SidecarContainers=false)가 필요한데, 러너의 kind 클러스터(${v})는 네이티브 사이드카를 실행합니다(v1.33부터는 GA라서 게이트를 끌 수도 없습니다, KEP-753). 이 실습의 결과는 페이지에 실린 CI의 실행(v${gateOffKubernetes}, SidecarContainers=false)에서 보세요. 직접 돌리려면 그런 클러스터를 --kubeconfig로 주세요: 리눅스에서 root로 npm run cluster:up -- --kubernetes ${gateOffKubernetes} --feature-gates SidecarContainers=false (README의 "CI cluster").`,
    dropped: '서버 쪽 dry run에서 init container의 restartPolicy: Always가 사라짐',
    kept: '서버 쪽 dry run에서 init container의 restartPolicy: Always가 남음',
    leftOut: (labs) => `--all에서 뺀 실습(전용 클러스터가 필요함): ${list(labs)}`,
  },

  cli: {
    usage: `사용법: npm run lab -- <명령> [옵션]

명령:
  list [--json] [--lang ko|en]      실습 목록을 보여 준다 (그 전에 모든 실습의 정의를 검증한다)
  run <이름>... | --all [옵션]      실습을 클러스터에서 실행한다
      --json                        stdout에 JSON 문서 하나 (진행 상황은 stderr)
      --lang ko|en                  러너가 출력하는 언어 (기본 ko; list에도 쓴다)
      --keep                        살펴볼 수 있도록 실습 네임스페이스를 남긴다
      --wait-deleted                다음으로 넘어가기 전에 실습 네임스페이스가 사라질 때까지
                                    기다린다 (≤ 120초; CI: 뒤의 실행이 깨끗하게 시작한다)
      --variant NAME                일부러 고장 낸 변형(예: broken)을 실행한다: 그 변형이 적은
                                    확인 항목들만 정확히 실패할 때 통과한다
      --record DIR                  각 확인 항목의 관찰을 DIR/<실습>.<항목-id>.json에 쓴다
      --evidence                    통과한 실습의 실행(확인 항목, 컨테이너 타임라인, pod watch
                                    기록)을 페이지용 labs/<이름>/evidence.json에 기록한다
      --parallel N                  실습을 최대 N개까지 동시에 실행한다(실습마다 네임스페이스가
                                    따로 있다; 기본 4, 1이면 하나씩 차례로 출력하며 실행)
      --kubeconfig FILE             전용 kind 클러스터 대신 이 클러스터를 쓴다
      --context NAME                그 kubeconfig의 컨텍스트 (기본: current-context)
      --nodes N                     kind 클러스터를 노드 N개로 만든다 (컨트롤 플레인 하나와
                                    워커 N-1개; 기본 1); 이미 있는 클러스터는 N개여야 한다
      --node-image IMAGE            새 클러스터의 kind 노드 이미지 (기본: $LAB_KIND_NODE_IMAGE,
                                    없으면 고정된 kindest/node 이미지)
  check <문제> <파일 또는 폴더>     연습 문제(tasks/<문제>)의 내 답을 클러스터에서 확인한다
      --solution                    확인 대신 문제의 모범 답안을 출력한다
      --watch                       답 파일이 바뀔 때마다 다시 확인한다(Ctrl-C로 끝낸다)
      --json, --lang, --keep, --kubeconfig, --context, --nodes, --node-image   run과 같다
  clean [--cluster]                 대상 클러스터에서 러너의 실습 네임스페이스를 지운다
      --cluster                     전용 kind 클러스터도 지운다
      --kubeconfig FILE, --context NAME   run과 같다

--kubeconfig/--context가 없으면 대상은 전용 kind 클러스터 "multi-container-pod"이고,
그 kubeconfig는 \${XDG_CACHE_HOME:-~/.cache}/multi-container-pod/kind/ 아래에 따로 있으며,
처음 실행할 때 만들어진다.`,
    errorPrefix: '오류: ',
    unknownCommand: (c) => `알 수 없는 명령 "${c}"입니다: list, run, check, clean 중 하나를 쓰세요 (npm run lab -- --help)`,
    unknownOption: (o) => `알 수 없는 옵션 ${o}입니다: 옵션 목록은 npm run lab -- --help`,
    optionNeedsValue: (o) => `옵션 ${o}에는 값이 필요합니다 (${o} ${placeholder(ko.cli.usage, o) ?? '값'}): 옵션 목록은 npm run lab -- --help`,
    badArguments: (d) => `인자가 잘못되었습니다 (${d}): 옵션 목록은 npm run lab -- --help`,
    unknownLang: (v, langs) => `알 수 없는 --lang "${v}"입니다: ${langs.join(' 또는 ')} 중 하나를 쓰세요`,
  },

  progress: {
    working: (t) => `${t} …`,
    stillWorking: (t, e) => `  아직 진행 중: ${t} (${e})`,
    done: (t, e) => `${t}: ${e} 만에 끝남`,
    failed: (t, e) => `${t}: ${e} 만에 실패`,
    waiting: (w, s) => `최대 ${s}초 기다림: ${w} …`,
    reached: (w, e) => `${e} 만에 됨: ${w}`,
    stillWaiting: (w, e) => `  아직 기다리는 중: ${w} (${e})`,
    timedOut: (w, e) => `${e} 동안 기다렸지만 되지 않았습니다: ${w}`,
  },

  wait: {
    condition: (p, c) => `pod/${p}의 ${c} 조건이 True`,
    phase: (p, ph) => `pod/${p}의 phase가 ${ph}`,
    running: (p, c) => `pod/${p}의 컨테이너 ${c} 실행 중`,
    restarted: (p, c, n) => `pod/${p}의 컨테이너 ${c}: ${n}번 이상 재시작`,
    terminated: (p, c) => `pod/${p}의 컨테이너 ${c} 종료`,
    statusSeen: (p, st) => `pod/${p}의 STATUS가 ${st} 상태로 보임 (kubectl get pods -w)`,
    and: ' 그리고 ',
    or: ' 또는 ',
    lastSeen: (pod) => `마지막으로 본 상태: ${pod}`,
    noPod: 'Pod가 없음',
    lastError: (e) => `마지막 오류: ${e}`,
  },

  evidence: evidenceKo,

  run: {
    header: (lab, title, ns) => `▶ ${lab}: ${title}  (네임스페이스 ${ns})`,
    variantHeader: (lab, v, ids, title, ns) => `▶ ${lab} [변형 ${v}: 실패해야 할 확인 항목 ${list(ids)}]: ${title}  (네임스페이스 ${ns})`,
    step: (n, of, title) => `  ${n}/${of}단계: ${title}`,
    stepFailed: (e) => `  ✘ 단계 실패: ${e}`,
    holding: (s) => `${s}초 동안 무엇이 일어나는지(또는 일어나지 않는지) 지켜봅니다 …`,
    readAgain: (id, n, s, ok) => `${id}: ${s}초 동안 ${n}번 읽었습니다 (${ok ? '마지막에 확인됨' : '끝까지 없음'})`,
    timeline: (pod, t) => `  ⏱ pod/${pod}의 LIFECYCLE 타임라인: ${t}`,
    expectedToFailButPassed: '  (실패해야 하는데 통과!)',
    failedAsExpected: '  (예상대로 실패)',
    variantCaught: (v, ids) => `  ✔ 변형 ${v}: 확인 항목이 고장을 잡았습니다 (예상대로 실패한 확인 항목: ${list(ids)})`,
    variantMissed: (v, missed, unexpected) => `  ✘ 변형 ${v}: ${[missed.length ? `실패해야 하는데 통과: ${list(missed)}` : '', unexpected.length ? `예상 밖의 실패: ${list(unexpected)}` : ''].filter(Boolean).join('; ')}`,
    reportedFailed: (lab) => `${lab} 실패: 클러스터가 보고한 내용`,
    reportedBroken: (lab, v) => `${lab} [${v}] (예상대로 고장): 클러스터가 보고한 내용`,
    runnerStep: '(러너)',
    cluster: (ctx, kc, server) => `클러스터: 컨텍스트 ${ctx} (kubeconfig ${kc}), 서버 ${server}`,
    evidenceWritten: (f) => `evidence: ${f}에 기록했습니다`,
    evidenceNotWritten: (lab) => `evidence: ${lab} 실습이 실패해서 evidence.json은 그대로 두었습니다`,
    evidenceWithVariant: '--evidence는 실습 자체의 실행을 기록합니다: --variant를 빼세요 (고장 낸 변형은 페이지가 보여 주는 마지막 실행이 아닙니다)',
    noLabs: '실습이 없습니다: 실습은 lab.ts가 있는 labs/<이름>/ 폴더입니다',
    badParallel: (v) => `--parallel ${v}: 1부터 16까지의 정수를 주세요 (1 = 실습을 하나씩 차례로)`,
    noVariant: (lab, v, known) => `실습 "${lab}"에는 "${v}" 변형이 없습니다: ${known.length ? `있는 변형: ${list(known)}` : '변형이 하나도 없습니다'}`,
  },

  namespace: {
    outcome: (ns, what) => `네임스페이스 ${ns}: ${what}`,
    outcomes: { deleting: '지우는 중', absent: '이미 없음', 'not ours': '러너의 것이 아니어서 남겨 둠', 'already terminating': '이미 지워지는 중' },
    waitingGone: (ns, s) => `${ns} 네임스페이스가 사라질 때까지 최대 ${s}초 기다림 …`,
    gone: (ns, s) => `네임스페이스 ${ns}: ${s}초 만에 사라짐`,
    stillThere: (ns, s) => `${ns} 네임스페이스가 ${s}초가 지나도 남아 있습니다`,
    kept: (ns) => `${ns} 네임스페이스를 남겼습니다. 살펴보려면:`,
    deleteIt: '지우려면:',
    orClean: '(또는 같은 --kubeconfig/--context로 npm run lab -- clean)',
  },

  table: { lab: '실습', result: '결과', checks: '통과한 확인 항목', time: '시간', pass: '통과', fail: '실패' },

  diagnostics: {
    events: (ns) => `--- 네임스페이스 ${ns}의 이벤트 (시간순)`,
    eventsUnreadable: (e) => `  (이벤트를 읽지 못했습니다: ${e})`,
    podMissing: (p) => `--- pod/${p}: 없음`,
    logs: (p, c, n) => `--- pod/${p} -c ${c}의 로그 (마지막 ${n}줄)`,
  },

  lifecycleFile: {
    reading: (p, l, f, c) => `pod/${p}: ${list(l)}의 이전 실행 로그가 없습니다(kubelet이 컨테이너를 지움). LIFECYCLE 기록을 ${c} 컨테이너의 ${f}에서도 읽습니다`,
    none: (p, l, f) => `pod/${p}: ${list(l)}의 이전 실행 로그가 없고(kubelet이 컨테이너를 지움), ${f} 경로를 마운트한 실행 중인 컨테이너도 없습니다`,
  },

  deleteStep: {
    missing: (p) => `${p} Pod가 없어서 지울 수 없습니다 (앞 단계가 만들었나요?)`,
    deleting: (p, s, f) => `${p} Pod를 지웁니다 (≤ ${s}초). 따라가는 로그: ${f.length ? list(f) : '실행 중인 컨테이너 없음'} …`,
    gone: (p, e) => `pod/${p}: ${e} 만에 사라짐`,
  },

  trace: {
    watchFailed: (e) => `pod watch 실패: ${e}`,
    podsUnreadable: (e) => `타임라인용 Pod를 읽지 못했습니다: ${e}`,
  },

  sweep: {
    line: (ns, why) => `네임스페이스 ${ns}: ${why}`,
    alive: (pid) => `그대로 둠: 그 실행(pid ${pid})이 아직 진행 중`,
    elsewhere: (host) => `그대로 둠: 다른 호스트 ${host}의 실행이 만든 것`,
    leftBehind: (pid) => `끝난 실행(pid ${pid})이 남긴 것: 지우는 중`,
    kept: '--keep으로 남긴 것: 지우는 중',
    deleting: '지우는 중',
  },

  stopping: {
    sigint: 'SIGINT (Ctrl-C)',
    sigterm: 'SIGTERM',
    sighup: 'SIGHUP (터미널이 닫힘)',
    epipe: (st) => `EPIPE: ${st} 스트림이 닫힘 (읽던 명령이 끝남)`,
    streamFailed: (st, e) => `${st} 실패: ${e}`,
    uncaught: (e) => `잡히지 않은 오류: ${e}`,
    cleaningUp: (why) => `${why}: 끝내기 전에 정리합니다`,
    cleanupFailed: (e) => `정리 실패: ${e}`,
    stopped: (why) => `멈춤: ${why}`,
  },

  target: {
    kubeconfigLists: (n, where) => `${where}에 파일이 ${n}개 있습니다: 러너는 파일 하나만 읽습니다. 컨텍스트가 든 파일 하나를 --kubeconfig FILE로 주세요`,
    noCurrentContext: (kc, ctxs) => `${kc}에 current-context가 없습니다: --context NAME을 주세요 (그 파일의 컨텍스트: ${ctxs.length ? list(ctxs) : '없음'})`,
    noContext: (kc, ctx, ctxs) => `${kc}에 "${ctx}" 컨텍스트가 없습니다: --context NAME을 주세요 (그 파일의 컨텍스트: ${ctxs.length ? list(ctxs) : '없음'})`,
    kindOnlyFlags: '--nodes와 --node-image는 전용 kind 클러스터의 모양을 정합니다: --kubeconfig/--context와 함께 쓰지 마세요 (그 클러스터는 있는 그대로 씁니다)',
    kubeconfigUnreadable: (kc, why) => `${kc} 파일은 kubectl이 읽을 수 있는 kubeconfig가 아닙니다 (${why}): 클러스터의 kubeconfig 파일을 --kubeconfig로 주세요`,
    kubeconfigMissing: (kc) => `kubeconfig 파일이 없습니다(${kc}): 있는 클러스터의 파일을 --kubeconfig로 주거나, --kubeconfig/--context를 빼서 전용 kind 클러스터를 쓰세요`,
    nodesDiffer: (ctx, have, want) => `kind 클러스터 ${ctx}의 노드는 ${have}개인데 --nodes는 ${want}개입니다: 먼저 지우고(npm run lab -- clean --cluster) 다시 실행하세요`,
    reusing: (ctx, kc) => `이미 있는 전용 kind 클러스터를 씁니다 (컨텍스트 ${ctx}, kubeconfig ${kc})`,
    kindSetContext: (ctx, kc) => `kind가 ${ctx} 컨텍스트를 러너만 쓰는 kubeconfig ${kc}에 설정했습니다 (여러분의 kubeconfig와 현재 컨텍스트는 그대로입니다)`,
    creating: (ctx, n, image, kc) => `전용 kind 클러스터를 만듭니다 (컨텍스트 ${ctx}, 노드 ${n}개, 이미지 ${image}, 러너만 쓰는 kubeconfig ${kc}: 여러분의 kubeconfig와 현재 컨텍스트는 그대로입니다)`,
    unreachable: (ctx, kc, why, fix) => `kubeconfig ${kc}의 컨텍스트 "${ctx}" 클러스터에 연결할 수 없습니다: ${why}: ${fix}`,
    startKindNode: (c) => `노드를 시작하거나(docker start ${c}) 다시 만드세요(npm run lab -- clean --cluster 뒤 다시 실행)`,
    checkOwnCluster: (cmd) => `클러스터가 떠 있는지 확인하거나(${cmd}) 떠 있는 클러스터의 --kubeconfig/--context를 주세요`,
    badNodes: (v) => `--nodes ${v}: 1부터 5까지의 정수를 주세요 (1 = 컨트롤 플레인 하나; 2 = 컨트롤 플레인과 워커 하나)`,
    toolMissing: (tool, hint) => `${subject(toolName(tool))} 설치되어 있지 않습니다(PATH에 없음): ${hint}`,
    toolBrokenFix: (tool, why, fix) => `${subject(toolName(tool))} 설치되어 있지만 동작하지 않습니다: ${why}: ${fix}`,
    installHint: {
      kubectl: '설치하세요: https://kubernetes.io/ko/docs/tasks/tools/#kubectl',
      kind: (bin) => `설치하세요: ${bin} (macOS: brew install kind; Windows: choco install kind; 그 밖의 방법: https://kind.sigs.k8s.io/docs/user/quick-start/#installation)`,
      docker: 'Docker Engine(https://docs.docker.com/engine/install/)이나 Docker Desktop(https://docs.docker.com/desktop/)을 설치하세요',
    },
    startDockerAgain: 'Docker를 시작하고(예: sudo systemctl start docker, 또는 Docker Desktop 실행) 다시 실행하세요',
    joinDockerGroupAgain: 'Docker 소켓을 쓸 권한이 없습니다: sudo usermod -aG docker $USER 를 실행하고 다시 로그인한 뒤 다시 실행하세요(https://docs.docker.com/engine/install/linux-postinstall/)',
    checkTool: '설치를 확인하세요',
    cleanClusterFlags: 'clean --cluster는 전용 kind 클러스터만 지웁니다: --kubeconfig/--context를 빼세요 (러너는 자기가 만들지 않은 클러스터를 지우지 않습니다)',
    noKindCluster: '전용 kind 클러스터가 없습니다: 지울 것이 없습니다',
    deletingCluster: (ctx) => `${ctx} kind 클러스터를 지웁니다`,
    noLabNamespaces: (ctx) => `컨텍스트 ${ctx}에 실습 네임스페이스가 없습니다`,
  },

  command: {
    failed: (cmd, code) => `"${cmd}" 명령이 실패했습니다: exit ${code}`,
    kubectlFailed: (cmd, err) => `${cmd} 실패: ${err}`,
    noLogs: (why) => `(로그 없음: ${why})`,
  },
};

const en: Messages = {
  toolsMissing: (tools) => `${tools.map(toolName).join(' and ')} ${tools.length > 1 ? 'are' : 'is'} not installed (not found on PATH); without --kubeconfig the runner makes a kind cluster of its own, which needs kind and Docker.`,
  toolBroken: (tool, why) => `${toolName(tool)} is installed but does not work: ${sentence(why)} Without --kubeconfig the runner makes a kind cluster of its own, which needs kind and Docker.`,
  ownCluster: {
    intro: 'To run on a cluster you already have (minikube, kubeadm, a work cluster, …), give its kubeconfig file:',
    command: 'npm run lab -- run <lab> --kubeconfig FILE [--context NAME]',
    kubeconfigEnv: 'Without --kubeconfig and --context the runner uses only its own kind cluster, never $KUBECONFIG or your current context; with --context alone it reads that context from $KUBECONFIG (one file) or ~/.kube/config.',
  },
  ownKindCluster: 'Or, to let the runner make its kind cluster:',
  installKind: (v) => `install kind v${v} (no Go needed):`,
  installKindOthers: 'other ways (Go, other CPUs, …): https://kind.sigs.k8s.io/docs/user/quick-start/#installation',
  installDocker: 'install Docker: Docker Engine (https://docs.docker.com/engine/install/) or Docker Desktop (https://docs.docker.com/desktop/)',
  startDocker: 'start Docker (e.g. sudo systemctl start docker, or open Docker Desktop)',
  joinDockerGroup: 'this user is not allowed to use the Docker socket: sudo usermod -aG docker $USER, then log in again (https://docs.docker.com/engine/install/linux-postinstall/)',
  checkInstallation: (tool) => `check the ${tool} installation (${tool} version)`,

  runNeedsLabs: 'say which labs to run: lab names (e.g. npm run lab -- run co-located) or --all (every lab); the labs: npm run lab -- list',
  runNamesAndAll: 'give lab names or --all, not both: --all runs every lab',
  unknownLab: (name, valid, closest) =>
    `unknown lab "${name}"${closest.length ? `: did you mean ${closest.map((c) => `"${c}"`).join(' or ')}?` : ':'} valid names are ${list(valid)}`,

  jsonHelp: ['To pipe --json output into another program, give npm --silent (otherwise npm writes its script banner to stdout first):', '  npm run --silent lab -- run co-located --json | jq .'],
  jsonUnderNpm: 'npm wrote its script banner to stdout before the JSON: for JSON alone, run npm run --silent lab -- … --json',

  verdict: {
    passed: 'passed',
    failed: 'failed',
    count: (n, total) => (n === total && total > 0 ? `all ${total} checks passed` : `${n} of ${total} passed`),
    caught: (expected, ok, others) => `the checks caught it (failed as expected: ${list(expected)}; the other ${ok}/${others} passed)`,
    failedChecks: (ids) => `failed: ${list(ids)}`,
    stepFailed: (n, title) => `stopped at step ${n}: ${title}`,
    variantMissed: (ids) => `expected to fail but passed: ${list(ids)}`,
    variantUnexpected: (ids) => `failed unexpectedly: ${list(ids)}`,
    proved: 'What this lab showed:',
    variantShowed: 'The breakage the checks caught:',
  },

  podAbsent: {
    deleted: (pod, files) => `pod/${pod} does not exist: ${list(files)}, applied in this run, created it, and it has since been deleted`,
    notCreated: (pod, files) => `pod/${pod} does not exist, and no manifest applied in this run (${list(files) || 'none'}) creates it`,
    notAppeared: (pod, owners, s) => `pod/${pod} did not appear within ${s}s of the apply: this run's manifests create Pods only through ${list(owners)}`,
    existing: (ns, names) => (names.length ? `Pods in namespace ${ns}: ${list(names)}` : `namespace ${ns} has no Pods`),
    fix: "check that the wait's pod in lab.ts is the manifest's metadata.name",
  },

  parallel: {
    start: (n, p) => `running ${n} labs, ${p} at a time (each in its own namespace); each lab's output comes as one block when it ends (--parallel 1: one after another)`,
    done: (lab, passed, took) => `${lab}: ${passed ? 'passed' : 'failed'} (${took})`,
  },

  nativeSidecars: {
    missing: (ctx, v, why, labs) =>
      `the cluster of context ${ctx} (${v}) does not run native sidecars (${why}), and ${list(labs)} need${labs.length > 1 ? '' : 's'} them: run on a cluster of v1.29 or later with the SidecarContainers feature gate on (leave out --kubeconfig and the runner makes a kind cluster).`,
    present: (ctx, v, labs) =>
      `${list(labs)} need${labs.length > 1 ? '' : 's'} a cluster with native sidecars off (the v1.28 default, or SidecarContainers=false), but the cluster of context ${ctx} (${v}) runs them: pass --kubeconfig of one made like CI's: npm run cluster:up -- --kubernetes ${gateOffKubernetes} --feature-gates SidecarContainers=false`,
    presentOnKind: (v, labs) =>
      `${list(labs)} need${labs.length > 1 ? '' : 's'} a cluster with native sidecars off (the v1.28 default, or SidecarContainers=false), but the runner's kind cluster (${v}) runs them (from v1.33 they are GA and the gate can no longer be turned off: KEP-753). The page shows CI's run of it (v${gateOffKubernetes}, SidecarContainers=false). To run it yourself, pass --kubeconfig of such a cluster: on Linux, as root, npm run cluster:up -- --kubernetes ${gateOffKubernetes} --feature-gates SidecarContainers=false (the README's "CI cluster").`,
    dropped: 'a server-side dry run dropped restartPolicy: Always from an init container',
    kept: 'a server-side dry run kept restartPolicy: Always on an init container',
    leftOut: (labs) => `left out of --all (they need a cluster of their own): ${list(labs)}`,
  },

  cli: {
    usage: `usage: npm run lab -- <command> [options]

commands:
  list [--json] [--lang ko|en]      list the labs (validates every lab's definition first)
  run <name>... | --all [options]   run labs against a cluster
      --json                        one JSON document on stdout (progress on stderr)
      --lang ko|en                  language of what the runner prints (default ko; also for list)
      --keep                        leave the lab namespace for inspection
      --wait-deleted                wait until each lab's namespace is gone (≤ 120s) before
                                    going on (CI: runs that follow start clean)
      --variant NAME                run a deliberately broken variant (e.g. broken): passes only
                                    when exactly the checks it names fail
      --record DIR                  write each check's observation to DIR/<lab>.<check-id>.json
      --evidence                    record each passing lab's run (checks, container timeline,
                                    pod watch transcript) to labs/<name>/evidence.json for its page
      --parallel N                  run up to N labs at once, each in its own namespace (default 4;
                                    1: one after another, printing as it goes)
      --kubeconfig FILE             use this cluster instead of the dedicated kind cluster
      --context NAME                context in that kubeconfig (default: its current-context)
      --nodes N                     create the kind cluster with N nodes (a control plane and
                                    N-1 workers; default 1); an existing one must have N
      --node-image IMAGE            kind node image for a new cluster (default: $LAB_KIND_NODE_IMAGE,
                                    else the pinned kindest/node image)
  check <task> <file or folder>     check your answer to a practice task (tasks/<task>) on a cluster
      --solution                    print the task's reference solution instead
      --watch                       check again whenever the answer changes (Ctrl-C ends)
      --json, --lang, --keep, --kubeconfig, --context, --nodes, --node-image   as for run
  clean [--cluster]                 delete the runner's lab namespaces in the target
      --cluster                     also delete the dedicated kind cluster
      --kubeconfig FILE, --context NAME   as for run

Without --kubeconfig/--context the target is a dedicated kind cluster "multi-container-pod"
with its own kubeconfig under \${XDG_CACHE_HOME:-~/.cache}/multi-container-pod/kind/,
created on first run.`,
    errorPrefix: 'error: ',
    unknownCommand: (c) => `unknown command "${c}": use list, run, check or clean (npm run lab -- --help)`,
    unknownOption: (o) => `unknown option ${o}: the options are in npm run lab -- --help`,
    optionNeedsValue: (o) => `option ${o} needs a value (${o} ${placeholder(en.cli.usage, o) ?? 'VALUE'}): the options are in npm run lab -- --help`,
    badArguments: (d) => `bad arguments (${d}): the options are in npm run lab -- --help`,
    unknownLang: (v, langs) => `unknown --lang "${v}": use ${langs.join(' or ')}`,
  },

  progress: {
    working: (t) => `${t} …`,
    stillWorking: (t, e) => `  still working: ${t} (${e})`,
    done: (t, e) => `${t}: done after ${e}`,
    failed: (t, e) => `${t}: failed after ${e}`,
    waiting: (w, s) => `Waiting ≤ ${s}s for ${w} …`,
    reached: (w, e) => `${w} after ${e}`,
    stillWaiting: (w, e) => `  still waiting for ${w} (${e})`,
    timedOut: (w, e) => `timed out after ${e} waiting for ${w}`,
  },

  wait: {
    condition: (p, c) => `pod/${p} condition ${c}`,
    phase: (p, ph) => `pod/${p} phase ${ph}`,
    running: (p, c) => `pod/${p} container ${c} running`,
    restarted: (p, c, n) => `pod/${p} container ${c} restarted ≥ ${n} time(s)`,
    terminated: (p, c) => `pod/${p} container ${c} terminated`,
    statusSeen: (p, st) => `pod/${p} STATUS ${st} seen (kubectl get pods -w)`,
    and: ' and ',
    or: ' or ',
    lastSeen: (pod) => `last seen: ${pod}`,
    noPod: 'the Pod does not exist',
    lastError: (e) => `last error: ${e}`,
  },

  evidence: evidenceEn,

  run: {
    header: (lab, title, ns) => `▶ ${lab}: ${title}  (namespace ${ns})`,
    variantHeader: (lab, v, ids, title, ns) => `▶ ${lab} [variant ${v}: expect ${list(ids)} to fail]: ${title}  (namespace ${ns})`,
    step: (n, of, title) => `  step ${n}/${of}: ${title}`,
    stepFailed: (e) => `  ✘ step failed: ${e}`,
    holding: (s) => `Holding ${s}s to observe what does (not) happen …`,
    readAgain: (id, n, s, ok) => `${id}: read ${n} times over ${s}s (${ok ? 'there at the last read' : 'not there by the end'})`,
    timeline: (pod, t) => `  ⏱ LIFECYCLE timeline of pod/${pod}: ${t}`,
    expectedToFailButPassed: '  (expected to fail!)',
    failedAsExpected: '  (failed, as expected)',
    variantCaught: (v, ids) => `  ✔ variant ${v}: the checks caught it (${list(ids)} failed, as expected)`,
    variantMissed: (v, missed, unexpected) => `  ✘ variant ${v}: ${[missed.length ? `expected to fail but passed: ${list(missed)}` : '', unexpected.length ? `failed unexpectedly: ${list(unexpected)}` : ''].filter(Boolean).join('; ')}`,
    reportedFailed: (lab) => `${lab} failed: what the cluster reported`,
    reportedBroken: (lab, v) => `${lab} [${v}] (broken as expected): what the cluster reported`,
    runnerStep: '(runner)',
    cluster: (ctx, kc, server) => `cluster: context ${ctx} (kubeconfig ${kc}), server ${server}`,
    evidenceWritten: (f) => `evidence: wrote ${f}`,
    evidenceNotWritten: (lab) => `evidence: ${lab} failed, so its evidence.json was left as it was`,
    evidenceWithVariant: '--evidence records the lab itself; leave out --variant (a broken variant is not what the page shows as the last run)',
    noLabs: 'no labs found: a lab is a folder labs/<name>/ with a lab.ts',
    badParallel: (v) => `--parallel ${v}: give a whole number from 1 to 16 (1 = one lab after another)`,
    noVariant: (lab, v, known) => `lab "${lab}" has no variant "${v}": ${known.length ? `its variants are ${list(known)}` : 'it has none'}`,
  },

  namespace: {
    outcome: (ns, what) => `namespace ${ns}: ${what}`,
    outcomes: { deleting: 'deleting', absent: 'absent', 'not ours': 'not ours', 'already terminating': 'already terminating' },
    waitingGone: (ns, s) => `Waiting ≤ ${s}s for namespace ${ns} to be gone …`,
    gone: (ns, s) => `namespace ${ns} gone after ${s}s`,
    stillThere: (ns, s) => `namespace ${ns} still exists after ${s}s`,
    kept: (ns) => `kept namespace ${ns}. Inspect it:`,
    deleteIt: 'Delete it:',
    orClean: '(or: npm run lab -- clean, with the same --kubeconfig/--context)',
  },

  table: { lab: 'LAB', result: 'RESULT', checks: 'CHECKS PASSED', time: 'TIME', pass: 'PASS', fail: 'FAIL' },

  diagnostics: {
    events: (ns) => `--- events in namespace ${ns} (in time order)`,
    eventsUnreadable: (e) => `  (could not read events: ${e})`,
    podMissing: (p) => `--- pod/${p}: does not exist`,
    logs: (p, c, n) => `--- logs pod/${p} -c ${c} (last ${n} lines)`,
  },

  lifecycleFile: {
    reading: (p, l, f, c) => `pod/${p}: the previous run of ${list(l)} has no log any more (the kubelet removed the container); reading the LIFECYCLE lines from ${f} in ${c} as well`,
    none: (p, l, f) => `pod/${p}: the previous run of ${list(l)} has no log any more (the kubelet removed the container), and no running container mounts ${f}`,
  },

  deleteStep: {
    missing: (p) => `pod/${p} does not exist, so it cannot be deleted (did an earlier step create it?)`,
    deleting: (p, s, f) => `Deleting pod/${p} (≤ ${s}s), following the logs of ${f.length ? list(f) : 'no running container'} …`,
    gone: (p, e) => `pod/${p} gone after ${e}`,
  },

  trace: {
    watchFailed: (e) => `pod watch failed: ${e}`,
    podsUnreadable: (e) => `could not read the Pods for the timeline: ${e}`,
  },

  sweep: {
    line: (ns, why) => `namespace ${ns}: ${why}`,
    alive: (pid) => `left alone: its run (pid ${pid}) is still going`,
    elsewhere: (host) => `left alone: made by a run on host ${host}`,
    leftBehind: (pid) => `left behind by a run that ended (pid ${pid}): deleting`,
    kept: 'kept with --keep: deleting',
    deleting: 'deleting',
  },

  stopping: {
    sigint: 'SIGINT (Ctrl-C)',
    sigterm: 'SIGTERM',
    sighup: 'SIGHUP (the terminal was closed)',
    epipe: (st) => `EPIPE: ${st} was closed (the command reading it ended)`,
    streamFailed: (st, e) => `${st} failed: ${e}`,
    uncaught: (e) => `uncaught error: ${e}`,
    cleaningUp: (why) => `${why}: cleaning up before exit`,
    cleanupFailed: (e) => `cleanup failed: ${e}`,
    stopped: (why) => `stopped: ${why}`,
  },

  target: {
    kubeconfigLists: (n, where) => `${where} lists ${n} files, and the runner reads one; pass the one that holds the context with --kubeconfig FILE`,
    noCurrentContext: (kc, ctxs) => `${kc} has no current-context: pass --context NAME (contexts in that file: ${ctxs.length ? list(ctxs) : 'none'})`,
    noContext: (kc, ctx, ctxs) => `${kc} has no context "${ctx}": pass --context NAME (contexts in that file: ${ctxs.length ? list(ctxs) : 'none'})`,
    kindOnlyFlags: '--nodes and --node-image shape the dedicated kind cluster; leave them out with --kubeconfig/--context (that cluster is yours as it is)',
    kubeconfigUnreadable: (kc, why) => `${kc} is not a kubeconfig kubectl can read (${why}): pass the kubeconfig file of your cluster with --kubeconfig`,
    kubeconfigMissing: (kc) => `kubeconfig ${kc} does not exist: pass --kubeconfig with the file of an existing cluster, or leave out --kubeconfig/--context to use the dedicated kind cluster`,
    nodesDiffer: (ctx, have, want) => `the kind cluster ${ctx} has ${have} node(s) and --nodes asks for ${want}: delete it first (npm run lab -- clean --cluster), then run again`,
    reusing: (ctx, kc) => `Reusing the runner's kind cluster (context ${ctx}, kubeconfig ${kc})`,
    kindSetContext: (ctx, kc) => `kind set context ${ctx} in the runner's own kubeconfig ${kc} (your kubeconfig and current context stay as they are)`,
    creating: (ctx, n, image, kc) => `Creating the runner's kind cluster (context ${ctx}, ${n} node${n > 1 ? 's' : ''}, image ${image}, in the runner's own kubeconfig ${kc}: your kubeconfig and current context stay as they are)`,
    unreachable: (ctx, kc, why, fix) => `cannot reach the cluster of context "${ctx}" in kubeconfig ${kc}: ${why}: ${fix}`,
    startKindNode: (c) => `start its node (docker start ${c}) or recreate it (npm run lab -- clean --cluster, then run again)`,
    checkOwnCluster: (cmd) => `check that the cluster is up (${cmd}) or pass --kubeconfig/--context of one that is`,
    badNodes: (v) => `--nodes ${v}: give a whole number from 1 to 5 (1 = a control plane alone; 2 = a control plane and a worker)`,
    toolMissing: (tool, hint) => `${toolName(tool)} is not installed (not found on PATH): ${hint}`,
    toolBrokenFix: (tool, why, fix) => `${toolName(tool)} is installed but does not work: ${why}: ${fix}`,
    installHint: {
      kubectl: 'install it: https://kubernetes.io/docs/tasks/tools/#kubectl',
      kind: (bin) => `install it: ${bin} (macOS: brew install kind; Windows: choco install kind; more: https://kind.sigs.k8s.io/docs/user/quick-start/#installation)`,
      docker: 'install Docker Engine (https://docs.docker.com/engine/install/) or Docker Desktop (https://docs.docker.com/desktop/)',
    },
    startDockerAgain: 'start Docker (e.g. sudo systemctl start docker or open Docker Desktop) and try again',
    joinDockerGroupAgain: 'this user is not allowed to use the Docker socket: sudo usermod -aG docker $USER, log in again and try again (https://docs.docker.com/engine/install/linux-postinstall/)',
    checkTool: 'check the installation',
    cleanClusterFlags: 'clean --cluster deletes only the dedicated kind cluster; leave out --kubeconfig/--context (the runner never deletes a cluster it did not create)',
    noKindCluster: 'the dedicated kind cluster does not exist: nothing to clean',
    deletingCluster: (ctx) => `Deleting kind cluster ${ctx}`,
    noLabNamespaces: (ctx) => `no lab namespaces in context ${ctx}`,
  },

  command: {
    failed: (cmd, code) => `command "${cmd}" failed: exit ${code}`,
    kubectlFailed: (cmd, err) => `${cmd} failed: ${err}`,
    noLogs: (why) => `(no logs: ${why})`,
  },
};

export const MESSAGES: Record<LabLang, Messages> = { ko, en };

let processLang: LabLang = DEFAULT_LAB_LANG;

/** The CLI's --lang, for messages whose caller has no language at hand. */
export function setMessageLang(lang: LabLang): void {
  processLang = lang;
}

/** The runner's messages in `lang`, else in the CLI's --lang (Korean by default). */
export function messages(lang?: LabLang): Messages {
  return MESSAGES[lang ?? processLang];
}
