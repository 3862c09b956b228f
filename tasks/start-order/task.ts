import type { TaskDefinition } from '../../scripts/lib/practice/schema';

const pod = 'ordered';
const sidecarPage = { doc: 'multi-container-pod/sidecar-containers', anchor: 'sidecar-containers-패턴', anchorEn: 'sidecar-containers-pattern' };
const labPage = { doc: 'multi-container-pod/sidecar-containers', anchor: '실습-버전', anchorEn: 'lab-version' };

export default {
  name: 'start-order',
  title: '앞 컨테이너가 요청을 받기 전에는 뒤 컨테이너를 시작하지 않기',
  doc: 'multi-container-pod/sidecar-containers',
  statement: [
    '시작 파일의 `Pod` `ordered`에는 컨테이너가 둘이다. `api`는 시작하고 몇 초가 지나야 8080 포트에서 요청을 받는다. `client`는 시작하자마자 `http://localhost:8080/`에 한 번 요청하고, 답이 없으면 exit 1로 끝난다.',
    '',
    '`client`가 `api`가 요청을 받기 전에는 시작되지 않도록 `Pod`를 고쳐라. `client`는 첫 시도에 성공해야 하고 (재시작 없이), 두 컨테이너의 명령(`command`)은 바꾸지 않는다.',
  ].join('\n'),
  takes: ['Pod'],
  start: ['pod.yaml'],
  hints: [
    '`containers`의 컨테이너는 기다리지 않고 곧바로 모두 시작된다. 순서를 바꾸는 것만으로는 모자란다.',
    'kubelet은 네이티브 사이드카가 "시작됨"이 된 뒤에야 다음 컨테이너를 시작한다. 무엇이 "시작됨"을 정하는가?',
    '`startupProbe`는 시작을 기다리게 하고, `readinessProbe`는 트래픽만 정한다.',
  ],
  steps: [
    {
      title: '답을 적용하고, client가 api의 답을 받기를 기다린다 (≤ 60초)',
      answer: true,
      until: { check: 'client-answered', timeoutSeconds: 60 },
      checks: [
        {
          id: 'api-serving',
          title: 'api가 8080 포트에서 답한다',
          check: { kind: 'exec', pod, container: 'api', command: ['wget', '-qO-', 'http://localhost:8080/'], stdoutIncludes: 'api ok' },
          hint: 'api가 8080에서 답하지 않는다. api의 명령은 시작 파일 그대로인지, api가 실행 중인지 보라.',
          see: sidecarPage,
        },
        {
          id: 'client-answered',
          title: 'client가 api의 답을 받았다 (client: api answered)',
          check: { kind: 'log-includes', pod, container: 'client', text: 'client: api answered' },
          hint: 'client가 api의 답을 받지 못했다. client가 시작되기는 했는지, 그 로그를 보라.',
          see: sidecarPage,
        },
        {
          id: 'client-first-try',
          title: 'client는 첫 시도에 성공했다 (재시작 0번)',
          check: { kind: 'never-restarted', pod, container: 'client' },
          hint: 'client가 api가 답하기 전에 시작되어 실패하고 다시 시작되었다. kubelet이 다음 컨테이너를 시작하기 전에 무엇을 기다리는지 보라 (프로브마다 하는 일이 다르다).',
          see: labPage,
        },
      ],
    },
  ],
  alsoCorrect: {
    'post-start-hook': '일반 컨테이너 둘을 `api`, `client` 순서로 두고 `api`에 `postStart` 훅을 준다. kubelet은 컨테이너를 spec 순서대로 시작하면서 `postStart` 훅이 끝나기를 기다린 뒤 다음 컨테이너를 시작한다. 훅은 `api`가 답할 때까지 기다린다.',
  },
  wrong: {
    'sidecar-no-probe': {
      why: '`api`를 네이티브 사이드카로 두었지만 `startupProbe`가 없다. 프로브가 없으면 사이드카는 프로세스가 시작되자마자 "시작됨"이고, kubelet은 곧바로 `client`를 시작한다.',
      expectFailing: ['client-first-try'],
    },
    'readiness-probe': {
      why: '네이티브 사이드카에 `startupProbe` 대신 `readinessProbe`를 주었다. `readinessProbe`는 트래픽을 받을지를 정할 뿐, 다음 컨테이너의 시작을 막지 않는다.',
      expectFailing: ['client-first-try'],
    },
    'readiness-plain': {
      why: '일반 컨테이너 `api`에 `readinessProbe`를 주면 `client`가 기다릴 것이라 생각했다. `containers`의 컨테이너는 모두 곧바로 시작되고, `readinessProbe`는 어느 것의 시작도 막지 않는다.',
      expectFailing: ['client-first-try'],
    },
  },
  en: {
    title: 'Do not start the second container before the first is serving',
    statement: [
      'The starting file\'s `Pod` `ordered` has two containers. `api` takes a few seconds after it starts before it serves on port 8080. `client` makes one request to `http://localhost:8080/` as soon as it starts, and ends with exit 1 if there is no answer.',
      '',
      'Change the `Pod` so that `client` does not start before `api` serves. `client` must succeed at its first try (no restart), and neither container\'s `command` changes.',
    ].join('\n'),
    hints: [
      'The containers in `containers` all start at once, without waiting. Changing their order is not enough.',
      'The kubelet starts the next container only once a native sidecar counts as "started". What decides "started"?',
      'A `startupProbe` makes the start wait; a `readinessProbe` only decides traffic.',
    ],
    steps: ['Apply the answer, and wait (≤ 60 s) for client to get api\'s answer'],
    checks: {
      'api-serving': { title: 'api answers on port 8080', hint: 'api does not answer on 8080. Check that its command is as in the starting file, and that api is running.' },
      'client-answered': { title: 'client got api\'s answer (client: api answered)', hint: 'client did not get api\'s answer. See whether client started at all, and read its log.' },
      'client-first-try': { title: 'client succeeded at its first try (0 restarts)', hint: 'client started before api answered, failed, and was restarted. See what the kubelet waits for before it starts the next container (each probe does something else).' },
    },
    alsoCorrect: {
      'post-start-hook': 'Two regular containers, `api` then `client`, with a `postStart` hook on `api`. The kubelet starts containers in spec order and waits for a `postStart` hook to finish before starting the next one; the hook waits until `api` answers.',
    },
    wrong: {
      'sidecar-no-probe': { why: '`api` is a native sidecar without a `startupProbe`. Without a probe a sidecar counts as "started" as soon as its process starts, and the kubelet starts `client` right away.' },
      'readiness-probe': { why: 'The native sidecar has a `readinessProbe` instead of a `startupProbe`. A `readinessProbe` only decides whether it gets traffic; it does not hold back the next container\'s start.' },
      'readiness-plain': { why: 'Expects a `readinessProbe` on the regular container `api` to make `client` wait. The containers in `containers` all start at once, and a `readinessProbe` holds back none of them.' },
    },
  },
} satisfies TaskDefinition;
