import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'restart-never';

export default {
  name: 'sidecar-restart-never',
  title: '함정: Pod의 restartPolicy가 Never여도 네이티브 사이드카는 다시 시작된다',
  proves: [
    '`Pod`의 `restartPolicy`가 `Never`여도, 네이티브 사이드카(`initContainers[].restartPolicy: Always`)는 죽으면(exit 1) kubelet이 다시 시작한다: 컨테이너의 `restartPolicy: Always`가 `Pod`의 것보다 우선한다.',
    '사이드카만 다시 시작된다. 메인 컨테이너 `app`은 `restartCount` 0으로 계속 실행되고, `Pod`는 같은 `Pod`로 `Running`에 머문다.',
    '같은 컨테이너를 `containers`에 둔 일반 컨테이너로 만들면 `Pod`의 `restartPolicy: Never`가 적용되어 죽은 채로 남는다 (대조 버전).',
  ],
  doc: 'pitfalls/sidecar-restart-never',
  steps: [
    {
      title: 'Pod를 만들고, log-agent가 한 번 죽은 뒤 20초 동안 지켜본다',
      apply: ['pod.yaml'],
      wait: { pod, until: { containerTerminated: 'log-agent' }, timeoutSeconds: 120 },
      holdSeconds: 20,
      checks: [
        {
          id: 'sidecar-crashed',
          title: 'log-agent는 exit 1로 죽었다',
          check: { kind: 'container-exited', pod, container: 'log-agent', exitCode: 1 },
        },
        {
          id: 'sidecar-restarted',
          title: 'restartPolicy: Never인 Pod에서도 log-agent는 다시 시작되었다 (restartCount ≥ 1)',
          check: { kind: 'has-restarted', pod, container: 'log-agent', min: 1 },
        },
        {
          id: 'app-kept-running',
          title: 'app은 그동안 한 번도 다시 시작되지 않고 실행 중이다 (restartCount 0)',
          check: { kind: 'never-restarted', pod, container: 'app' },
        },
        {
          id: 'pod-running',
          title: 'Pod는 Running이다',
          check: { kind: 'pod-phase', pod, phase: 'Running' },
        },
        {
          id: 'same-pod',
          title: 'Pod는 처음 만든 그 Pod다 (지워지고 다시 만들어지지 않았다)',
          check: { kind: 'same-pod', pod },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`log-agent`를 `containers`에 둔 일반 컨테이너로 만든다. 일반 컨테이너에는 `Pod`의 `restartPolicy: Never`가 그대로 적용되므로, `log-agent`는 exit 1로 죽은 채로 남고 다시 시작되지 않는다. `app`은 계속 실행되지만 로그 수집기 없이 돈다.',
      replace: ['pod.yaml'],
      expectFailing: ['sidecar-restarted'],
    },
  },
  en: {
    title: 'Pitfall: a native sidecar is restarted even when the Pod\'s restartPolicy is Never',
    proves: [
      'Even when the `Pod`\'s `restartPolicy` is `Never`, the kubelet restarts a native sidecar (`initContainers[].restartPolicy: Always`) that dies (exit 1): the container\'s `restartPolicy: Always` takes precedence over the `Pod`\'s.',
      'Only the sidecar is restarted. The main container `app` keeps running with `restartCount` 0, and the `Pod` stays the same `Pod`, `Running`.',
      'With the same container as a regular container in `containers`, the `Pod`\'s `restartPolicy: Never` applies and it stays dead (the contrasting version).',
    ],
    steps: ['Create the Pod and watch for 20 s after log-agent has died once'],
    checks: {
      'sidecar-crashed': 'log-agent died with exit 1',
      'sidecar-restarted': 'In a Pod with restartPolicy: Never, log-agent was restarted all the same (restartCount ≥ 1)',
      'app-kept-running': 'app is running and was never restarted meanwhile (restartCount 0)',
      'pod-running': 'The Pod is Running',
      'same-pod': 'The Pod is the one first created (not deleted and recreated)',
    },
    variants: {
      broken: {
        why: 'Makes `log-agent` a regular container in `containers`. The `Pod`\'s `restartPolicy: Never` applies to a regular container as it is, so `log-agent` stays dead after its exit 1 and is not restarted. `app` keeps running, but without its log collector.',
      },
    },
  },
} satisfies LabDefinition;
