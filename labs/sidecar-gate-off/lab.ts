import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const pod = 'simple-webapp';
const forbidden = 'Forbidden: may not be set for init containers without restartPolicy=Always';

export default {
  name: 'sidecar-gate-off',
  title: '네이티브 사이드카가 꺼진 클러스터(v1.28의 기본값): restartPolicy: Always는 지워지고, 사이드카가 메인 컨테이너를 막는다',
  proves: [
    '`SidecarContainers` 기능 게이트가 꺼진 클러스터에서 API 서버는 init container의 `restartPolicy: Always`를 오류 없이 받아들이지만, 저장된 `Pod`에서는 그 필드를 지운다.',
    '그래서 노트의 예시 같은 사이드카는 끝나지 않는 일반 init container가 된다. 사이드카는 실행되지만 메인 컨테이너는 시작되지 않고, `Pod`는 `Init:0/1`에 머문다.',
    '사이드카에 `startupProbe`가 있으면(실습 `native-sidecar`의 매니페스트처럼) API 서버가 `Pod`를 거절한다. 필드가 지워진 뒤에는 일반 init container에 probe를 단 것이 되기 때문이다.',
  ],
  doc: 'multi-container-pod/sidecar-containers',
  cluster: { nativeSidecars: false },
  steps: [
    {
      title: '노트의 예시처럼 restartPolicy: Always를 준 사이드카가 있는 Pod를 만들고, 사이드카가 실행되면 20초 동안 지켜본다',
      apply: ['pod.yaml'],
      wait: { pod, until: { containerRunning: 'log-shipper' }, timeoutSeconds: 60 },
      holdSeconds: 20,
      checks: [
        {
          id: 'restart-policy-dropped',
          title: '저장된 Pod의 initContainers[log-shipper]에는 restartPolicy 필드가 없다',
          check: { kind: 'stored-field', pod, path: 'spec.initContainers[log-shipper].restartPolicy', absent: true },
        },
        {
          id: 'sidecar-running',
          title: 'log-shipper는 실행 중이다 (initContainers에 둔 대로)',
          check: { kind: 'container-running', pod, container: 'log-shipper' },
        },
        {
          id: 'main-not-started',
          title: '메인 컨테이너(web-app)는 시작되지 않았다',
          check: { kind: 'container-not-started', pod, container: 'web-app' },
        },
        {
          id: 'status-stays-init',
          title: '지켜보는 동안 STATUS는 Init:0/1이었고, PodInitializing이나 Running이 된 적은 없다 (kubectl get pods -w)',
          check: { kind: 'pod-status-seen', pod, sequence: ['Init:0/1'], never: ['PodInitializing', 'Running'] },
        },
        {
          id: 'pod-pending',
          title: 'Pod는 Pending에 머문다',
          check: { kind: 'pod-phase', pod, phase: 'Pending' },
        },
      ],
    },
    {
      title: 'startupProbe가 있는 사이드카를 server-side dry run으로 보낸다',
      checks: [
        {
          id: 'probed-sidecar-rejected',
          title: 'API 서버가 Pod를 거절했고, 메시지는 startupProbe가 restartPolicy=Always 없는 init container에 금지된다고 말한다',
          check: { kind: 'apply-rejected', manifest: 'probed-sidecar.yaml', dryRun: true, messageIncludes: [`spec.initContainers[0].startupProbe: ${forbidden}`] },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '대조용 버전이다: 네이티브 사이드카가 없던 때처럼 log-shipper를 `containers`에 둔다. 기능 게이트가 꺼진 클러스터에서도 메인 컨테이너가 사이드카와 함께 시작되므로, 메인 컨테이너가 막힌다는 검사들이 실패한다.',
      replace: ['pod.yaml'],
      expectFailing: ['restart-policy-dropped', 'main-not-started', 'status-stays-init', 'pod-pending'],
    },
  },
  en: {
    title: 'A cluster with native sidecars off (the v1.28 default): restartPolicy: Always is dropped, and the sidecar holds back the main container',
    proves: [
      'On a cluster with the `SidecarContainers` feature gate off, the API server accepts `restartPolicy: Always` on an init container without an error, but drops the field from the stored `Pod`.',
      'So a sidecar like the note\'s example becomes a plain init container that never ends. The sidecar runs, but the main container never starts, and the `Pod` stays at `Init:0/1`.',
      'A sidecar with a `startupProbe` (like the manifest of the `native-sidecar` lab) makes the API server reject the `Pod`: once the field is dropped, it is a plain init container with a probe.',
    ],
    steps: [
      'Create a Pod whose sidecar has restartPolicy: Always, as in the note\'s example, and watch for 20 seconds once the sidecar runs',
      'Send a sidecar with a startupProbe as a server-side dry run',
    ],
    checks: {
      'restart-policy-dropped': 'The stored Pod has no restartPolicy field in initContainers[log-shipper]',
      'sidecar-running': 'log-shipper is running (declared under initContainers)',
      'main-not-started': 'The main container (web-app) did not start',
      'status-stays-init': 'While watched, STATUS was Init:0/1, and never PodInitializing or Running (kubectl get pods -w)',
      'pod-pending': 'The Pod stays Pending',
      'probed-sidecar-rejected': 'The API server rejected the Pod, saying startupProbe is forbidden on an init container without restartPolicy=Always',
    },
    variants: {
      broken: {
        why: 'A contrasting version: log-shipper under `containers`, as sidecars were written before native sidecars. Even with the feature gate off, the main container starts alongside it, so the checks that the main container is held back fail.',
      },
    },
  },
} satisfies LabDefinition;
