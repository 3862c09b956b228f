import type { TaskDefinition } from '../../scripts/lib/practice/schema';

const pod = 'web';
const failurePage = { doc: 'multi-container-pod/init-containers', anchor: 'verify-init-failure' };
const volumePage = { doc: 'multi-container-pod/concept', anchor: '실습-공유-볼륨과-localhost', anchorEn: 'lab-a-shared-volume-and-localhost' };

export default {
  name: 'fix-init-crashloop',
  title: '크래시 루프에 빠진 init container 고치기',
  doc: 'multi-container-pod/init-containers',
  statement: [
    '시작 파일의 `Pod` `web`은 `Init:CrashLoopBackOff`에 빠진다. init container `init-page`가 페이지를 쓰고, 컨테이너 `web`이 그 페이지를 8080 포트로 내보내야 한다.',
    '',
    '원인을 찾아 고쳐라. 고친 뒤에는 `init-page`가 한 번에 exit 0으로 끝나고, `web` 안에서 `http://localhost:8080/`을 요청하면 `hello from init-page`가 돌아와야 한다. `init-page`와 `web`의 이름과 역할은 그대로 둔다.',
  ].join('\n'),
  takes: ['Pod'],
  start: ['pod.yaml'],
  hints: [
    '먼저 실패한 init container의 로그를 읽어라: `kubectl logs web -c init-page` (지난 실행은 `--previous`).',
    '오류가 말하는 경로가 어디에 마운트되어 있는지, `volumeMounts`와 비교해 보라.',
    '오류를 감추거나(`|| true`) 재시작을 끄는 것(`restartPolicy: Never`)은 고친 것이 아니다. 페이지가 `web`이 내보내는 볼륨에 쓰여야 한다.',
  ],
  steps: [
    {
      title: '답을 적용하고, web이 페이지를 내보내기를 기다린다 (≤ 60초)',
      answer: true,
      until: { check: 'serves-page', timeoutSeconds: 60 },
      checks: [
        {
          id: 'init-succeeded',
          title: 'init-page가 exit 0으로 끝났다',
          check: { kind: 'container-exited', pod, container: 'init-page', exitCode: 0 },
          hint: 'init-page가 exit 0으로 끝나지 않았다. kubectl logs web -c init-page로 오류를 읽고, 명령이 쓰는 경로가 마운트된 경로인지 보라.',
          see: failurePage,
        },
        {
          id: 'no-crash-loop',
          title: 'init-page는 한 번에 성공했다 (실패도 재시작도 없다)',
          check: { kind: 'init-no-restarts', pod },
          hint: 'init container가 실패했다. 재시작 정책을 바꿔도 실패는 그대로다: 실패의 원인을 고쳐라.',
          see: failurePage,
        },
        {
          id: 'web-running',
          title: 'web이 실행 중이다',
          check: { kind: 'container-running', pod, container: 'web' },
          hint: 'web이 시작되지 않았다. init container가 모두 성공해야 kubelet이 web을 시작한다.',
          see: failurePage,
        },
        {
          id: 'serves-page',
          title: 'web 안에서 http://localhost:8080/ 을 요청하면 init-page가 쓴 페이지(hello from init-page)가 돌아온다',
          check: { kind: 'exec', pod, container: 'web', command: ['wget', '-qO-', 'http://localhost:8080/'], stdoutIncludes: 'hello from init-page' },
          hint: 'web이 init-page가 쓴 페이지를 돌려주지 않는다. init-page가 쓴 곳이 web이 내보내는 것과 같은 볼륨인지 보라. 오류를 감추기만 한 것은 아닌지도 보라.',
          see: volumePage,
        },
      ],
    },
  ],
  alsoCorrect: {
    'fix-the-command': '마운트 경로 대신 명령을 고쳐, 볼륨이 마운트된 `/usr/share/html`에 쓴다.',
  },
  wrong: {
    silenced: {
      why: '오류를 `|| true`로 감췄다. `init-page`는 exit 0으로 끝나지만 페이지는 쓰이지 않았고, `web`은 404를 돌려준다.',
      expectFailing: ['serves-page'],
    },
    'mkdir-in-container': {
      why: '오류 메시지(`nonexistent directory`)를 글자 그대로 고쳐 `mkdir -p /html`을 더했다. `init-page`는 exit 0으로 끝나지만 페이지는 볼륨이 아니라 그 컨테이너 자신의 파일시스템에 쓰였다.',
      expectFailing: ['serves-page'],
    },
    'restart-never': {
      why: '크래시 루프를 멈추려고 `restartPolicy: Never`를 주었다. `init-page`는 여전히 실패하고, 이제는 다시 시도하지도 않는다. `Pod`는 `Init:Error`로 `Failed`가 되고 `web`은 시작되지 않는다.',
      expectFailing: ['init-succeeded', 'no-crash-loop', 'web-running', 'serves-page'],
    },
  },
  en: {
    title: 'Fix an init container that crash-loops',
    statement: [
      'The starting file\'s `Pod` `web` ends up in `Init:CrashLoopBackOff`. The init container `init-page` should write a page, and the container `web` should serve it on port 8080.',
      '',
      'Find the cause and fix it. Once fixed, `init-page` ends with exit 0 at its first try, and a request for `http://localhost:8080/` inside `web` returns `hello from init-page`. Keep the names and roles of `init-page` and `web`.',
    ].join('\n'),
    hints: [
      'Read the failed init container\'s log first: `kubectl logs web -c init-page` (the run before: `--previous`).',
      'Compare the path in the error with where the volume is mounted (`volumeMounts`).',
      'Hiding the error (`|| true`) or turning restarts off (`restartPolicy: Never`) fixes nothing. The page must be written to the volume that `web` serves.',
    ],
    steps: ['Apply the answer, and wait (≤ 60 s) for web to serve the page'],
    checks: {
      'init-succeeded': { title: 'init-page ended with exit 0', hint: 'init-page did not end with exit 0. Read its error with kubectl logs web -c init-page, and check that the path its command writes to is where the volume is mounted.' },
      'no-crash-loop': { title: 'init-page succeeded at its first try (no failure, no restart)', hint: 'An init container failed. Changing the restart policy leaves the failure as it is: fix its cause.' },
      'web-running': { title: 'web is running', hint: 'web has not started. The kubelet starts web only when every init container has succeeded.' },
      'serves-page': { title: 'Inside web, a request for http://localhost:8080/ returns the page init-page wrote (hello from init-page)', hint: 'web does not return the page init-page wrote. Check that init-page wrote to the same volume that web serves, and that the error was not merely hidden.' },
    },
    alsoCorrect: {
      'fix-the-command': 'Fixes the command instead of the mount path: it writes to `/usr/share/html`, where the volume is mounted.',
    },
    wrong: {
      silenced: { why: 'Hides the error with `|| true`. `init-page` ends with exit 0, but no page was written, and `web` answers 404.' },
      'mkdir-in-container': { why: 'Fixes the error message (`nonexistent directory`) literally by adding `mkdir -p /html`. `init-page` ends with exit 0, but the page went to the container\'s own filesystem, not the volume.' },
      'restart-never': { why: 'Sets `restartPolicy: Never` to stop the crash loop. `init-page` still fails, and now is not even tried again: the `Pod` becomes `Failed` with `Init:Error`, and `web` never starts.' },
    },
  },
} satisfies TaskDefinition;
