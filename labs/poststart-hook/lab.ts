import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'poststart-holds';

export default {
  name: 'poststart-hook',
  title: '함정: postStart 훅은 다음 컨테이너의 시작을 붙잡아 둔다',
  proves: [
    'kubelet은 `containers`를 spec 순서대로 시작하는데, 한 컨테이너의 `postStart` 훅이 끝나기 전에는 다음 컨테이너를 시작하지 않는다: `first`의 10초짜리 훅 때문에 `second`는 9초 넘게 늦게 시작된다.',
    '그동안 `first`의 프로세스는 이미 실행 중이다(`kubectl exec`가 되고, 훅의 `sleep 10`도 보인다). 그런데 `kubectl get pod`의 STATUS는 `ContainerCreating`이고, API의 상태도 `first`를 아직 시작되지 않은(waiting) 것으로 보여 준다.',
    '훅이 끝나면 `second`가 시작되고 `Pod`는 `Running`이 된다.',
    '훅이 없으면 `second`는 곧바로 시작된다 (대조 버전).',
  ],
  doc: 'pitfalls/poststart-hook',
  steps: [
    {
      title: 'Pod를 만들고 6초 동안 지켜본다 (first의 postStart 훅이 실행되는 중)',
      apply: ['pod.yaml'],
      // No wait: the API shows nothing until the hook ends. 6 s leaves about 4 s for the Pod to get
      // its sandbox and start first (about 1 s on a quiet cluster), and about 4 s before the
      // 10 s hook ends; in the broken variant both containers are running well before it.
      holdSeconds: 6,
      checks: [
        {
          id: 'first-process-running',
          title: 'first의 프로세스는 실행 중이고, 그 안에서 postStart 훅(sleep 10)이 아직 돈다 (kubectl exec)',
          check: { kind: 'exec', pod, container: 'first', command: ['ps', '-o', 'args'], stdoutIncludes: 'sleep 10' },
        },
        {
          id: 'first-shown-waiting',
          title: '그런데 API의 상태는 first를 아직 시작되지 않은(waiting) 것으로 보여 준다',
          check: { kind: 'container-not-started', pod, container: 'first' },
        },
        {
          id: 'second-not-started',
          title: 'second는 아직 시작되지 않았다',
          check: { kind: 'container-not-started', pod, container: 'second' },
        },
        {
          id: 'status-container-creating',
          title: 'kubectl get pod의 STATUS는 ContainerCreating이다',
          check: { kind: 'pod-status', pod, oneOf: ['ContainerCreating'] },
        },
      ],
    },
    {
      title: 'Pod가 Ready가 되기를 기다린다',
      wait: { pod, until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'second-held-back',
          title: 'second는 first가 시작되고 9초 넘게 지나서야 시작되었다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'first', event: 'Starting' }, then: { container: 'second', event: 'Starting' }, minGapMs: 9000 },
        },
        {
          id: 'second-after-hook',
          title: 'second는 first의 postStart 훅이 시작되고 9초 넘게 지나서(10초짜리 훅이 끝난 뒤에) 시작되었다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'first', event: 'PostStart' }, then: { container: 'second', event: 'Starting' }, minGapMs: 9000 },
        },
        {
          id: 'status-seen',
          title: 'STATUS는 ContainerCreating에서 Running으로 바뀌었다',
          check: { kind: 'pod-status-seen', pod, sequence: ['ContainerCreating', 'Running'] },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`first`의 `postStart` 훅을 뺀다. kubelet은 `first`를 시작하고 곧바로 `second`를 시작하므로, 6초 뒤에는 두 컨테이너가 모두 실행 중이고 STATUS는 `Running`이다.',
      replace: ['pod.yaml'],
      expectFailing: ['first-process-running', 'first-shown-waiting', 'second-not-started', 'status-container-creating', 'second-held-back', 'second-after-hook'],
    },
  },
  en: {
    title: 'Pitfall: a postStart hook holds back the start of the next container',
    proves: [
      'The kubelet starts `containers` in spec order, and does not start the next container before one container\'s `postStart` hook has finished: because of the 10 s hook of `first`, `second` starts more than 9 s later.',
      'Meanwhile the process of `first` is already running (`kubectl exec` works, and the hook\'s `sleep 10` shows). Yet the STATUS of `kubectl get pod` is `ContainerCreating`, and the API status, too, shows `first` as not started yet (waiting).',
      'Once the hook has finished, `second` starts and the `Pod` becomes `Running`.',
      'Without the hook, `second` starts at once (the contrasting version).',
    ],
    steps: [
      'Create the Pod and watch for 6 s (while the postStart hook of first runs)',
      'Wait until the Pod is Ready',
    ],
    checks: {
      'first-process-running': 'The process of first is running, and its postStart hook (sleep 10) is still running in it (kubectl exec)',
      'first-shown-waiting': 'Yet the API status shows first as not started yet (waiting)',
      'second-not-started': 'second has not started yet',
      'status-container-creating': 'The STATUS of kubectl get pod is ContainerCreating',
      'second-held-back': 'second started more than 9 s after first',
      'second-after-hook': 'second started more than 9 s after the postStart hook of first began (after the 10 s hook had finished)',
      'status-seen': 'STATUS went from ContainerCreating to Running',
    },
    variants: {
      broken: {
        why: 'Removes the `postStart` hook of `first`. The kubelet starts `first` and right after it `second`, so 6 s later both containers are running and STATUS is `Running`.',
      },
    },
  },
} satisfies LabDefinition;
