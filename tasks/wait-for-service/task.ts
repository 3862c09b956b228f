import type { TaskDefinition } from '../../scripts/lib/practice/schema';

const pod = 'app';
const initPage = { doc: 'multi-container-pod/init-containers', anchor: 'init-containers-패턴', anchorEn: 'init-containers-pattern' };
const failurePage = { doc: 'multi-container-pod/init-containers', anchor: 'verify-init-failure' };

export default {
  name: 'wait-for-service',
  title: 'Service에 백엔드가 생길 때까지 앱을 붙잡는 init container',
  doc: 'multi-container-pod/init-containers',
  statement: [
    '검사기가 `Service` `db`(포트 5432)를 만든다. 처음에는 그 뒤에 `Pod`가 없고, 검사기가 조금 뒤에 백엔드 `Pod`를 만든다.',
    '',
    '`Pod` `app`을 만들라. 메인 컨테이너 `app`은 `db`의 5432 포트에 연결이 될 때까지 시작되면 안 되고, 연결이 되면 곧 시작되어야 한다. 기다리는 일은 init container가 한다. 기다리는 동안 init container는 실패하고 다시 시작되는 대신 계속 기다려야 한다.',
    '',
    '`app`이 하는 일은 무엇이든 좋다 (예: `sleep 3600`). 이미지는 `busybox:1.36`만 쓴다.',
  ].join('\n'),
  takes: ['Pod'],
  hints: [
    'init container가 모두 exit 0으로 끝나야 kubelet이 메인 컨테이너를 시작한다.',
    '연결은 `nc -w 2 db 5432 < /dev/null`로 시험할 수 있다. 결과(종료 코드)를 버리지 말라.',
    '한 번 시험하고 끝내면 실패한 init container는 다시 시작된다. `until …; do …; done`으로 될 때까지 되풀이하라.',
  ],
  steps: [
    {
      title: 'Service db(백엔드 없음)와 답을 적용하고 18초 동안 지켜본다',
      given: ['service.yaml'],
      answer: true,
      // 18 s from the apply, not less: the note's `nc -z` (wrong/nc-z-semicolon) has no timeout. If
      // its first SYN leaves before kube-proxy has written the new Service's REJECT rule, it hangs
      // until a retransmission (1, 3, 7 s after it) is refused, and only then does `sleep 5` start:
      // with the rule there by the third (7 s), app runs about 14 s after the apply.
      holdSeconds: 18,
      checks: [
        {
          id: 'held-back',
          title: 'db에 백엔드가 없는 동안 app은 시작되지 않았다',
          check: { kind: 'container-not-started', pod, container: 'app' },
          hint: 'db에 백엔드가 없는데 app이 시작되었다. init container가 연결이 된 것을 확인한 뒤에야 끝나는지, 확인 결과를 버리고 있지 않은지 보라.',
          see: initPage,
        },
        {
          id: 'waits-without-failing',
          title: '기다리는 동안 init container는 실패하지 않았다 (재시작 0번)',
          check: { kind: 'init-no-restarts', pod },
          hint: 'init container가 실패하고 다시 시작되었다 (Init:Error, Init:CrashLoopBackOff). 한 번 시도하고 끝내는 대신, 될 때까지 되풀이하게 하라.',
          see: failurePage,
        },
      ],
    },
    {
      title: '백엔드 Pod db를 만들고, app이 시작되기를 기다린다 (≤ 60초)',
      given: ['db.yaml'],
      until: { check: 'app-running', timeoutSeconds: 60 },
      checks: [
        {
          id: 'app-running',
          title: '백엔드가 생기자 app이 시작되어 실행 중이다',
          check: { kind: 'container-running', pod, container: 'app' },
          hint: '백엔드가 생긴 뒤에도 app이 시작되지 않았다. init container가 db의 5432 포트를 시험하는지, 연결되면 끝나는지 보라.',
          see: initPage,
        },
        {
          id: 'init-done-first',
          title: 'init container가 모두 exit 0으로 끝난 뒤에 app이 시작되었다',
          check: { kind: 'init-done-before', pod, then: 'app' },
          hint: '기다리는 일을 init container가 하지 않았다. 기다리는 컨테이너를 initContainers에 (restartPolicy 없이) 두라.',
          see: initPage,
        },
      ],
    },
  ],
  wrong: {
    'nc-z-semicolon': {
      why: '노트의 예시처럼 `nc -z db 5432; sleep 5`로 한 번 확인하고 `;`로 결과를 버렸다. init container는 연결과 상관없이 `nc`가 돌아오고 5초 뒤에 끝나고, `app`은 백엔드가 없는데도 시작된다.',
      expectFailing: ['held-back'],
    },
    'no-loop': {
      why: '되풀이 없이 한 번만 연결해 본다. 백엔드가 없으면 init container가 exit 1로 끝나고 kubelet이 점점 긴 간격으로 다시 시작한다 (`Init:Error`, `Init:CrashLoopBackOff`). `app`은 결국 시작되지만, 백엔드가 생긴 뒤에도 다음 재시작까지 기다린다.',
      expectFailing: ['waits-without-failing'],
    },
  },
  en: {
    title: 'An init container that holds the app back until a Service has a backend',
    statement: [
      'The checker creates a `Service` `db` (port 5432). At first no `Pod` is behind it; a little later the checker creates a backend `Pod`.',
      '',
      'Create a `Pod` `app`. Its main container `app` must not start before a connection to port 5432 of `db` succeeds, and must start soon after it does. An init container does the waiting. While it waits, the init container must keep waiting instead of failing and being restarted.',
      '',
      'What `app` does is up to you (e.g. `sleep 3600`). Use the image `busybox:1.36` only.',
    ].join('\n'),
    hints: [
      'The kubelet starts the main containers only when every init container has ended with exit 0.',
      'You can try the connection with `nc -w 2 db 5432 < /dev/null`. Do not throw its result (exit code) away.',
      'An init container that tries once and ends with a failure is restarted. Repeat until it succeeds, with `until …; do …; done`.',
    ],
    steps: ['Apply Service db (no backend) and the answer, and watch for 18 seconds', 'Create the backend Pod db, and wait (≤ 60 s) for app to start'],
    checks: {
      'held-back': { title: 'While db had no backend, app did not start', hint: 'app started while db had no backend. Check that the init container ends only after it has seen the connection succeed, and that it does not throw the result away.' },
      'waits-without-failing': { title: 'While waiting, no init container failed (0 restarts)', hint: 'The init container failed and was restarted (Init:Error, Init:CrashLoopBackOff). Instead of trying once and ending, make it repeat until it succeeds.' },
      'app-running': { title: 'Once the backend was there, app started and is running', hint: 'app did not start even after the backend was there. Check that the init container tries port 5432 of db, and that it ends once connected.' },
      'init-done-first': { title: 'app started after every init container had ended with exit 0', hint: 'The waiting was not done by an init container. Put the container that waits in initContainers (without restartPolicy).' },
    },
    wrong: {
      'nc-z-semicolon': { why: 'As in the note\'s example, `nc -z db 5432; sleep 5` checks once and `;` throws the result away. The init container ends 5 seconds after `nc` returns, whatever the connection did, and `app` starts with no backend there.' },
      'no-loop': { why: 'Tries the connection once, with no loop. With no backend the init container ends with exit 1 and the kubelet restarts it at growing intervals (`Init:Error`, `Init:CrashLoopBackOff`). `app` does start in the end, but even after the backend is there it waits for the next restart.' },
    },
  },
} satisfies TaskDefinition;
