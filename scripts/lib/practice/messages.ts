/**
 * The lines of `npm run lab -- check`, in Korean (default) and English. Kept apart from
 * scripts/lib/output/messages.ts (the runner's own lines) so that the two grow without touching each
 * other; the language is the same --lang (taken from messages.ts when no caller passes one).
 */
import type { LabLang } from '../labs/lab-text';
import { messages, MESSAGES } from '../output/messages';

export interface PracticeMessages {
  unknownTask(name: string, valid: string[], closest: string[]): string;
  checkNeedsTask(valid: string[]): string;
  checkNeedsAnswer(task: string, start: string | undefined): string;
  tooManyPaths: string;
  watchNeedsPath: string;
  missingPath(path: string): string;
  emptyFolder(path: string): string;
  notYaml(file: string, line: number, why: string): string;
  notObject(file: string, line: number): string;
  wrongKind(file: string, line: number, kind: string, name: string, takes: readonly string[]): string;
  namespaced(file: string, line: number, kind: string, name: string, namespace: string): string;
  noObjects(files: string): string;
  /** The checker's first check, its hint, and the lines of checks that could not run. */
  accepted: { title: string; hint: string };
  notRun: string;
  /** A later step's checks after a check of an earlier step failed (the step is not run). */
  notRunAfterFailure: string;
  hint: string;
  see: string;
  /** `count` says how many passed, as the lab runner's verdict does (messages.ts). */
  verdict: { passed: string; failed: string; count(passed: number, total: number): string; failedChecks(ids: string[]): string };
  solutionHeader(task: string): string;
  watching(paths: string): string;
  changed(file: string): string;
  /** Marks a given/ object in the apply line: the checker's, not the reader's. */
  givenObject: string;
  waitingUntil(seconds: number, title: string): string;
  /** Every 10 s of an `until` wait, as progress.ts poll() says it (`elapsed` as progress.ts elapsed() gives it). */
  stillWaitingUntil(title: string, elapsed: string): string;
  waitedUntil(seconds: string): string;
  notWithin(seconds: number): string;
  reported(ns: string): string;
  none: string;
  /** The answer creates no Pod of the name the statement gives: said at once, instead of a wait. */
  missingPod(pod: string, objects: string[]): string;
  /** The answer's Pod has no container of the name a check gives (in containers or initContainers): said at once. */
  missingContainer(pod: string, container: string, has: string[]): string;
}

const list = (xs: readonly string[]) => xs.join(', ');

const ko: PracticeMessages = {
  unknownTask: (name, valid, closest) => `알 수 없는 연습 문제 "${name}"입니다.${closest.length ? ` ${closest.map((c) => `"${c}"`).join(' 또는 ')}을(를) 찾으셨나요?` : ''} 연습 문제: ${list(valid)}`,
  checkNeedsTask: (valid) => `어떤 연습 문제를 검사할지 알려 주세요: npm run lab -- check <문제> <파일 또는 폴더>. 연습 문제: ${list(valid)}`,
  checkNeedsAnswer: (task, start) => `검사할 답(YAML 파일 또는 폴더)을 주세요: npm run lab -- check ${task} <파일 또는 폴더>${start ? ` (시작 파일: ${start})` : ''}. 모범 답안은 --solution으로 봅니다.`,
  tooManyPaths: '답은 하나만 주세요: YAML 파일 하나, 또는 YAML 파일이 든 폴더 하나.',
  watchNeedsPath: '--watch는 답 파일이 바뀔 때마다 다시 검사합니다: 답 파일이나 폴더를 주세요.',
  missingPath: (p) => `${p}: 그런 파일이나 폴더가 없습니다: 답을 저장한 YAML 파일(또는 폴더)의 경로를 확인하세요.`,
  emptyFolder: (p) => `${p}: 이 폴더에 .yaml 파일이 없습니다: 답을 .yaml 파일로 저장하거나 파일 경로를 주세요.`,
  notYaml: (f, line, why) => `${f}:${line}: YAML로 읽을 수 없습니다(${why}): 들여쓰기와 따옴표를 확인하세요.`,
  notObject: (f, line) => `${f}:${line}: Kubernetes 객체가 아닙니다(apiVersion과 kind가 없음): 문서마다 apiVersion, kind, metadata를 쓰세요.`,
  wrongKind: (f, line, kind, name, takes) => `${f}:${line}: ${kind}${name ? ` "${name}"` : ''}은(는) 이 문제가 받는 종류가 아닙니다: 이 문제는 ${list(takes)}만 받습니다.`,
  namespaced: (f, line, kind, name, ns) => `${f}:${line}: ${kind} "${name}"에 metadata.namespace("${ns}")가 있습니다: 지우세요. 검사기는 답을 자기가 만든 네임스페이스에 적용합니다.`,
  noObjects: (files) => `${files}: 객체가 하나도 없습니다(빈 파일이거나 주석뿐): 문제가 말하는 객체를 쓰세요.`,
  accepted: { title: 'API 서버가 답의 객체를 모두 받아들였다 (kubectl apply 성공)', hint: 'kubectl apply가 거부한 까닭(위의 증거)을 읽고, 거기 나온 필드가 어떤 타입이어야 하는지 kubectl explain으로 확인하라 (예: kubectl explain pod.spec.containers.command).' },
  notRun: '검사하지 못함: 답이 적용되지 않았다',
  notRunAfterFailure: '검사하지 못함: 앞 단계의 확인 항목이 실패했다',
  hint: '힌트',
  see: '읽을 곳',
  verdict: { passed: '통과', failed: '실패', count: (n, total) => MESSAGES.ko.verdict.count(n, total), failedChecks: (ids) => `실패한 확인 항목: ${list(ids)}` },
  solutionHeader: (task) => `# 연습 문제 ${task}의 모범 답안`,
  watching: (paths) => `지켜보는 파일: ${paths}. 저장할 때마다 다시 검사합니다 (끝내려면 Ctrl-C).`,
  changed: (file) => `${file} 파일이 바뀌었습니다: 다시 검사합니다.`,
  givenObject: '(검사기가 두는 객체)',
  waitingUntil: (s, title) => `최대 ${s}초 기다림: ${title} …`,
  stillWaitingUntil: (title, e) => `  아직 기다리는 중 (${e}): ${title}`,
  waitedUntil: (s) => `… ${s}초 뒤에 됨`,
  notWithin: (s) => `… ${s}초 안에 되지 않았습니다: 지금 있는 그대로 검사합니다`,
  reported: (ns) => `클러스터가 보고한 내용 (네임스페이스 ${ns}의 이벤트):`,
  none: '(없음)',
  missingPod: (pod, objects) => `  ✘ 답에 이름이 ${pod}인 Pod가 없습니다 (답의 객체: ${objects.join(', ') || '없음'}): 문제가 말하는 이름을 쓰세요. 기다리지 않고 검사합니다.`,
  missingContainer: (pod, c, has) => `  ✘ 답의 Pod ${pod}에 ${c} 컨테이너가 없습니다 (있는 컨테이너: ${has.join(', ') || '없음'}): containers나 initContainers에 문제가 말하는 이름을 쓰세요. 기다리지 않고 검사합니다.`,
};

