import type { LabDefinition } from '../../scripts/lib/lab-schema';

const pod = 'simple-webapp';

export default {
  name: 'native-sidecar',
  title: '네이티브 사이드카: 먼저 시작되고, 메인 컨테이너와 함께 계속 실행된다',
  proves: [
    '`initContainers[].restartPolicy: Always`인 컨테이너(log-shipper)는 메인 컨테이너(web-app)보다 먼저 시작되고, kubelet은 사이드카의 `startupProbe`가 통과한 뒤에야 메인 컨테이너를 시작한다.',
    '일반 init container와 달리 끝나지 않고, 메인 컨테이너와 동시에 실행된다.',
    '사이드카는 공유 볼륨을 통해 메인 앱이 쓰는 로그를 처음 줄부터 받아 낸다.',
  ],
  doc: 'multi-container-pod/sidecar-containers',
  steps: [
    {
      title: 'Pod를 만들고 Ready를 기다린다',
      apply: ['pod.yaml'],
      wait: { pod, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'sidecar-first',
          title: 'web-app은 log-shipper의 startupProbe가 통과한 뒤(시작하고 2초 이상 지나서) 시작되었다',
          check: { kind: 'starts-before', pod, first: 'log-shipper', then: 'web-app', minGapSeconds: 2 },
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
  ],
  variants: {
    broken: {
      why: 'log-shipper를 `containers`에 둔 일반 컨테이너로 만든다. 둘 다 실행되고 로그도 옮겨지지만, 메인 앱이 사이드카의 준비를 기다리지 않고 먼저 시작되므로 시작 직후의 로그를 놓칠 수 있다.',
      replace: ['pod.yaml'],
      expectFailing: ['sidecar-first'],
    },
  },
  originals: [
    {
      file: 'pod.yaml',
      why: '`web-app:latest` 이미지는 어디에도 없고, `command: \'setup-log-shipper.sh\'`는 배열이 아닌 문자열이라 API 서버가 거부하며, 그런 스크립트도 `busybox` 이미지에 없다. `busybox`는 태그도 고정되지 않았다. 실습 버전은 메인 앱이 공유 `emptyDir`의 로그 파일에 쓰고, 사이드카가 `tail -F`로 그 파일을 따라 읽는다.',
    },
  ],
} satisfies LabDefinition;
