import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'same-port';

export default {
  name: 'shared-port',
  title: '한 Pod의 컨테이너는 포트 공간을 함께 쓴다: 같은 포트를 여는 두 번째 컨테이너는 bind에 실패하고 재시작된다',
  proves: [
    '두 컨테이너에 같은 `containerPort`를 쓰면 `kubectl apply`는 `duplicate port definition` 경고만 내고 `Pod`를 만든다.',
    '같은 포트를 두 번째로 여는 컨테이너는 `bind: Address already in use`로 끝나고 재시작을 거듭한다. 먼저 연 컨테이너는 그동안 계속 응답한다. `containerPort`는 포트를 잡아 두지 않는다.',
  ],
  doc: 'pitfalls/shared-port',
  steps: [
    {
      title: '두 컨테이너가 모두 8080을 여는 Pod를 만들고, web이 실행되면 18초 동안 지켜본다',
      apply: ['pod.yaml'],
      wait: { pod, until: { containerRunning: 'web' }, timeoutSeconds: 60 },
      // metrics fails about 1 s after each start; 18 s covers its first run and at least one restart.
      holdSeconds: 18,
      checks: [
        {
          id: 'duplicate-port-warned',
          title: 'kubectl apply가 duplicate port definition 경고를 냈다',
          check: { kind: 'apply-warned', manifest: 'pod.yaml', text: 'duplicate port definition' },
        },
        {
          id: 'second-bind-failed',
          title: 'metrics는 bind: Address already in use를 남겼다 (지금 실행과 그 앞 실행의 로그)',
          check: { kind: 'log-includes', pod, container: 'metrics', text: 'bind: Address already in use', includePrevious: true },
        },
        {
          id: 'second-exit-1',
          title: 'metrics는 exit 1로 끝났다',
          check: { kind: 'container-exited', pod, container: 'metrics', exitCode: 1 },
        },
        {
          id: 'second-restarted',
          title: 'metrics는 재시작되었다 (restartCount ≥ 1)',
          check: { kind: 'has-restarted', pod, container: 'metrics', min: 1 },
        },
        {
          id: 'first-keeps-serving',
          title: 'web은 지켜본 뒤에도 localhost:8080에서 응답한다',
          check: { kind: 'exec', pod, container: 'web', command: ['wget', '-qO-', 'http://127.0.0.1:8080/'], stdoutIncludes: 'hello from web' },
        },
        {
          id: 'first-never-restarted',
          title: 'web은 한 번도 재시작되지 않았다',
          check: { kind: 'never-restarted', pod, container: 'web' },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '대조 버전: `metrics`가 다른 포트 9090을 연다. 경고도 bind 실패도 재시작도 없으므로 그것을 확인하는 검사 넷이 실패하고, `web`에 대한 검사는 그대로 통과한다.',
      replace: ['pod.yaml'],
      expectFailing: ['duplicate-port-warned', 'second-bind-failed', 'second-exit-1', 'second-restarted'],
    },
  },
  en: {
    title: 'The containers of a Pod share one port space: a second container that opens the same port fails to bind and is restarted',
    proves: [
      'With the same `containerPort` on two containers, `kubectl apply` only warns `duplicate port definition` and creates the `Pod`.',
      'The container that opens the same port second ends with `bind: Address already in use` and is restarted again and again, while the first one keeps answering. `containerPort` does not reserve the port.',
    ],
    steps: ['Create a Pod whose two containers both open 8080, and watch for 18 seconds once web runs'],
    checks: {
      'duplicate-port-warned': 'kubectl apply warned duplicate port definition',
      'second-bind-failed': 'metrics printed bind: Address already in use (the logs of its current run and the one before)',
      'second-exit-1': 'metrics finished with exit 1',
      'second-restarted': 'metrics was restarted (restartCount ≥ 1)',
      'first-keeps-serving': 'web still answers on localhost:8080 after the watch',
      'first-never-restarted': 'web never restarted',
    },
    variants: {
      broken: {
        why: 'Contrasting version: `metrics` opens another port, 9090. There is no warning, no failed bind and no restart, so the four checks for them fail, while the checks on `web` still pass.',
      },
    },
  },
} satisfies LabDefinition;