const en: PracticeMessages = {
  unknownTask: (name, valid, closest) => `unknown task "${name}"${closest.length ? `: did you mean ${closest.map((c) => `"${c}"`).join(' or ')}?` : ':'} the tasks are ${list(valid)}`,
  checkNeedsTask: (valid) => `say which task to check: npm run lab -- check <task> <file or folder>; the tasks are ${list(valid)}`,
  checkNeedsAnswer: (task, start) => `give your answer (a YAML file or folder): npm run lab -- check ${task} <file or folder>${start ? ` (starting files: ${start})` : ''}; --solution prints the reference solution`,
  tooManyPaths: 'give one answer: one YAML file, or one folder of YAML files',
  watchNeedsPath: '--watch checks again whenever your answer changes: give the answer file or folder',
  missingPath: (p) => `${p}: no such file or folder: check the path of the YAML file (or folder) with your answer`,
  emptyFolder: (p) => `${p}: this folder has no .yaml file: save your answer as a .yaml file, or give the file's path`,
  notYaml: (f, line, why) => `${f}:${line}: not YAML (${why}): check the indentation and quotes`,
  notObject: (f, line) => `${f}:${line}: not a Kubernetes object (no apiVersion and kind): give each document apiVersion, kind and metadata`,
  wrongKind: (f, line, kind, name, takes) => `${f}:${line}: ${kind}${name ? ` "${name}"` : ''} is not a kind this task takes: it takes ${list(takes)} only`,
  namespaced: (f, line, kind, name, ns) => `${f}:${line}: ${kind} "${name}" has metadata.namespace "${ns}": remove it; the checker applies your answer into a namespace of its own`,
  noObjects: (files) => `${files}: no objects (an empty file, or comments only): write the objects the task asks for`,
  accepted: { title: 'The API server accepted every object of the answer (kubectl apply succeeded)', hint: 'Read why kubectl apply refused it (the evidence above), and look up the type of the field it names with kubectl explain (e.g. kubectl explain pod.spec.containers.command).' },
  notRun: 'not checked: the answer was not applied',
  notRunAfterFailure: 'not checked: a check of an earlier step failed',
  hint: 'hint',
  see: 'read',
  verdict: { passed: 'passed', failed: 'failed', count: (n, total) => MESSAGES.en.verdict.count(n, total), failedChecks: (ids) => `failed: ${list(ids)}` },
  solutionHeader: (task) => `# The reference solution of task ${task}`,
  watching: (paths) => `watching ${paths}: checking again on every save (Ctrl-C to stop)`,
  changed: (file) => `${file} changed: checking again`,
  givenObject: "(the checker's own object)",
  waitingUntil: (s, title) => `Waiting ≤ ${s}s until: ${title} …`,
  stillWaitingUntil: (title, e) => `  still waiting (${e}) until: ${title}`,
  waitedUntil: (s) => `… after ${s}s`,
  notWithin: (s) => `… not within ${s}s; checking what there is`,
  reported: (ns) => `what the cluster reported (events in ${ns}):`,
  none: '(none)',
  missingPod: (pod, objects) => `  ✘ your answer has no Pod named ${pod} (it has: ${objects.join(', ') || 'nothing'}): use the name the task gives; checking without waiting`,
  missingContainer: (pod, c, has) => `  ✘ your Pod ${pod} has no container ${c} (it has: ${has.join(', ') || 'none'}): give a container or init container the name the task gives; checking without waiting`,
};

const PRACTICE: Record<LabLang, PracticeMessages> = { ko, en };

/** The check command's lines in `lang`, else in the CLI's --lang (Korean by default). */
export function practiceMessages(lang?: LabLang): PracticeMessages {
  return PRACTICE[lang ?? (messages() === MESSAGES.en ? 'en' : 'ko')];
}

export const PRACTICE_MESSAGES = PRACTICE;
