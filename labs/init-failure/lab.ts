import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

const always = 'init-fails-always';
const never = 'init-fails-never';

export default {
  name: 'init-failure',
  title: 'Init Container가 실패하면: Pod를 다시 만들지 않고, restartPolicy에 따라 재시도하거나 실패로 끝난다',
  proves: [
    '`restartPolicy: Never`인 `Pod`에서 init container가 실패하면 `Pod`는 `Failed`가 되고, 메인 컨테이너는 시작되지 않는다.',
    '`restartPolicy: Always`인 `Pod`에서 init container가 실패하면 kubelet이 같은 `Pod` 안에서 init container만 다시 실행한다 (`restartCount`가 오르고, STATUS는 init container가 실패하면 `Init:Error`가 되었다가 다음 실행을 기다리는 동안(백오프) `Init:CrashLoopBackOff`로 바뀐다). `Pod`는 다시 만들어지지 않는다 (`metadata.uid`가 그대로다).',
  ],
  doc: 'multi-container-pod/init-containers',
  steps: [
    {
      title: 'init container가 실패하는 Pod 두 개(restartPolicy: Never, Always)를 만들고, Never 쪽 Pod가 Failed가 되기를 기다린다',
      apply: ['never.yaml', 'always.yaml'],
      // In the lab the Pod is Failed in the same status update that shows check-db terminated. In the
      // broken variant check-db exits 0, and the wait goes on until main-app runs: its status comes a
      // second or two after check-db's, and never-main-not-started must not read it before that.
      wait: {
        pod: never,
        until: { anyOf: [{ allOf: [{ containerTerminated: 'check-db' }, { phase: 'Failed' }] }, { containerRunning: 'main-app' }] },
        timeoutSeconds: 60,
      },
      holdSeconds: 2,
      checks: [
        {
          id: 'never-init-failed',
          title: '[Never] init container(check-db)는 exit 1로 끝났다',
          check: { kind: 'container-exited', pod: never, container: 'check-db', exitCode: 1 },
        },
        {
          id: 'never-init-not-retried',
          title: '[Never] init container는 다시 실행되지 않았다 (restartCount 0)',
          check: { kind: 'never-restarted', pod: never, container: 'check-db' },
        },
        {
          id: 'never-main-not-started',
          title: '[Never] 메인 컨테이너(main-app)는 시작되지 않았다',
          check: { kind: 'container-not-started', pod: never, container: 'main-app' },
        },
        {
          id: 'never-pod-failed',
          title: '[Never] Pod는 Failed 상태로 끝났다',
          check: { kind: 'pod-phase', pod: never, phase: 'Failed' },
        },
        {
          id: 'never-status',
          title: '[Never] kubectl get pod의 STATUS는 Init:Error다',
          check: { kind: 'pod-status', pod: never, oneOf: ['Init:Error'] },
        },
      ],
    },
    {
      title: 'Always 쪽의 init container가 두 번 다시 실행되고 STATUS가 Init:CrashLoopBackOff로 보이기를 기다린 뒤, 3초 더 지켜본다',
      // The first Init:CrashLoopBackOff came 15–31 s into the runs tried so far, sometimes for half a
      // second only (so it is read from the status watch, not a poll of the Pod), sometimes only in the
      // second back-off. In the broken variant the init container exits 0 and main-app runs: that ends
      // the wait too, at once, and the checks then show what is missing.
      wait: {
        pod: always,
        until: {
          anyOf: [
            { allOf: [{ statusSeen: 'Init:CrashLoopBackOff' }, { restartsAtLeast: { container: 'check-db', count: 2 } }] },
            { containerRunning: 'main-app' },
          ],
        },
        timeoutSeconds: 120,
      },
      // The second retry's run ends within 3 s (nc -w 2; it failed at once in every run so far): the
      // STATUS then checked is that failure or its back-off (always-status), not a run in progress.
      holdSeconds: 3,
      checks: [
        {
          id: 'always-init-retried',
          title: '[Always] kubelet이 init container를 같은 Pod 안에서 다시 실행했다 (restartCount ≥ 2)',
          check: { kind: 'has-restarted', pod: always, container: 'check-db', min: 2 },
        },
        {
          id: 'always-same-pod',
          title: '[Always] Pod는 다시 만들어지지 않았다 (처음 만든 Pod와 metadata.uid가 같다)',
          check: { kind: 'same-pod', pod: always },
        },
        {
          id: 'always-init-exit-1',
          title: '[Always] init container의 마지막 실행도 exit 1로 끝났다',
          check: { kind: 'container-exited', pod: always, container: 'check-db', exitCode: 1 },
        },
        {
          id: 'always-status',
          title: '[Always] kubectl get pod의 STATUS는 Init:CrashLoopBackOff 또는 Init:Error다',
          check: { kind: 'pod-status', pod: always, oneOf: ['Init:CrashLoopBackOff', 'Init:Error'] },
        },
        {
          id: 'always-status-seen',
          title: '[Always] 지켜보는 동안 STATUS는 Init:Error가 된 뒤 Init:CrashLoopBackOff로 바뀌었다 (kubectl get pods -w)',
          check: { kind: 'pod-status-seen', pod: always, sequence: ['Init:Error', 'Init:CrashLoopBackOff'] },
        },
        {
          id: 'never-status-seen',
          title: '[Never] 지켜보는 동안 STATUS는 Init:Error가 되었고, Init:CrashLoopBackOff가 된 적은 없다 (kubectl get pods -w)',
          check: { kind: 'pod-status-seen', pod: never, sequence: ['Init:Error'], never: ['Init:CrashLoopBackOff'] },
        },
        {
          id: 'always-main-not-started',
          title: '[Always] 메인 컨테이너(main-app)는 시작되지 않았다',
          check: { kind: 'container-not-started', pod: always, container: 'main-app' },
        },
        {
          id: 'always-pod-pending',
          title: '[Always] Pod는 Pending 상태에 머문다',
          check: { kind: 'pod-phase', pod: always, phase: 'Pending' },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: 'init container가 노트의 원래 명령처럼 연결 확인을 `;`로 이어 쓴다. 연결에 실패해도 exit 0으로 끝나므로 실패가 드러나지 않고, 데이터베이스가 없는데도 메인 컨테이너가 시작된다 (`Pod`는 `Running`).',
      replace: ['never.yaml', 'always.yaml'],
      expectFailing: [
        'never-init-failed',
        'never-main-not-started',
        'never-pod-failed',
        'never-status',
        'always-init-retried',
        'always-init-exit-1',
        'always-status',
        'always-status-seen',
        'never-status-seen',
        'always-main-not-started',
        'always-pod-pending',
      ],
    },
  },
  en: {
    title: 'When an init container fails: the Pod is not recreated; depending on restartPolicy it is retried or ends as failed',
    proves: [
      'In a `Pod` with `restartPolicy: Never`, when an init container fails, the `Pod` becomes `Failed` and the main container never starts.',
      'In a `Pod` with `restartPolicy: Always`, when an init container fails, the kubelet runs only the init container again, inside the same `Pod` (`restartCount` goes up; STATUS becomes `Init:Error` when the init container fails, then `Init:CrashLoopBackOff` while it waits for the next run (back-off)). The `Pod` is not recreated (`metadata.uid` stays the same).',
    ],
    steps: [
      'Create two Pods whose init container fails (restartPolicy: Never, Always), and wait for the Never one to become Failed',
      'Wait until the init container of the Always one has been run again twice and STATUS has shown Init:CrashLoopBackOff, then watch 3 more seconds',
    ],
    checks: {
      'never-init-failed': '[Never] The init container (check-db) finished with exit 1',
      'never-init-not-retried': '[Never] The init container was not run again (restartCount 0)',
      'never-main-not-started': '[Never] The main container (main-app) did not start',
      'never-pod-failed': '[Never] The Pod ended in the Failed phase',
      'never-status': '[Never] The STATUS column of kubectl get pod says Init:Error',
      'always-init-retried': '[Always] The kubelet ran the init container again inside the same Pod (restartCount ≥ 2)',
      'always-same-pod': '[Always] The Pod was not recreated (same metadata.uid as the Pod first created)',
      'always-init-exit-1': '[Always] The last run of the init container also finished with exit 1',
      'always-status': '[Always] The STATUS column of kubectl get pod says Init:CrashLoopBackOff or Init:Error',
      'always-status-seen': '[Always] While watched, STATUS became Init:Error and then changed to Init:CrashLoopBackOff (kubectl get pods -w)',
      'never-status-seen': '[Never] While watched, STATUS became Init:Error and never Init:CrashLoopBackOff (kubectl get pods -w)',
      'always-main-not-started': '[Always] The main container (main-app) did not start',
      'always-pod-pending': '[Always] The Pod stays Pending',
    },
    variants: {
      broken: {
        why: 'The init container chains its connection check with `;`, like the note\'s original command. It exits 0 even when the connection fails, so the failure never shows, and the main container starts although there is no database (the `Pod` is `Running`).',
      },
    },
  },
} satisfies LabDefinition;
