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
import { DEFAULT_LAB_LANG, type LabLang } from './lab-text';

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
    /** Why the probe says so. */
    dropped: string;
    kept: string;
    /** `--all` leaves out labs that need a cluster of their own kind. */
    leftOut(labs: string[]): string;
  };
}

const list = (xs: string[]) => xs.join(', ');

const ko: Messages = {
  toolsMissing: (tools) => `${tools.join('와 ')}가 설치되어 있지 않습니다(PATH에 없음). --kubeconfig 없이 실행하면 러너는 kind와 Docker로 실습 전용 클러스터를 만듭니다.`,
  toolBroken: (tool, why) => `${tool}가 설치되어 있지만 동작하지 않습니다: ${String(why).replace(/[.?!]+$/, '')}. --kubeconfig 없이 실행하면 러너는 kind와 Docker로 실습 전용 클러스터를 만듭니다.`,
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
    caught: (expected, ok, others) => `검사가 고장을 잡았습니다(예상대로 실패: ${list(expected)}; 나머지 ${ok}/${others} 통과)`,
    failedChecks: (ids) => `실패한 검사: ${list(ids)}`,
    stepFailed: (n, title) => `${n}단계에서 멈춤: ${title}`,
    variantMissed: (ids) => `실패해야 하는데 통과: ${list(ids)}`,
    variantUnexpected: (ids) => `예상 밖의 실패: ${list(ids)}`,
    proved: '이 실습으로 확인한 것:',
    variantShowed: '검사가 잡아낸 고장:',
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
      `${list(labs)}는 네이티브 사이드카가 꺼진 클러스터(v1.28 기본값, 또는 SidecarContainers=false)가 필요한데, 컨텍스트 ${ctx}의 클러스터(${v})는 네이티브 사이드카를 실행합니다. CI처럼 npm run cluster:up -- --kubernetes 1.30.14 --feature-gates SidecarContainers=false 로 만든 클러스터를 --kubeconfig로 주세요.`,
    dropped: '서버 쪽 dry run에서 init container의 restartPolicy: Always가 사라짐',
    kept: '서버 쪽 dry run에서 init container의 restartPolicy: Always가 남음',
    leftOut: (labs) => `--all에서 뺀 실습(전용 클러스터가 필요함): ${list(labs)}`,
  },
};

const en: Messages = {
  toolsMissing: (tools) => `${tools.join(' and ')} ${tools.length > 1 ? 'are' : 'is'} not installed (not found on PATH); without --kubeconfig the runner makes a kind cluster of its own, which needs kind and Docker.`,
  toolBroken: (tool, why) => `${tool} is installed but does not work: ${String(why).replace(/[.?!]+$/, '')}; without --kubeconfig the runner makes a kind cluster of its own, which needs kind and Docker.`,
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
      `${list(labs)} need${labs.length > 1 ? '' : 's'} a cluster with native sidecars off (the v1.28 default, or SidecarContainers=false), but the cluster of context ${ctx} (${v}) runs them: pass --kubeconfig of one made like CI's: npm run cluster:up -- --kubernetes 1.30.14 --feature-gates SidecarContainers=false`,
    dropped: 'a server-side dry run dropped restartPolicy: Always from an init container',
    kept: 'a server-side dry run kept restartPolicy: Always on an init container',
    leftOut: (labs) => `left out of --all (they need a cluster of their own): ${list(labs)}`,
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
