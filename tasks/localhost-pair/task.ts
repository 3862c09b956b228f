import type { TaskDefinition } from '../../scripts/lib/practice/schema';

const pod = 'pair';
const conceptPage = { doc: 'multi-container-pod/concept', anchor: '실습-공유-볼륨과-localhost', anchorEn: 'lab-a-shared-volume-and-localhost' };
const sidecarPage = { doc: 'multi-container-pod/sidecar-containers', anchor: 'sidecar-containers-패턴', anchorEn: 'sidecar-containers-pattern' };

export default {
  name: 'localhost-pair',
  title: '한 컨테이너가 쓴 것을 다른 컨테이너가 localhost로 내보내기',
  doc: 'multi-container-pod/concept',
  statement: [
    '`Pod` `pair`를 만들라. 컨테이너는 둘이다.',
    '',
    '- `writer`: 파일 `index.html`에 `hello from writer`를 쓰고 계속 실행된다.',
    '- `server`: `writer`가 쓴 그 파일을 HTTP로 8080 포트에서 내보낸다 (예: `httpd -f -p 8080 -h <디렉터리>`).',
    '',
    '`writer` 안에서 `http://localhost:8080/`을 요청하면 `hello from writer`가 돌아와야 한다. 이미지는 `busybox:1.36`만 쓴다.',
  ].join('\n'),
  takes: ['Pod'],
  hints: [
    '같은 `Pod`의 컨테이너는 네트워크 네임스페이스를 함께 쓴다: 한 컨테이너가 듣는 포트에 다른 컨테이너가 `localhost`로 닿는다.',
    '파일은 함께 쓰지 않는다. `volumes`의 볼륨 하나를 두 컨테이너가 모두 마운트해야 한다 (경로는 달라도 된다).',
    '`containerPort`는 알리는 것일 뿐이다. 프로세스가 실제로 듣는 포트가 8080이어야 한다.',
  ],
  steps: [
    {
      title: '답을 적용하고, writer 안에서 localhost:8080이 답하기를 기다린다 (≤ 60초)',
      answer: true,
      until: { check: 'served-over-localhost', timeoutSeconds: 60 },
      checks: [
        {
          id: 'both-running',
          title: 'writer와 server가 동시에 실행 중이다',
          check: { kind: 'run-together', pod, containers: ['writer', 'server'] },
          hint: '두 컨테이너가 함께 실행되지 않는다. 끝나지 않는 컨테이너가 일반 init container로 다른 컨테이너를 막고 있지 않은지 보라.',
          see: sidecarPage,
        },
        {
          id: 'served-over-localhost',
          title: 'writer 안에서 http://localhost:8080/ 을 요청하면 hello from writer가 돌아온다',
          check: { kind: 'exec', pod, container: 'writer', command: ['wget', '-qO-', 'http://localhost:8080/'], stdoutIncludes: 'hello from writer' },
          hint: '요청이 거절되었다면 server가 정말 8080에서 듣는지, 404라면 server가 내보내는 디렉터리가 writer가 쓰는 것과 같은 볼륨인지 보라.',
          see: conceptPage,
        },
      ],
    },
  ],
  alsoCorrect: {
    'server-as-sidecar': '`server`를 네이티브 사이드카(`initContainers` + `restartPolicy: Always`)로 둔다.',
  },
  wrong: {
    'separate-volumes': {
      why: '컨테이너마다 `emptyDir`을 따로 두었다. `server`가 내보내는 디렉터리에는 `writer`의 파일이 없어 404가 돌아온다.',
      expectFailing: ['served-over-localhost'],
    },
    'wrong-port': {
      why: '`containerPort: 8080`만 적고 `server`는 80에서 듣게 두었다. `containerPort`는 듣는 포트를 바꾸지 않으므로 8080은 연결을 거절한다.',
      expectFailing: ['served-over-localhost'],
    },
    'server-as-init': {
      why: '`server`를 `initContainers`에 두고 `restartPolicy: Always`를 빠뜨렸다. 끝나지 않는 일반 init container라서 `writer`는 시작되지 않는다.',
      expectFailing: ['both-running', 'served-over-localhost'],
    },
  },
  en: {
    title: 'One container serves over localhost what the other writes',
    statement: [
      'Create a `Pod` `pair` with two containers.',
      '',
      '- `writer`: writes `hello from writer` into a file `index.html` and keeps running.',
      '- `server`: serves that file that `writer` wrote over HTTP on port 8080 (e.g. `httpd -f -p 8080 -h <folder>`).',
      '',
      'A request for `http://localhost:8080/` inside `writer` must return `hello from writer`. Use the image `busybox:1.36` only.',
    ].join('\n'),
    hints: [
      'The containers of a `Pod` share its network namespace: a port one container listens on is reached from another at `localhost`.',
      'They do not share files. Both must mount one volume of `volumes` (the paths may differ).',
      '`containerPort` only informs. The port the process really listens on must be 8080.',
    ],
    steps: ['Apply the answer, and wait (≤ 60 s) for localhost:8080 to answer inside writer'],
    checks: {
      'both-running': { title: 'writer and server are running at the same time', hint: 'The two containers do not run together. See whether a container that never ends blocks the other as a regular init container.' },
      'served-over-localhost': { title: 'Inside writer, a request for http://localhost:8080/ returns hello from writer', hint: 'If the request was refused, check that server really listens on 8080; if it was a 404, check that the folder server serves is the same volume writer writes to.' },
    },
    alsoCorrect: {
      'server-as-sidecar': '`server` as a native sidecar (`initContainers` with `restartPolicy: Always`).',
    },
    wrong: {
      'separate-volumes': { why: 'Each container has an `emptyDir` of its own. The folder `server` serves lacks `writer`\'s file, so the answer is a 404.' },
      'wrong-port': { why: 'Only `containerPort: 8080` is written, and `server` listens on 80. `containerPort` does not change the port a process listens on, so 8080 refuses the connection.' },
      'server-as-init': { why: '`server` is in `initContainers` without `restartPolicy: Always`. As a regular init container that never ends, it keeps `writer` from starting.' },
    },
  },
} satisfies TaskDefinition;
