import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'simple-webapp';
const lc = 'sidecar-lifecycle';

export default {
  name: 'native-sidecar',
  title: '네이티브 사이드카: 먼저 시작되고, 메인 컨테이너와 함께 계속 실행된다',
  proves: [
    '`initContainers[].restartPolicy: Always`인 컨테이너(log-shipper)는 메인 컨테이너(web-app)보다 먼저 시작되고, kubelet은 사이드카의 `startupProbe`가 통과한 뒤에야 다음 컨테이너(뒤의 init container `prepare`, 그리고 메인 컨테이너)를 시작한다.',
    '일반 init container와 달리 끝나지 않고, 메인 컨테이너와 동시에 실행된다.',
    '사이드카는 공유 볼륨을 통해 메인 앱이 쓰는 로그를 처음 줄부터 받아 낸다.',
    '사이드카가 죽으면 사이드카만 재시작되고, 메인 컨테이너는 멈추지 않는다.',
    '`Pod`를 지우면 메인 컨테이너가 먼저 멈추고, 사이드카는 그 뒤에 멈춘다 (`LIFECYCLE`의 `Exiting` 순서).',
    '네이티브 사이드카가 있는 `Job`은 메인 컨테이너가 끝나면 `Complete`가 된다. 같은 사이드카를 일반 컨테이너로 두면 `Job`은 끝나지 않는다 (고장 낸 버전).',
  ],
  doc: 'multi-container-pod/sidecar-containers',
  steps: [
    {
      title: 'Pod와 Job을 만들고 Pod의 Ready를 기다린다 (Job은 마지막 단계에서 본다)',
      // The Job runs alongside steps 1–3 and is looked at in step 4: the ~20 s those steps take are the
      // time it is watched (they replace a 20 s hold after creating it there).
      apply: ['pod.yaml', 'job.yaml'],
      wait: { pod, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'sidecar-first',
          title: 'web-app은 log-shipper의 startupProbe가 통과한 뒤(시작하고 2초 이상 지나서) 시작되었다',
          check: { kind: 'starts-before', pod, first: 'log-shipper', then: 'web-app', minGapSeconds: 2 },
        },
        {
          id: 'init-waits-for-sidecar',
          title: '사이드카 뒤의 일반 init container(prepare)도 log-shipper의 startupProbe가 통과한 뒤(2초 이상 지나서) 시작되었다',
          check: { kind: 'starts-before', pod, first: 'log-shipper', then: 'prepare', minGapSeconds: 2 },
        },
        {
          id: 'prepare-before-main',
          title: 'prepare가 끝난 뒤에 web-app이 시작되었다',
          check: { kind: 'exits-before-start', pod, first: 'prepare', then: 'web-app' },
        },
        {
          id: 'sidecar-running',
          title: 'log-shipper는 init container인데도 끝나지 않고 실행 중이다',
          check: { kind: 'container-running', pod, container: 'log-shipper' },
        },
        {
          id: 'run-together',
          title: 'log-shipper와 web-app이 동시에 실행 중이다',
          check: { kind: 'run-together', pod, containers: ['log-shipper', 'web-app'] },
        },
        {
          id: 'ships-first-line',
          title: 'log-shipper의 출력에 web-app의 첫 로그 줄이 있다',
          check: { kind: 'log-includes', pod, container: 'log-shipper', text: 'web-app started' },
        },
      ],
    },
    {
      title: '사이드카(log-agent)가 한 번 죽었다가 재시작되기를 기다린다: 메인 컨테이너(app)는 어떻게 되나',
      apply: ['lifecycle-pod.yaml'],
      wait: { pod: lc, until: { restartsAtLeast: { container: 'log-agent', count: 1 } }, timeoutSeconds: 60 },
      checks: [
        {
          id: 'sidecar-started-before-main',
          title: 'app은 log-agent가 Started를 남긴 뒤에 시작되었다 (LIFECYCLE 기록)',
          check: { kind: 'lifecycle-order', pod: lc, first: { container: 'log-agent', event: 'Started' }, then: { container: 'app', event: 'Starting' } },
        },
        {
          id: 'sidecar-restarted',
          title: 'log-agent는 exit 1로 죽은 뒤 스스로 재시작되었다 (restartCount ≥ 1)',
          check: { kind: 'has-restarted', pod: lc, container: 'log-agent', min: 1 },
        },
        {
          id: 'sidecar-ran-twice',
          title: 'log-agent의 LIFECYCLE 기록에 Starting이 두 번 있다',
          check: { kind: 'lifecycle-count', pod: lc, container: 'log-agent', event: 'Starting', count: 2 },
        },
        {
          id: 'main-kept-running',
          title: 'app은 그동안 재시작되지 않고 계속 실행 중이다 (restartCount 0)',
          check: { kind: 'never-restarted', pod: lc, container: 'app' },
        },
        {
          id: 'main-started-once',
          title: 'app의 LIFECYCLE 기록에는 Starting이 한 번뿐이다',
          check: { kind: 'lifecycle-count', pod: lc, container: 'app', event: 'Starting', count: 1 },
        },
      ],
    },
    {
      title: 'Pod를 지우면서 모든 컨테이너의 로그를 끝까지 따라 읽는다',
      delete: { pod: lc, timeoutSeconds: 60 },
      checks: [
        {
          id: 'main-exits-first',
          title: '메인 컨테이너(app)가 먼저 Exiting을 남기고, 사이드카(log-agent)는 그 뒤에 멈춘다',
          check: { kind: 'lifecycle-order', pod: lc, first: { container: 'app', event: 'Exiting' }, then: { container: 'log-agent', event: 'Exiting' } },
        },
        {
          id: 'sidecar-exits-once',
          title: 'log-agent도 SIGTERM을 받아 Exiting을 남겼다 (강제 종료가 아니다)',
          check: { kind: 'lifecycle-count', pod: lc, container: 'log-agent', event: 'Exiting', count: 1 },
        },
      ],
    },
    {
      // At least ~15 s after the Job was created (steps 1–3 wait for a 3 s startup, a crash 3 s after
      // a start, a restart and a deletion): worker's 2 s of work are long over, and a native sidecar is
      // stopped by then too (SIGTERM, or a kill after terminationGracePeriodSeconds: 5).
      title: '1단계에서 만든 네이티브 사이드카가 있는 Job을 확인한다: worker는 이미 끝났다',
      checks: [
        {
          id: 'job-complete',
          title: 'worker가 끝나자 사이드카도 멈추고 Job이 Complete가 되었다',
          check: { kind: 'job-condition', job: 'sidecar-job', condition: 'Complete' },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: 'log-shipper와 `Job`의 log-agent를 `containers`에 둔 일반 컨테이너로 만든다. 둘 다 실행되고 로그도 옮겨지지만, 메인 앱이 사이드카가 시작되기를(`startupProbe` 통과) 기다리지 않고 먼저 시작되므로 시작 직후의 로그를 놓칠 수 있다. 또 `Job`은 worker가 끝나도 끝나지 않는 log-agent 때문에 `Complete`가 되지 않는다.',
      replace: ['pod.yaml', 'job.yaml'],
      expectFailing: ['sidecar-first', 'init-waits-for-sidecar', 'job-complete'],
    },
  },
  originals: [
    {
      file: 'pod.yaml',
      why: '`web-app:latest` 이미지는 어디에도 없고, `command: \'setup-log-shipper.sh\'`는 배열이 아닌 문자열이라 API 서버가 거부하며, 그런 스크립트도 `busybox` 이미지에 없다. `busybox`는 태그도 고정되지 않았다. 실습 버전은 메인 앱이 공유 `emptyDir`의 로그 파일에 쓰고, 사이드카가 `tail -F`로 그 파일을 따라 읽는다.',
    },
  ],
  en: {
    title: 'Native sidecar: it starts first, and keeps running alongside the main container',
    proves: [
      'A container with `initContainers[].restartPolicy: Always` (log-shipper) starts before the main container (web-app), and the kubelet starts the next containers (the later init container `prepare`, then the main container) only after the sidecar\'s `startupProbe` has passed.',
      'Unlike a regular init container, it does not run to completion: it runs at the same time as the main container.',
      'Through a shared volume, the sidecar picks up the log that the main app writes, from its very first line.',
      'When the sidecar dies, only the sidecar is restarted, and the main container does not stop.',
      'When the `Pod` is deleted, the main container stops first and the sidecar after it (the order of `Exiting` in `LIFECYCLE`).',
      'A `Job` with a native sidecar becomes `Complete` when its main container finishes. With the same sidecar as a regular container, the `Job` never finishes (the broken version).',
    ],
    steps: [
      'Create the Pod and the Job, and wait for the Pod to be Ready (the Job is looked at in the last step)',
      'Wait for the sidecar (log-agent) to die once and be restarted: what happens to the main container (app)?',
      'Delete the Pod while following every container\'s log to the end',
      'Look at the Job with a native sidecar created in step 1: worker has long finished',
    ],
    checks: {
      'sidecar-first': 'web-app started after log-shipper\'s startupProbe had passed (2 s or more after log-shipper started)',
      'init-waits-for-sidecar': 'The regular init container after the sidecar (prepare) also started only after log-shipper\'s startupProbe had passed (2 s or more later)',
      'prepare-before-main': 'web-app started after prepare had finished',
      'sidecar-running': 'log-shipper is an init container, yet it has not finished and is running',
      'run-together': 'log-shipper and web-app are running at the same time',
      'ships-first-line': 'log-shipper\'s output has web-app\'s first log line',
      'sidecar-started-before-main': 'app started after log-agent had logged Started (LIFECYCLE records)',
      'sidecar-restarted': 'log-agent died with exit 1 and was restarted on its own (restartCount ≥ 1)',
      'sidecar-ran-twice': 'log-agent\'s LIFECYCLE records have Starting twice',
      'main-kept-running': 'app was not restarted meanwhile and is still running (restartCount 0)',
      'main-started-once': 'app\'s LIFECYCLE records have Starting only once',
      'main-exits-first': 'The main container (app) logs Exiting first, and the sidecar (log-agent) stops after it',
      'sidecar-exits-once': 'log-agent also got SIGTERM and logged Exiting (it was not killed)',
      'job-complete': 'Once worker finished, the sidecar stopped too and the Job became Complete',
    },
    variants: {
      broken: {
        why: 'Makes log-shipper, and the `Job`\'s log-agent, regular containers in `containers`. Both run and the log is still shipped, but the main app starts first without waiting for the sidecar to have started (its `startupProbe` to pass), so the log lines right after its start can be missed. And the `Job` never becomes `Complete`, because log-agent does not finish when worker does.',
      },
    },
    originals: {
      'pod.yaml': {
        why: 'The `web-app:latest` image does not exist anywhere; `command: \'setup-log-shipper.sh\'` is a string, not an array, so the API server rejects it; and no such script exists in the `busybox` image. `busybox` is not pinned to a tag either. In the lab version the main app writes to a log file in a shared `emptyDir`, and the sidecar follows that file with `tail -F`.',
      },
    },
  },
} satisfies LabDefinition;
