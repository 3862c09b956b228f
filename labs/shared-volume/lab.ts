import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

export default {
  name: 'shared-volume',
  title: '공유 볼륨과 localhost: 한 컨테이너가 쓰고 다른 컨테이너가 내보낸다',
  proves: [
    '`emptyDir` 볼륨 하나를 두 컨테이너가 마운트하면, writer가 쓴 파일을 server가 그대로 읽는다.',
    '같은 Pod의 컨테이너는 네트워크를 공유하므로, writer에서 `localhost:8080`으로 server에 닿는다.',
  ],
  doc: 'multi-container-pod/concept',
  steps: [
    {
      title: 'Pod를 만들고 Ready를 기다린다 (server가 writer의 파일을 내보낼 수 있을 때 Ready)',
      apply: ['pod.yaml'],
      wait: { pod: 'shared-volume-pod', until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'both-running',
          title: 'writer와 server가 동시에 실행 중이다',
          check: { kind: 'run-together', pod: 'shared-volume-pod', containers: ['writer', 'server'] },
        },
        {
          id: 'server-reads-writer-file',
          title: 'server 컨테이너의 /shared/index.html에 writer가 쓴 줄이 있다',
          check: {
            kind: 'exec',
            pod: 'shared-volume-pod',
            container: 'server',
            command: ['cat', '/shared/index.html'],
            stdoutIncludes: 'from writer',
          },
        },
        {
          id: 'served-over-localhost',
          title: 'writer 컨테이너에서 localhost:8080으로 요청하면 server가 그 파일을 돌려준다',
          check: {
            kind: 'exec',
            pod: 'shared-volume-pod',
            container: 'writer',
            command: ['wget', '-qO-', 'http://localhost:8080/index.html'],
            stdoutIncludes: 'line 1 from writer',
          },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: 'server가 writer와 다른 `emptyDir`을 마운트한다. 두 컨테이너는 모두 실행되지만, server의 `/shared`는 비어 있어 writer가 쓴 내용을 볼 수도 내보낼 수도 없다.',
      replace: ['pod.yaml'],
      expectFailing: ['server-reads-writer-file', 'served-over-localhost'],
    },
  },
  en: {
    title: 'A shared volume and localhost: one container writes, the other serves',
    proves: [
      'When two containers mount one `emptyDir` volume, server reads exactly the file that writer wrote.',
      'Containers of the same Pod share the network, so writer reaches server at `localhost:8080`.',
    ],
    steps: [
      'Create the Pod and wait for Ready (Ready once server can serve writer\'s file)',
    ],
    checks: {
      'both-running': 'writer and server are running at the same time',
      'server-reads-writer-file': '/shared/index.html in the server container has the line writer wrote',
      'served-over-localhost': 'A request from the writer container to localhost:8080 returns that file from server',
    },
    variants: {
      broken: {
        why: 'server mounts a different `emptyDir` from writer. Both containers run, but server\'s `/shared` is empty, so it can neither see nor serve what writer wrote.',
      },
    },
  },
} satisfies LabDefinition;
