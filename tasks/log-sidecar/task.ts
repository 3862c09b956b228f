import type { TaskDefinition } from '../../scripts/lib/practice/schema';

const pod = 'webapp';
const sidecarPage = { doc: 'multi-container-pod/sidecar-containers', anchor: 'sidecar-containers-패턴', anchorEn: 'sidecar-containers-pattern' };
const volumePage = { doc: 'multi-container-pod/concept', anchor: '실습-공유-볼륨과-localhost', anchorEn: 'lab-a-shared-volume-and-localhost' };

export default {
  name: 'log-sidecar',
  title: '로그를 옮기는 사이드카 더하기',
  doc: 'multi-container-pod/sidecar-containers',
  statement: [
    '시작 파일의 `Pod` `webapp`에서 컨테이너 `app`은 `/var/log/app/app.log`에 로그를 쓴다 (첫 줄은 `app started`, 그 뒤로 2초마다 한 줄).',
    '',
    '이 `Pod`에 컨테이너 `log-shipper`를 더하라. `log-shipper`는 `app`이 쓰는 로그 파일을 공유 볼륨으로 읽어, 첫 줄부터 새 줄까지 자기 표준 출력(`kubectl logs`)으로 내보낸다. `app`은 지금처럼 계속 실행되어야 한다.',
    '',
    '이미지는 `busybox:1.36`만 쓴다.',
  ].join('\n'),
  takes: ['Pod'],
  start: ['pod.yaml'],
  hints: [
    '두 컨테이너가 같은 파일을 보려면 `volumes`에 볼륨 하나를 두고, 두 컨테이너가 모두 그 볼륨을 `volumeMounts`로 마운트해야 한다.',
    '파일을 따라 읽는 명령은 `tail -F`다. `-n +1`을 주면 첫 줄부터 읽는다.',
    '사이드카를 `initContainers`에 둔다면 `restartPolicy: Always`가 있어야 네이티브 사이드카가 된다. 없으면 끝날 때까지 `app`을 막는 일반 init container다.',
  ],
  steps: [
    {
      title: '답을 적용하고, log-shipper의 출력에 app의 첫 줄이 나오기를 기다린다 (≤ 60초)',
      answer: true,
      until: { check: 'ships-first-line', timeoutSeconds: 60 },
      checks: [
        {
          id: 'app-running',
          title: 'app이 실행 중이다',
          check: { kind: 'container-running', pod, container: 'app' },
          hint: 'app이 시작되지 않았다. app 앞에 끝나지 않는 컨테이너가 있지 않은지, 그 컨테이너가 무엇으로 선언되었는지 보라.',
          see: sidecarPage,
        },
        {
          id: 'shipper-running',
          title: 'log-shipper가 실행 중이다',
          check: { kind: 'container-running', pod, container: 'log-shipper' },
          hint: 'log-shipper가 실행 중이 아니다. 이름이 log-shipper인지, 명령이 끝나 버리지 않는지 보라.',
          see: sidecarPage,
        },
        {
          id: 'ships-first-line',
          title: 'log-shipper의 출력에 app의 첫 로그 줄(app started)이 있다',
          check: { kind: 'log-includes', pod, container: 'log-shipper', text: 'app started' },
          hint: 'log-shipper의 출력에 app이 쓴 줄이 없다. 두 컨테이너가 같은 볼륨(volumes의 같은 항목)을 마운트하는지, 그리고 log-shipper가 파일을 처음부터 읽는지 보라.',
          see: volumePage,
        },
        {
          id: 'run-together',
          title: 'app과 log-shipper가 동시에 실행 중이다',
          check: { kind: 'run-together', pod, containers: ['app', 'log-shipper'] },
          hint: '두 컨테이너가 함께 실행되지 않는다. 하나가 다른 하나를 기다리고 있지 않은지 보라.',
          see: sidecarPage,
        },
      ],
    },
    {
      title: '8초 더 지켜본다: 새 줄도 옮겨지나',
      holdSeconds: 8,
      checks: [
        {
          id: 'ships-new-lines',
          title: 'log-shipper의 출력에 나중에 쓰인 줄(app handled request 4)도 있다',
          check: { kind: 'log-includes', pod, container: 'log-shipper', text: 'app handled request 4' },
          hint: 'log-shipper가 새 줄을 옮기지 않는다. 파일을 한 번 읽고 마는 명령이 아니라 따라 읽는 명령인지, 같은 볼륨을 보는지 보라.',
          see: volumePage,
        },
      ],
    },
  ],
  alsoCorrect: {
    'plain-container': '`log-shipper`를 `containers`의 일반 컨테이너로 둔다. 시작 순서는 보장되지 않지만, `tail -n +1 -F`는 파일이 생기기를 기다렸다가 첫 줄부터 읽으므로 로그를 빠짐없이 옮긴다.',
  },
  wrong: {
    'init-not-sidecar': {
      why: '`log-shipper`를 `initContainers`에 넣고 `restartPolicy: Always`를 빠뜨렸다. 일반 init container가 된 `tail -F`는 끝나지 않으므로, `app`은 영영 시작되지 않고 `Pod`는 `Init:0/1`에 머문다.',
      expectFailing: ['app-running', 'ships-first-line', 'run-together'],
    },
    'no-shared-volume': {
      why: '컨테이너마다 `emptyDir`을 따로 만들었다. 마운트 경로는 같아도 다른 볼륨이라, `log-shipper`는 `app`의 파일을 보지 못한다.',
      expectFailing: ['ships-first-line'],
    },
    'command-string': {
      why: '`command`를 배열이 아닌 문자열로 썼다 (노트의 예시에 있는 실수). API 서버가 `Pod`를 거부한다.',
      expectFailing: ['accepted'],
    },
  },
  en: {
    title: 'Add a sidecar that ships the logs',
    statement: [
      'In the starting file\'s `Pod` `webapp`, the container `app` writes its log to `/var/log/app/app.log` (first line `app started`, then one line every 2 seconds).',
      '',
      'Add a container `log-shipper` to this `Pod`. `log-shipper` reads the log file that `app` writes, through a shared volume, and sends it to its own standard output (`kubectl logs`), from the first line to each new one. `app` must keep running as it does now.',
      '',
      'Use the image `busybox:1.36` only.',
    ].join('\n'),
    hints: [
      'For two containers to see the same file, put one volume in `volumes` and mount that volume in both containers with `volumeMounts`.',
      'The command that follows a file is `tail -F`; with `-n +1` it starts at the first line.',
      'If you put the sidecar in `initContainers`, it needs `restartPolicy: Always` to be a native sidecar; without it, it is a regular init container that holds `app` back until it ends.',
    ],
    steps: [
      'Apply the answer, and wait (≤ 60 s) for app\'s first line in log-shipper\'s output',
      'Watch 8 more seconds: are new lines shipped too?',
    ],
    checks: {
      'app-running': { title: 'app is running', hint: 'app has not started. See whether a container that never ends comes before app, and what it is declared as.' },
      'shipper-running': { title: 'log-shipper is running', hint: 'log-shipper is not running. Check that it is named log-shipper and that its command does not end.' },
      'ships-first-line': { title: 'log-shipper\'s output has app\'s first log line (app started)', hint: 'log-shipper\'s output has no line that app wrote. Check that both containers mount the same volume (the same entry of volumes), and that log-shipper reads the file from its start.' },
      'run-together': { title: 'app and log-shipper are running at the same time', hint: 'The two containers do not run together. See whether one is waiting for the other.' },
      'ships-new-lines': { title: 'log-shipper\'s output also has a later line (app handled request 4)', hint: 'log-shipper does not ship new lines. Check that its command follows the file rather than reading it once, and that it sees the same volume.' },
    },
    alsoCorrect: {
      'plain-container': '`log-shipper` as a regular container in `containers`. The start order is not guaranteed, but `tail -n +1 -F` waits for the file and reads it from the first line, so no line is lost.',
    },
    wrong: {
      'init-not-sidecar': { why: '`log-shipper` is in `initContainers` without `restartPolicy: Always`. As a regular init container, `tail -F` never ends, so `app` never starts and the `Pod` stays in `Init:0/1`.' },
      'no-shared-volume': { why: 'Each container has an `emptyDir` of its own. The mount path is the same, but the volumes differ, so `log-shipper` never sees `app`\'s file.' },
      'command-string': { why: '`command` is a string, not an array (a mistake in the note\'s own example). The API server refuses the `Pod`.' },
    },
  },
} satisfies TaskDefinition;
