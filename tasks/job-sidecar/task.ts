import type { TaskDefinition } from '../../scripts/lib/practice/schema';

// The checks name the Job; the checker judges its Pod (the Job controller names that Pod itself).
const pod = 'report';
const stopPage = { doc: 'multi-container-pod/sidecar-containers', anchor: 'verify-sidecar-stop' };
const sidecarPage = { doc: 'multi-container-pod/sidecar-containers', anchor: 'sidecar-containers-패턴', anchorEn: 'sidecar-containers-pattern' };
const volumePage = { doc: 'multi-container-pod/concept', anchor: '실습-공유-볼륨과-localhost', anchorEn: 'lab-a-shared-volume-and-localhost' };

export default {
  name: 'job-sidecar',
  title: 'Job을 끝나지 못하게 막지 않는 도우미 컨테이너',
  doc: 'multi-container-pod/sidecar-containers',
  statement: [
    '시작 파일의 `Job` `report`에서 컨테이너 `worker`는 보고서를 `/var/log/report/report.log`에 몇 줄 쓰고 (마지막 줄은 `report done`) exit 0으로 끝난다.',
    '',
    '이 `Job`의 `Pod`에 도우미 컨테이너 `log-agent`를 더하라. `log-agent`는 보고서 파일을 공유 볼륨으로 읽어 자기 표준 출력으로 내보낸다. `worker`가 끝나면 `Job`은 `Complete`가 되어야 한다.',
    '',
    '이미지는 `busybox:1.36`만 쓴다.',
  ].join('\n'),
  takes: ['Job'],
  start: ['job.yaml'],
  hints: [
    '`Job`은 `Pod`의 컨테이너가 모두 끝나야 `Complete`가 된다. 끝나지 않는 도우미는 `Job`을 붙잡는다.',
    '네이티브 사이드카(`initContainers`에 `restartPolicy: Always`)는 메인 컨테이너가 끝나면 kubelet이 멈춘다.',
    '`restartPolicy: Always`는 사이드카 컨테이너에 주는 것이다. `Job`의 `Pod` 템플릿은 `Never`나 `OnFailure`만 받는다.',
  ],
  steps: [
    {
      title: '답을 적용하고, Job이 Complete가 되기를 기다린다 (≤ 60초)',
      answer: true,
      until: { check: 'job-complete', timeoutSeconds: 60 },
      checks: [
        {
          id: 'job-complete',
          title: 'Job report가 Complete가 되었다',
          check: { kind: 'job-condition', job: 'report', condition: 'Complete' },
          hint: 'Job이 Complete가 되지 않았다. worker가 끝난 뒤에도 끝나지 않는 컨테이너가 Pod에 남아 있지 않은지, 그 컨테이너가 무엇으로 선언되었는지 보라.',
          see: stopPage,
        },
        {
          id: 'worker-succeeded',
          title: 'worker가 exit 0으로 끝났다',
          check: { kind: 'container-exited', pod, container: 'worker', exitCode: 0 },
          hint: 'worker가 끝나지 않았다(시작하지 못했을 수도 있다). worker 앞에서 끝나지 않는 init container가 길을 막고 있지 않은지 보라.',
          see: sidecarPage,
        },
        {
          id: 'agent-shipped',
          title: 'log-agent의 출력에 보고서의 마지막 줄(report done)이 있다',
          check: { kind: 'log-includes', pod, container: 'log-agent', text: 'report done' },
          hint: 'log-agent의 출력에 보고서가 없다(마지막 줄만 없을 수도 있다). worker와 같은 볼륨을 마운트하는지, 파일을 따라 읽는지, worker가 실행되기는 했는지 보라. 마지막 줄만 빠졌다면, tail이 그 줄을 읽기 전에 log-agent(또는 tail)가 끝나지 않았는지 보라(SIGTERM을 받자마자 끝내거나, tail을 너무 일찍 멈추거나).',
          see: volumePage,
        },
      ],
    },
  ],
  alsoCorrect: {
    'agent-exits-itself': '`log-agent`를 `containers`의 일반 컨테이너로 두되, 보고서의 마지막 줄을 옮긴 뒤 스스로 끝나게 한다. 두 컨테이너가 모두 끝나므로 `Job`은 `Complete`가 된다.',
  },
  wrong: {
    'sidecar-in-containers': {
      why: '끝나지 않는 `log-agent`를 `containers`에 일반 컨테이너로 두었다 (노트가 드는 실수). `worker`가 끝나도 `Pod`는 `Running`에 머물고, `Job`은 `Complete`가 되지 않는다.',
      expectFailing: ['job-complete'],
    },
    'init-not-sidecar': {
      why: '`log-agent`를 `initContainers`에 넣고 `restartPolicy: Always`를 빠뜨렸다. 일반 init container가 된 `tail -F`는 끝나지 않으므로 `worker`는 시작되지 않는다.',
      expectFailing: ['job-complete', 'worker-succeeded', 'agent-shipped'],
    },
    'pod-restart-always': {
      why: '`restartPolicy: Always`를 사이드카 컨테이너가 아니라 `Pod` 템플릿에 주었다. `Job`은 `Never`나 `OnFailure`만 받으므로 API 서버가 거부한다.',
      expectFailing: ['accepted'],
    },
  },
  en: {
    title: 'A helper container that does not keep the Job from completing',
    statement: [
      'In the starting file\'s `Job` `report`, the container `worker` writes a few lines of a report to `/var/log/report/report.log` (the last one is `report done`) and ends with exit 0.',
      '',
      'Add a helper container `log-agent` to this `Job`\'s `Pod`. `log-agent` reads the report file through a shared volume and sends it to its own standard output. When `worker` has finished, the `Job` must become `Complete`.',
      '',
      'Use the image `busybox:1.36` only.',
    ].join('\n'),
    hints: [
      'A `Job` becomes `Complete` only when every container of its `Pod` has ended. A helper that never ends holds the `Job`.',
      'A native sidecar (`initContainers` with `restartPolicy: Always`) is stopped by the kubelet when the main container has ended.',
      '`restartPolicy: Always` goes on the sidecar container. A `Job`\'s `Pod` template takes only `Never` or `OnFailure`.',
    ],
    steps: ['Apply the answer, and wait (≤ 60 s) for the Job to become Complete'],
    checks: {
      'job-complete': { title: 'Job report became Complete', hint: 'The Job did not become Complete. See whether a container that never ends is left in the Pod after worker has finished, and what that container is declared as.' },
      'worker-succeeded': { title: 'worker ended with exit 0', hint: 'worker did not end (it may never have started). See whether an init container that never ends is in its way.' },
      'agent-shipped': { title: 'log-agent\'s output has the report\'s last line (report done)', hint: 'log-agent\'s output has no report (or lacks only its last line). Check that it mounts the same volume as worker, that it follows the file, and that worker ran at all. If only the last line is missing, see whether log-agent (or tail) ended before tail had read that line (ending as soon as SIGTERM comes, or stopping tail too early).' },
    },
    alsoCorrect: {
      'agent-exits-itself': '`log-agent` as a regular container in `containers` that ends by itself once it has shipped the report\'s last line. Both containers end, so the `Job` becomes `Complete`.',
    },
    wrong: {
      'sidecar-in-containers': { why: 'A `log-agent` that never ends is a regular container in `containers` (the mistake the note warns of). When `worker` has ended the `Pod` stays `Running`, and the `Job` never becomes `Complete`.' },
      'init-not-sidecar': { why: '`log-agent` is in `initContainers` without `restartPolicy: Always`. As a regular init container, `tail -F` never ends, so `worker` never starts.' },
      'pod-restart-always': { why: '`restartPolicy: Always` is on the `Pod` template instead of the sidecar container. A `Job` takes only `Never` or `OnFailure`, so the API server refuses it.' },
    },
  },
} satisfies TaskDefinition;
