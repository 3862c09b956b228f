import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'slow-stop';

export default {
  name: 'grace-period',
  title: '유예 시간은 Pod 전체에 하나다: preStop 훅도 terminationGracePeriodSeconds 안에서 돈다',
  proves: [
    '`terminationGracePeriodSeconds`는 `preStop` 훅과 SIGTERM 뒤의 정리를 합친 시간이다. 훅이 8초, 정리가 10초 걸리는 컨테이너도 유예 시간이 10초면 `Pod`를 지우고 약 10초 뒤에 강제로 종료된다 (exit code 137, SIGKILL).',
    'SIGTERM은 `preStop` 훅이 끝난 뒤에야 온다. 그래서 훅이 길수록 정리할 시간은 줄어든다.',
  ],
  doc: 'pitfalls/grace-period',
  steps: [
    {
      title: 'preStop 훅이 8초, SIGTERM 뒤의 정리가 10초 걸리는 Pod를 terminationGracePeriodSeconds: 10으로 만들고, app이 실행되기를 기다린다',
      apply: ['pod.yaml'],
      wait: { pod, until: { containerRunning: 'app' }, timeoutSeconds: 60 },
      checks: [
        {
          id: 'app-running',
          title: 'app이 실행 중이다',
          check: { kind: 'container-running', pod, container: 'app' },
        },
      ],
    },
    {
      title: 'Pod를 지우고, 컨테이너가 끝날 때까지 로그와 상태를 따라간다',
      delete: { pod, timeoutSeconds: 60 },
      checks: [
        {
          id: 'killed-at-grace',
          title: 'app은 Pod를 지우고 9–12초 뒤에 exit code 137(SIGKILL)로 끝났다: 훅 8초 + 정리 10초가 아니라 유예 시간 10초에서',
          check: { kind: 'killed-after-delete', pod, container: 'app', exitCode: 137, minSeconds: 9, maxSeconds: 12 },
        },
        {
          id: 'sigterm-after-prestop',
          title: 'SIGTERM은 preStop 훅이 시작되고 7.99초(훅은 sleep 8, 시계는 10ms 단위) 이상 지나서야 왔다',
          check: { kind: 'lifecycle-order', pod, first: { container: 'prestop', event: 'Starting' }, then: { container: 'app', event: 'Exiting' }, minGapMs: 7990 },
        },
        {
          id: 'cleanup-cut-off',
          title: 'app은 10초의 정리를 마치지 못했다: 정리를 마치면 남기는 Exited 줄이 없다',
          check: { kind: 'lifecycle-count', pod, container: 'app', event: 'Exited', count: 0 },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`terminationGracePeriodSeconds`를 30으로 늘렸다. 훅 8초와 정리 10초가 모두 그 안에 끝나므로 `app`은 지운 지 약 18초 뒤에 정리를 마치고(Exited 줄을 남기고) 스스로 exit 0으로 끝난다. 유예 시간에 잘려 137로 끝났는지, 정리가 잘렸는지 보는 검사가 실패한다.',
      replace: ['pod.yaml'],
      expectFailing: ['killed-at-grace', 'cleanup-cut-off'],
    },
  },
  en: {
    title: 'One grace period for the whole Pod: the preStop hook runs inside terminationGracePeriodSeconds too',
    proves: [
      '`terminationGracePeriodSeconds` covers the `preStop` hook and the cleanup after SIGTERM together. A container whose hook takes 8 s and whose cleanup takes 10 s, with a grace period of 10 s, is killed about 10 s after the `Pod` is deleted (exit code 137, SIGKILL).',
      'SIGTERM comes only after the `preStop` hook has finished, so the longer the hook, the less time is left to clean up.',
    ],
    steps: [
      'Create a Pod whose preStop hook takes 8 s and whose cleanup after SIGTERM takes 10 s, with terminationGracePeriodSeconds: 10, and wait for app to run',
      'Delete the Pod, following its logs and status until the container has ended',
    ],
    checks: {
      'app-running': 'app is running',
      'killed-at-grace': 'app ended with exit code 137 (SIGKILL) 9–12 s after the Pod was deleted: at the 10 s grace period, not after 8 s of hook plus 10 s of cleanup',
      'sigterm-after-prestop': 'SIGTERM came at least 7.99 s after the preStop hook started (the hook sleeps 8 s; the clock counts 10 ms)',
      'cleanup-cut-off': 'app did not finish its 10 s cleanup: the Exited line it writes when the cleanup is done is missing',
    },
    variants: {
      broken: {
        why: '`terminationGracePeriodSeconds` raised to 30. The 8 s hook and the 10 s cleanup both fit, so `app` finishes its cleanup (it writes its Exited line) and ends by itself with exit 0 after about 18 s. The checks that it was cut off at the grace period with 137, and that its cleanup was cut off, fail.',
      },
    },
  },
} satisfies LabDefinition;
