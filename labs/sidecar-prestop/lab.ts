import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'drain-early';

export default {
  name: 'sidecar-prestop',
  title: '함정: 사이드카의 preStop 훅은 메인 컨테이너를 기다리지 않는다, 기다리는 것은 SIGTERM뿐이다',
  proves: [
    '`Pod`를 지우면 네이티브 사이드카 `proxy`의 `preStop` 훅은 메인 컨테이너 `app`을 기다리지 않는다: SIGTERM을 받고 5초 동안 정리하는 `app`이 끝나기 4초 이상 전에 실행된다.',
    '사이드카의 SIGTERM만 메인 컨테이너를 기다린다: `proxy`는 `app`이 정리를 마치고 끝난 뒤에야 SIGTERM을 받는다.',
    '그래서 사이드카가 `preStop`에서 연결을 정리(drain)하면 너무 이르다: 메인 컨테이너는 아직 정리하는 중일 수 있다.',
    '같은 `proxy`를 `containers`에 둔 일반 컨테이너로 만들면(대조 버전) `sigterm-after-app`과 `prestop-long-before-sigterm`이 실패한다 (일반 컨테이너는 `Pod`의 종료가 시작될 때 SIGTERM을 받는다).',
  ],
  doc: 'pitfalls/sidecar-prestop',
  steps: [
    {
      title: 'Pod를 만들고 두 컨테이너가 모두 Ready가 되기를 기다린다',
      apply: ['pod.yaml'],
      wait: { pod, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'both-running',
          title: 'proxy와 app이 함께 실행 중이다',
          check: { kind: 'run-together', pod, containers: ['proxy', 'app'] },
        },
      ],
    },
    {
      title: 'Pod를 지우면서 모든 컨테이너의 로그를 끝까지 따라 읽는다',
      delete: { pod, timeoutSeconds: 60 },
      checks: [
        {
          id: 'prestop-before-app-ends',
          title: 'proxy의 preStop 훅은 app이 정리를 마치기 4초 이상 전에 실행되었다 (app을 기다리지 않았다)',
          check: { kind: 'lifecycle-order', pod, first: { container: 'proxy', event: 'PreStop' }, then: { container: 'app', event: 'Exited' }, minGapMs: 4000 },
        },
        {
          id: 'app-got-sigterm',
          title: 'app은 SIGTERM을 받고(Exiting) 4.5초 이상 정리한 뒤 끝났다(Exited)',
          check: { kind: 'lifecycle-order', pod, first: { container: 'app', event: 'Exiting' }, then: { container: 'app', event: 'Exited' }, minGapMs: 4500 },
        },
        {
          id: 'sigterm-after-app',
          title: 'proxy는 app이 끝난(Exited) 뒤에야 SIGTERM을 받았다 (2초 안에)',
          check: { kind: 'lifecycle-order', pod, first: { container: 'app', event: 'Exited' }, then: { container: 'proxy', event: 'Exiting' }, maxGapMs: 2000 },
        },
        {
          id: 'prestop-long-before-sigterm',
          title: 'proxy의 preStop 훅과 SIGTERM 사이는 4초 이상이었다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'proxy', event: 'PreStop' }, then: { container: 'proxy', event: 'Exiting' }, minGapMs: 4000 },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`proxy`를 `initContainers`가 아닌 `containers`에 둔 일반 컨테이너로 만든다. `preStop` 훅은 여전히 곧바로 실행되고, 이번에는 그 뒤의 SIGTERM도 `app`을 기다리지 않는다: `app`이 정리하는 5초 동안 프록시는 이미 멈춰 있다.',
      replace: ['pod.yaml'],
      expectFailing: ['sigterm-after-app', 'prestop-long-before-sigterm'],
    },
  },
  en: {
    title: 'Pitfall: a sidecar\'s preStop hook does not wait for the main container; only its SIGTERM does',
    proves: [
      'When the `Pod` is deleted, the `preStop` hook of the native sidecar `proxy` does not wait for the main container `app`: it runs at least 4 s before `app`, which cleans up for 5 s after its SIGTERM, has ended.',
      'Only the sidecar\'s SIGTERM waits for the main container: `proxy` gets SIGTERM only after `app` has finished its cleanup and ended.',
      'So a sidecar that drains its connections in `preStop` drains too early: the main container may still be cleaning up.',
      'With the same `proxy` as a regular container in `containers` (the contrasting version), `sigterm-after-app` and `prestop-long-before-sigterm` fail (a regular container gets SIGTERM when the `Pod` begins terminating).',
    ],
    steps: [
      'Create the Pod and wait until both containers are Ready',
      'Delete the Pod while following every container\'s log to the end',
    ],
    checks: {
      'both-running': 'proxy and app are running together',
      'prestop-before-app-ends': 'The preStop hook of proxy ran at least 4 s before app finished its cleanup (it did not wait for app)',
      'app-got-sigterm': 'app got SIGTERM (Exiting), cleaned up for at least 4.5 s, and ended (Exited)',
      'sigterm-after-app': 'proxy got SIGTERM only after app had ended (Exited) (within 2 s)',
      'prestop-long-before-sigterm': 'At least 4 s passed between the preStop hook of proxy and its SIGTERM',
    },
    variants: {
      broken: {
        why: 'Makes `proxy` a regular container in `containers` instead of `initContainers`. Its `preStop` hook still runs at once, and now its SIGTERM does not wait for `app` either: during the 5 s in which `app` cleans up, the proxy has already stopped.',
      },
    },
  },
} satisfies LabDefinition;
