import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'always-in-containers';
const forbidden = 'Forbidden: may not be set for init containers without restartPolicy=Always';

export default {
  name: 'sidecar-fields',
  title: '사이드카에만 있는 필드: 일반 init container의 probe와 훅은 거절되고, containers 아래의 restartPolicy: Always는 v1.34까지 버려진다',
  proves: [
    '`restartPolicy: Always`가 없는 init container에 `readinessProbe`나 `lifecycle` 훅을 달면 API 서버가 `Pod`를 거절한다. 메시지는 `may not be set for init containers without restartPolicy=Always`다.',
    '`containers` 아래의 컨테이너에 `restartPolicy: Always`를 쓰면 API 서버는 오류 없이 받아들이지만, v1.34까지는 저장된 `Pod`에 그 필드가 없고 그 컨테이너는 죽어도 다시 시작되지 않는다. v1.35부터는(`ContainerRestartRules` 기능 게이트가 베타로 기본으로 켜진다, KEP-5307) 필드가 남고, 죽은 그 컨테이너만 다시 시작된다.',
  ],
  doc: 'pitfalls/sidecar-fields',
  steps: [
    {
      title: '일반 init container에 readinessProbe와 preStop 훅을 단 Pod를 server-side dry run으로 보낸다',
      checks: [
        {
          id: 'probes-rejected',
          title: 'API 서버가 Pod를 거절했고, 메시지는 readinessProbe와 lifecycle이 restartPolicy=Always 없는 init container에 금지된다고 말한다',
          check: {
            kind: 'apply-rejected',
            manifest: 'probe-on-init.yaml',
            dryRun: true,
            messageIncludes: [`spec.initContainers[0].readinessProbe: ${forbidden}`, `spec.initContainers[0].lifecycle: ${forbidden}`],
          },
        },
      ],
    },
    {
      title: 'containers 아래의 log-agent에 restartPolicy: Always를 단 Pod를 만들고, log-agent가 죽은 뒤 8초 동안 지켜본다',
      apply: ['always-in-containers.yaml'],
      wait: { pod, until: { containerTerminated: 'log-agent' }, timeoutSeconds: 60 },
      // A sidecar that dies is restarted at once (the first restart has no back-off): 8 s is ample to see one.
      holdSeconds: 8,
      checks: [
        {
          id: 'restart-policy-dropped',
          title: '저장된 Pod의 containers[log-agent]에는 restartPolicy 필드가 없다 (v1.35부터는 Always로 남아 있다)',
          check: { kind: 'stored-field', pod, path: 'spec.containers[log-agent].restartPolicy', absent: true },
          // KEP-5307 (ContainerRestartRules): alpha and off in 1.34, beta and on by default from 1.35.
          from: { kubernetes: '1.35', check: { kind: 'stored-field', pod, path: 'spec.containers[log-agent].restartPolicy', equals: 'Always' } },
        },
        {
          id: 'agent-exited',
          title: 'log-agent는 exit 1로 끝났다',
          check: { kind: 'container-exited', pod, container: 'log-agent', exitCode: 1 },
        },
        {
          id: 'agent-not-restarted',
          title: 'log-agent는 다시 시작되지 않았다 (restartCount 0; v1.35부터는 다시 시작되었다, restartCount ≥ 1)',
          check: { kind: 'never-restarted', pod, container: 'log-agent' },
          from: { kubernetes: '1.35', check: { kind: 'has-restarted', pod, container: 'log-agent', min: 1 } },
        },
        {
          id: 'app-running',
          title: 'app은 계속 실행 중이다',
          check: { kind: 'container-running', pod, container: 'app' },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '사이드카로 바르게 쓴 버전이다: log-agent를 `restartPolicy: Always`인 init container로 둔다. 그러면 probe와 훅이 있는 `Pod`도 받아들여지고(거절을 기대한 검사가 실패한다), 저장된 `Pod`의 `containers`에는 log-agent가 없으며, 죽은 log-agent는 `Pod`의 `restartPolicy`가 `Never`여도 다시 시작된다.',
      replace: ['probe-on-init.yaml', 'always-in-containers.yaml'],
      expectFailing: ['probes-rejected', 'restart-policy-dropped', 'agent-not-restarted'],
      // From 1.35 log-agent restarts either way: only the rejection and the stored field tell them apart.
      expectFailingFrom: { kubernetes: '1.35', expectFailing: ['probes-rejected', 'restart-policy-dropped'] },
    },
  },
  en: {
    title: 'Fields only sidecars have: probes and hooks on a plain init container are rejected, and restartPolicy: Always under containers is dropped up to v1.34',
    proves: [
      'An init container without `restartPolicy: Always` that has a `readinessProbe` or a `lifecycle` hook makes the API server reject the `Pod`, saying `may not be set for init containers without restartPolicy=Always`.',
      'A container under `containers` with `restartPolicy: Always` is accepted without an error, but up to v1.34 the stored `Pod` has no such field and the container is not restarted when it dies. From v1.35 (the `ContainerRestartRules` feature gate is beta and on by default, KEP-5307) the field stays, and that container alone is restarted when it dies.',
    ],
    steps: [
      'Send a Pod whose plain init container has a readinessProbe and a preStop hook, as a server-side dry run',
      'Create a Pod with restartPolicy: Always on log-agent under containers, and watch for 8 seconds after log-agent dies',
    ],
    checks: {
      'probes-rejected': 'The API server rejected the Pod, saying readinessProbe and lifecycle are forbidden on an init container without restartPolicy=Always',
      'restart-policy-dropped': 'The stored Pod has no restartPolicy field in containers[log-agent] (from v1.35 it stays, as Always)',
      'agent-exited': 'log-agent finished with exit 1',
      'agent-not-restarted': 'log-agent was not started again (restartCount 0; from v1.35 it was restarted, restartCount ≥ 1)',
      'app-running': 'app keeps running',
    },
    variants: {
      broken: {
        why: 'The sidecar written the right way: log-agent is an init container with `restartPolicy: Always`. Then the `Pod` with probes and hooks is accepted (the check that expects a rejection fails), the stored `Pod` has no log-agent under `containers`, and the dead log-agent is restarted although the `Pod`\'s `restartPolicy` is `Never`.',
      },
    },
  },
} satisfies LabDefinition;
