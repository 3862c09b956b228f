import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const quota = { quota: 'cpu-250m', resource: 'requests.cpu' } as const;

export default {
  name: 'sidecar-quota',
  title: '사이드카의 자리가 Pod의 요청량을 바꾼다: 일반 init container 앞의 사이드카는 그 init container에 더해진다',
  proves: [
    '사이드카를 일반 init container 앞에 두면, 그 init container가 실행되는 동안의 요청량에 사이드카의 요청량이 더해진다. CPU 쿼터 250m인 네임스페이스에서 사이드카 100m + init container 200m인 `Pod`는 `requested: requests.cpu=300m`으로 거절된다.',
    '같은 컨테이너를 일반 init container가 먼저 오도록 두면 `Pod`의 요청량은 200m이고, 쿼터를 통과해 실행된다. 클러스터는 KEP-753의 식을 따른다: max(각 init container의 요청량 + 그 앞 사이드카들의 합, 사이드카들의 합 + 일반 컨테이너들의 합).',
  ],
  doc: 'pitfalls/sidecar-quota',
  steps: [
    {
      title: 'CPU 요청을 250m으로 제한하는 ResourceQuota를 만들고, 순서만 다른 두 Pod를 차례로 만들어 본다',
      apply: ['quota.yaml'],
      checks: [
        {
          id: 'sidecar-first-rejected',
          title: '사이드카가 앞에 있는 Pod(sidecar-first)는 쿼터에 거절되었다: requested: requests.cpu=300m',
          check: { kind: 'quota-admission', manifest: 'sidecar-first.yaml', ...quota, admitted: false, requested: '300m' },
        },
        {
          id: 'init-first-admitted',
          title: '일반 init container가 앞에 있는 Pod(init-first)는 받아들여졌고, 쿼터 사용량이 200m 늘었다',
          check: { kind: 'quota-admission', manifest: 'init-first.yaml', ...quota, admitted: true, requested: '200m' },
        },
      ],
    },
    {
      title: '받아들여진 Pod가 실행되기를 기다린다 (20초)',
      // A hold, not a wait: in the broken variant init-first is never created, and a wait for it would fail the step.
      // It runs within ~3 s here; 20 s leaves room for a first image pull on a reader's kind cluster.
      holdSeconds: 20,
      checks: [
        {
          id: 'init-first-running',
          title: 'init-first의 사이드카(log-agent)와 app이 함께 실행 중이다',
          check: { kind: 'run-together', pod: 'init-first', containers: ['log-agent', 'app'] },
        },
        {
          id: 'migrate-done',
          title: 'init-first의 migrate는 exit 0으로 끝났다',
          check: { kind: 'container-exited', pod: 'init-first', container: 'migrate', exitCode: 0 },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`sidecar-first`의 순서를 `init-first`와 같게 바꿨다. 그러면 `sidecar-first`가 200m으로 받아들여져(거절을 기대한 검사가 실패한다) 쿼터의 200m을 차지하고, 그 뒤의 `init-first`는 남은 50m을 넘어 거절된다. 그래서 `init-first`에 대한 검사도 실패한다.',
      replace: ['sidecar-first.yaml'],
      expectFailing: ['sidecar-first-rejected', 'init-first-admitted', 'init-first-running', 'migrate-done'],
    },
  },
  en: {
    title: 'A sidecar\'s place changes the Pod\'s request: a sidecar before a regular init container adds to that init container',
    proves: [
      'With a sidecar before a regular init container, the sidecar\'s request adds to what the Pod needs while that init container runs. In a namespace with a CPU quota of 250m, a `Pod` with a 100m sidecar and a 200m init container is rejected with `requested: requests.cpu=300m`.',
      'The same containers with the regular init container first make a `Pod` that requests 200m; it passes the quota and runs. The cluster follows KEP-753\'s formula: max(each init container\'s request + the sum of the sidecars before it, the sum of the sidecars + the sum of the regular containers).',
    ],
    steps: [
      'Create a ResourceQuota that limits CPU requests to 250m, then try to create two Pods that differ only in order, one after the other',
      'Wait for the admitted Pod to run (20 seconds)',
    ],
    checks: {
      'sidecar-first-rejected': 'The Pod with the sidecar first (sidecar-first) was rejected by the quota: requested: requests.cpu=300m',
      'init-first-admitted': 'The Pod with the regular init container first (init-first) was admitted, and the quota\'s usage grew by 200m',
      'init-first-running': 'init-first\'s sidecar (log-agent) and app are running together',
      'migrate-done': 'init-first\'s migrate finished with exit 0',
    },
    variants: {
      broken: {
        why: '`sidecar-first` put in the same order as `init-first`. Then `sidecar-first` is admitted with 200m (the check that expects a rejection fails) and takes 200m of the quota, and `init-first` after it needs more than the 50m left and is rejected. So the checks on `init-first` fail too.',
      },
    },
  },
} satisfies LabDefinition;
