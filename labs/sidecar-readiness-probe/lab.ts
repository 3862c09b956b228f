import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const startup = 'startup-gate';
const readiness = 'readiness-gate';

export default {
  name: 'sidecar-readiness-probe',
  title: '함정: 사이드카의 readinessProbe는 메인 컨테이너를 붙잡아 두지 않는다, startupProbe만 붙잡는다',
  proves: [
    '네이티브 사이드카(`initContainers[].restartPolicy: Always`)에 `startupProbe`를 주면 kubelet은 그 프로브가 통과할 때까지(started) 다음 컨테이너를 시작하지 않는다: 준비에 8초가 걸리는 `proxy` 뒤에서 `app`은 7초 넘게 기다렸다.',
    '같은 프로브를 `readinessProbe`로 주면 `app`은 곧바로(3초 안에) 시작된다. `proxy`는 실행 중이지만 Ready가 아니고, `app`은 `proxy`가 준비를 마치기 5초 넘게 전부터 실행되고 있었다.',
    '`readinessProbe`가 통과하면 `proxy`도 Ready가 된다: 이 프로브가 정하는 것은 Ready(Service 트래픽)뿐이다.',
    '`startup-gate`의 `startupProbe`를 `readinessProbe`로 바꾸면 `app`은 더 이상 기다리지 않는다 (고장 낸 버전).',
  ],
  doc: 'pitfalls/sidecar-readiness-probe',
  steps: [
    {
      title: '두 Pod를 만들고, readiness-gate의 app이 실행되기를 기다린다',
      apply: ['startup.yaml', 'readiness.yaml'],
      wait: { pod: readiness, until: { containerRunning: 'app' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'readiness-app-not-held-back',
          title: 'readiness-gate: app은 proxy가 시작되고 3초 안에 시작되었다 (readinessProbe를 기다리지 않았다)',
          check: { kind: 'lifecycle-order', pod: readiness, first: { container: 'proxy', event: 'Starting' }, then: { container: 'app', event: 'Starting' }, maxGapMs: 3000 },
        },
        {
          id: 'readiness-sidecar-not-ready',
          title: 'readiness-gate: app이 실행되는 동안 proxy는 실행 중이지만 Ready가 아니다',
          check: { kind: 'container-ready', pod: readiness, container: 'proxy', ready: false },
        },
        {
          id: 'readiness-app-ready',
          title: 'readiness-gate: 그동안 app은 실행 중이고 Ready다 (READY 열은 1/2)',
          check: { kind: 'container-ready', pod: readiness, container: 'app', ready: true },
        },
      ],
    },
    {
      title: 'startup-gate가 Ready가 되기를 기다린다',
      wait: { pod: startup, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'startup-app-held-back',
          title: 'startup-gate: app은 proxy가 시작되고 7초 넘게 지나서야 시작되었다 (startupProbe가 통과하기를 기다렸다)',
          check: { kind: 'lifecycle-order', pod: startup, first: { container: 'proxy', event: 'Starting' }, then: { container: 'app', event: 'Starting' }, minGapMs: 7000 },
        },
        {
          id: 'startup-app-after-started',
          title: 'startup-gate: app은 proxy가 준비를 마친(Started를 남긴) 뒤에 시작되었다',
          check: { kind: 'lifecycle-order', pod: startup, first: { container: 'proxy', event: 'Started' }, then: { container: 'app', event: 'Starting' } },
        },
      ],
    },
    {
      title: 'readiness-gate가 Ready가 되기를 기다린다',
      wait: { pod: readiness, until: { condition: 'Ready' }, timeoutSeconds: 60 },
      checks: [
        {
          id: 'readiness-app-before-ready',
          title: 'readiness-gate: app은 proxy가 준비를 마치기(Started를 남기기) 5초 넘게 전부터 실행되고 있었다',
          check: { kind: 'lifecycle-order', pod: readiness, first: { container: 'app', event: 'Starting' }, then: { container: 'proxy', event: 'Started' }, minGapMs: 5000 },
        },
        {
          id: 'readiness-sidecar-ready-later',
          title: 'readiness-gate: readinessProbe가 통과한 뒤 proxy는 Ready다',
          check: { kind: 'container-ready', pod: readiness, container: 'proxy', ready: true },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`startup-gate`의 `proxy`에 `startupProbe` 대신 같은 내용의 `readinessProbe`를 준다. 사이드카가 준비될 때까지 `app`을 붙잡아 두려던 설정이지만, kubelet은 `proxy`가 실행되자마자 `app`을 시작한다. `app`이 아직 준비되지 않은 프록시로 요청을 보내게 된다.',
      replace: ['startup.yaml'],
      expectFailing: ['startup-app-held-back', 'startup-app-after-started'],
    },
  },
  en: {
    title: 'Pitfall: a sidecar\'s readinessProbe does not hold back the main container, only its startupProbe does',
    proves: [
      'With a `startupProbe` on a native sidecar (`initContainers[].restartPolicy: Always`), the kubelet starts the next container only once that probe has passed (started): behind `proxy`, which takes 8 s to get ready, `app` waited more than 7 s.',
      'With the same probe as a `readinessProbe`, `app` starts at once (within 3 s). `proxy` is running but not Ready, and `app` was running more than 5 s before `proxy` was ready.',
      'Once the `readinessProbe` passes, `proxy` becomes Ready: all this probe decides is Ready (Service traffic).',
      'With the `startupProbe` of `startup-gate` turned into a `readinessProbe`, `app` no longer waits (the broken version).',
    ],
    steps: [
      'Create both Pods and wait until app of readiness-gate is running',
      'Wait until startup-gate is Ready',
      'Wait until readiness-gate is Ready',
    ],
    checks: {
      'readiness-app-not-held-back': 'readiness-gate: app started within 3 s of proxy (it did not wait for the readinessProbe)',
      'readiness-sidecar-not-ready': 'readiness-gate: while app is running, proxy is running but not Ready',
      'readiness-app-ready': 'readiness-gate: meanwhile app is running and Ready (the READY column shows 1/2)',
      'startup-app-held-back': 'startup-gate: app started more than 7 s after proxy (it waited for the startupProbe to pass)',
      'startup-app-after-started': 'startup-gate: app started after proxy was ready (had logged Started)',
      'readiness-app-before-ready': 'readiness-gate: app had been running more than 5 s before proxy was ready (logged Started)',
      'readiness-sidecar-ready-later': 'readiness-gate: once the readinessProbe has passed, proxy is Ready',
    },
    variants: {
      broken: {
        why: 'Gives `proxy` of `startup-gate` a `readinessProbe` with the same content instead of the `startupProbe`. It was meant to hold `app` back until the sidecar is ready, but the kubelet starts `app` as soon as `proxy` is running, so `app` sends requests to a proxy that is not ready yet.',
      },
    },
  },
} satisfies LabDefinition;
