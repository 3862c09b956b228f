import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'application-with-init-db-check';

export default {
  name: 'init-containers',
  title: 'Init Containers: 순서대로 실행되고, Service에 백엔드가 생길 때까지 Pod를 붙잡는다',
  proves: [
    '`initContainers`는 spec 순서대로 하나씩 실행되고, 앞의 것이 exit 0으로 끝나야 다음 것이 시작된다.',
    'Service에 백엔드가 없으면 `wait-for-db`가 계속 재시도하고, 그동안 메인 컨테이너는 시작되지 않는다 (`Pod`는 `Pending`).',
    '백엔드 Pod가 Ready가 되면 `wait-for-db`가 끝나고, 그 뒤에 메인 컨테이너가 시작된다.',
  ],
  doc: 'multi-container-pod/init-containers',
  steps: [
    {
      title: '백엔드 없는 db-service와 Pod를 만들고 14초 동안 지켜본다',
      apply: ['db-service.yaml', 'pod.yaml'],
      wait: { pod, until: { containerRunning: 'wait-for-db' }, timeoutSeconds: 120 },
      // 14 s, not less: the broken variant's `nc -z` (the note's) has no timeout. If its first SYN
      // leaves before kube-proxy has written db-service's REJECT rule, it hangs until a
      // retransmission (1, 3, 7 s after it) is refused, then sleeps 5 s: if the rule is there by the
      // third (7 s), it has ended by now.
      holdSeconds: 14,
      checks: [
        {
          id: 'init-config-done',
          title: '첫 번째 init container(init-config)는 exit 0으로 끝났다',
          check: { kind: 'container-exited', pod, container: 'init-config', exitCode: 0 },
        },
        {
          id: 'init-in-order',
          title: 'init-config가 끝난 뒤에 wait-for-db가 시작되었다',
          check: { kind: 'exits-before-start', pod, first: 'init-config', then: 'wait-for-db' },
        },
        {
          id: 'still-waiting',
          title: 'wait-for-db는 아직 실행 중이다 (db-service에 백엔드가 없다)',
          check: { kind: 'container-running', pod, container: 'wait-for-db' },
        },
        {
          id: 'retrying',
          title: 'wait-for-db의 로그에 재시도 메시지가 남는다',
          check: { kind: 'log-includes', pod, container: 'wait-for-db', text: 'waiting for db-service:5432' },
        },
        {
          id: 'main-held-back',
          title: '메인 컨테이너(main-app)는 아직 시작되지 않았다',
          check: { kind: 'container-not-started', pod, container: 'main-app' },
        },
        {
          id: 'pod-pending',
          title: 'Pod는 Pending 상태다',
          check: { kind: 'pod-phase', pod, phase: 'Pending' },
        },
      ],
    },
    {
      title: '백엔드 Pod(db)를 만들고 앱 Pod가 Ready가 되기를 기다린다',
      apply: ['db.yaml'],
      wait: { pod, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'wait-for-db-done',
          title: 'wait-for-db는 exit 0으로 끝났다',
          check: { kind: 'container-exited', pod, container: 'wait-for-db', exitCode: 0 },
        },
        {
          id: 'main-after-init',
          title: '메인 컨테이너는 마지막 init container가 끝난 뒤에 시작되었다',
          check: { kind: 'exits-before-start', pod, first: 'wait-for-db', then: 'main-app' },
        },
        {
          id: 'main-running',
          title: 'main-app이 실행 중이다',
          check: { kind: 'container-running', pod, container: 'main-app' },
        },
        {
          id: 'main-sees-init-output',
          title: 'main-app이 init-config가 남긴 설정 파일을 읽었다',
          check: { kind: 'log-includes', pod, container: 'main-app', text: 'config written by init-config' },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`wait-for-db`가 노트의 원래 명령(`nc -z db-service 5432; sleep 5; echo ...`)을 쓴다. 연결이 실패해도 `nc`가 돌아오고 5초 뒤 exit 0으로 끝나므로, 백엔드가 없는데도 메인 컨테이너가 시작되고 `Pod`는 `Running`이 된다.',
      replace: ['pod.yaml'],
      expectFailing: ['still-waiting', 'retrying', 'main-held-back', 'pod-pending'],
    },
  },
  originals: [
    {
      file: 'pod.yaml',
      why: '`main-app:latest` 이미지는 어디에도 없고, `db-service`는 참조만 되고 정의되지 않았다. 또 `nc -z db-service 5432;` 뒤의 `;` 때문에 연결이 실패해도 다음 명령으로 넘어가므로, 이 init container는 데이터베이스를 실제로 기다리지 않는다. 실습 버전은 `until ... do ... done`으로 연결될 때까지 재시도하고, `db-service`와 그 백엔드(`db`)를 함께 정의한다. `nc -z`는 Debian의 busybox에 없는 옵션이라 `nc -w 2 ... < /dev/null`(연결되면 0, 거부되면 1)로 바꿨다.',
    },
  ],
  en: {
    title: 'Init Containers: they run in order, and hold the Pod back until the Service has a backend',
    proves: [
      'The `initContainers` run one at a time in spec order, and each one starts only after the one before has finished with exit 0.',
      'While the Service has no backend, `wait-for-db` keeps retrying, and the main container does not start in the meantime (the `Pod` is `Pending`).',
      'Once the backend Pod is Ready, `wait-for-db` finishes, and only then does the main container start.',
    ],
    steps: [
      'Create db-service (which has no backend) and the Pod, and watch for 14 seconds',
      'Create the backend Pod (db) and wait for the app Pod to become Ready',
    ],
    checks: {
      'init-config-done': 'The first init container (init-config) finished with exit 0',
      'init-in-order': 'wait-for-db started after init-config had finished',
      'still-waiting': 'wait-for-db is still running (db-service has no backend)',
      retrying: 'wait-for-db\'s log has the retry message',
      'main-held-back': 'The main container (main-app) has not started yet',
      'pod-pending': 'The Pod is Pending',
      'wait-for-db-done': 'wait-for-db finished with exit 0',
      'main-after-init': 'The main container started after the last init container had finished',
      'main-running': 'main-app is running',
      'main-sees-init-output': 'main-app read the config file that init-config left behind',
    },
    variants: {
      broken: {
        why: '`wait-for-db` uses the note\'s original command (`nc -z db-service 5432; sleep 5; echo ...`). It exits 0 5 seconds after `nc` returns, even when the connection fails, so the main container starts although there is no backend, and the `Pod` becomes `Running`.',
      },
    },
    originals: {
      'pod.yaml': {
        why: 'The `main-app:latest` image does not exist anywhere, and `db-service` is referenced but never defined. Also, because of the `;` after `nc -z db-service 5432;`, the next command runs even when the connection fails, so this init container does not actually wait for the database. The lab version retries with `until ... do ... done` until it connects, and defines `db-service` together with its backend (`db`). `nc -z` is an option that Debian\'s busybox lacks, so it became `nc -w 2 ... < /dev/null` (0 when it connects, 1 when refused).',
      },
    },
  },
} satisfies LabDefinition;
