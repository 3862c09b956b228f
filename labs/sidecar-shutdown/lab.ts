import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'shutdown-order';

export default {
  name: 'sidecar-shutdown',
  title: '네이티브 사이드카가 여럿일 때: 시작은 spec 순서대로, 종료는 메인 컨테이너 다음에 spec의 역순으로',
  proves: [
    '네이티브 사이드카(`initContainers[].restartPolicy: Always`)가 둘이면 kubelet은 spec 순서대로 하나씩 시작한다: `proxy`의 `startupProbe`가 통과한 뒤에 `log-agent`를, `log-agent`의 `startupProbe`가 통과한 뒤에 메인 컨테이너 `app`을 시작한다.',
    '`Pod`를 지우면 사이드카는 함께 멈추지 않는다. kubelet은 메인 컨테이너(`app`)에 먼저 SIGTERM을 보내고, `app`이 끝난 뒤에야 사이드카를 멈춘다.',
    '사이드카는 spec의 역순으로 하나씩 멈춘다: 나중에 선언된 `log-agent`가 먼저 SIGTERM을 받고, kubelet은 `log-agent`가 끝나기를(2초 정리) 기다린 뒤에 `proxy`에 SIGTERM을 보낸다.',
    '사이드카는 저마다 SIGTERM을 한 번씩만 받고, 정리를 마친 뒤 스스로 끝난다 (강제 종료가 아니다).',
    '같은 두 컨테이너를 `containers`에 둔 일반 컨테이너로 만들면 셋이 서로를 기다리지 않고 시작되고, 삭제 때는 셋이 한꺼번에 SIGTERM을 받는다 (고장 낸 버전).',
  ],
  doc: 'multi-container-pod/sidecar-containers',
  steps: [
    {
      title: 'Pod를 만들고 세 컨테이너가 모두 Ready가 되기를 기다린다',
      apply: ['pod.yaml'],
      wait: { pod, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'proxy-starts-first',
          title: 'log-agent는 proxy가 Started를 남긴 뒤(proxy의 startupProbe가 통과한 뒤)에 시작되었다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'proxy', event: 'Started' }, then: { container: 'log-agent', event: 'Starting' } },
        },
        {
          id: 'log-agent-before-app',
          title: 'app은 log-agent가 Started를 남긴 뒤(log-agent의 startupProbe가 통과한 뒤)에 시작되었다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'log-agent', event: 'Started' }, then: { container: 'app', event: 'Starting' } },
        },
        {
          id: 'all-running',
          title: 'proxy, log-agent, app이 동시에 실행 중이다',
          check: { kind: 'run-together', pod, containers: ['proxy', 'log-agent', 'app'] },
        },
      ],
    },
    {
      title: 'Pod를 지우면서 모든 컨테이너의 로그를 끝까지 따라 읽는다',
      delete: { pod, timeoutSeconds: 60 },
      checks: [
        {
          id: 'app-exits-first',
          title: 'app이 먼저 Exiting을 남기고, log-agent는 app이 끝난 뒤(app의 1초 정리 뒤, 0.8초 이상 지나서)에야 SIGTERM을 받았다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'app', event: 'Exiting' }, then: { container: 'log-agent', event: 'Exiting' }, minGapMs: 800 },
        },
        {
          id: 'app-exits-before-proxy',
          title: 'proxy도 app이 끝난 뒤(0.8초 이상 지나서)에야 SIGTERM을 받았다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'app', event: 'Exiting' }, then: { container: 'proxy', event: 'Exiting' }, minGapMs: 800 },
        },
        {
          id: 'sidecars-reverse-order',
          title: '사이드카는 spec의 역순으로 멈췄다: log-agent가 먼저 Exiting을 남기고, proxy는 log-agent가 끝난 뒤(2초 정리 뒤, 1.5초 이상 5초 이하 지나서)에 SIGTERM을 받았다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'log-agent', event: 'Exiting' }, then: { container: 'proxy', event: 'Exiting' }, minGapMs: 1500, maxGapMs: 5000 },
        },
        {
          id: 'log-agent-exits-once',
          title: 'log-agent는 SIGTERM을 한 번 받아 Exiting을 한 번 남겼다',
          check: { kind: 'lifecycle-count', pod, container: 'log-agent', event: 'Exiting', count: 1 },
        },
        {
          id: 'proxy-exits-once',
          title: 'proxy는 SIGTERM을 한 번 받아 Exiting을 한 번 남겼다',
          check: { kind: 'lifecycle-count', pod, container: 'proxy', event: 'Exiting', count: 1 },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: 'proxy와 log-agent를 `initContainers`가 아닌 `containers`에 둔 일반 컨테이너로 만든다. 셋 다 실행되지만, kubelet은 `startupProbe`를 기다리지 않고 셋을 곧바로 시작하므로 app은 두 "사이드카"의 `startupProbe`가 통과하기 전에 시작된다. `Pod`를 지우면 셋이 한꺼번에 SIGTERM을 받으므로, 메인 앱이 정리하는 동안 프록시와 로그 수집기도 이미 멈추고 있다.',
      replace: ['pod.yaml'],
      expectFailing: ['proxy-starts-first', 'log-agent-before-app', 'app-exits-first', 'app-exits-before-proxy', 'sidecars-reverse-order'],
    },
  },
  en: {
    title: 'Several native sidecars: they start in spec order, and stop after the main container in reverse spec order',
    proves: [
      'With two native sidecars (`initContainers[].restartPolicy: Always`), the kubelet starts them one at a time in spec order: `log-agent` after the `startupProbe` of `proxy` has passed, and the main container `app` after the `startupProbe` of `log-agent` has passed.',
      'When the `Pod` is deleted, the sidecars do not stop together with it. The kubelet sends SIGTERM to the main container (`app`) first, and stops the sidecars only after `app` has ended.',
      'The sidecars stop one at a time in reverse spec order: `log-agent`, declared later, gets SIGTERM first, and the kubelet waits for `log-agent` to end (2 s of cleanup) before it sends SIGTERM to `proxy`.',
      'Each sidecar gets SIGTERM only once, and ends by itself after its cleanup (it is not killed).',
      'With the same two containers as regular containers in `containers`, the three start without waiting for each other, and on deletion all three get SIGTERM at once (the broken version).',
    ],
    steps: [
      'Create the Pod and wait until all three containers are Ready',
      'Delete the Pod while following every container\'s log to the end',
    ],
    checks: {
      'proxy-starts-first': 'log-agent started after proxy had logged Started (after proxy\'s startupProbe had passed)',
      'log-agent-before-app': 'app started after log-agent had logged Started (after log-agent\'s startupProbe had passed)',
      'all-running': 'proxy, log-agent and app are running at the same time',
      'app-exits-first': 'app logged Exiting first, and log-agent got SIGTERM only after app had ended (after app\'s 1 s of cleanup, 0.8 s or more later)',
      'app-exits-before-proxy': 'proxy, too, got SIGTERM only after app had ended (0.8 s or more later)',
      'sidecars-reverse-order': 'The sidecars stopped in reverse spec order: log-agent logged Exiting first, and proxy got SIGTERM after log-agent had ended (after its 2 s of cleanup, 1.5 s to 5 s later)',
      'log-agent-exits-once': 'log-agent got SIGTERM once and logged Exiting once',
      'proxy-exits-once': 'proxy got SIGTERM once and logged Exiting once',
    },
    variants: {
      broken: {
        why: 'Makes proxy and log-agent regular containers in `containers` instead of `initContainers`. All three run, but the kubelet starts the three right away without waiting for any `startupProbe`, so app starts before the `startupProbe` of either "sidecar" has passed. When the `Pod` is deleted, all three get SIGTERM at once, so the proxy and the log collector are already stopping while the main app is still cleaning up.',
      },
    },
  },
} satisfies LabDefinition;
