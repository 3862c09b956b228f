import type { LabDefinition } from '../../scripts/lib/labs/lab-schema';

export default {
  name: 'co-located',
  title: 'Co-located Containers: 리버스 프록시 + 메인 앱',
  proves: [
    '`spec.containers`의 두 컨테이너(main-app, nginx-proxy)가 한 Pod에서 함께 실행된다.',
    '프록시는 `Service` 없이 localhost(127.0.0.1:8080)로 같은 Pod의 메인 앱에 요청을 넘긴다.',
    '`ConfigMap`의 `nginx.conf`가 `subPath`로 `/etc/nginx/nginx.conf` 한 파일에만 마운트된다.',
    'kubelet은 `spec.containers`를 spec 순서대로 하나씩, 앞 컨테이너를 기다리지 않고 곧바로 시작한다 (`LIFECYCLE` 기록의 시각 차이).',
    '한 컨테이너가 죽으면 그 컨테이너만 같은 `Pod` 안에서 재시작되고, 다른 컨테이너는 멈추지 않고 계속 실행된다.',
    '`Pod`를 지우면 `spec.containers`의 컨테이너들은 함께 SIGTERM을 받아 거의 같은 시점에 멈춘다.',
  ],
  doc: 'multi-container-pod/co-located',
  steps: [
    {
      title: 'ConfigMap과 Pod를 만들고 Ready를 기다린다',
      apply: ['configmap.yaml', 'pod.yaml'],
      wait: { pod: 'backend-proxy-pod', until: { condition: 'Ready' }, timeoutSeconds: 120 },
      checks: [
        {
          id: 'both-running',
          title: '두 컨테이너가 동시에 실행 중이다',
          check: { kind: 'run-together', pod: 'backend-proxy-pod', containers: ['main-app', 'nginx-proxy'] },
        },
        {
          id: 'proxy-over-localhost',
          title: 'main-app 컨테이너에서 localhost:80(nginx)으로 요청하면 main-app의 응답이 돌아온다',
          check: {
            kind: 'exec',
            pod: 'backend-proxy-pod',
            container: 'main-app',
            command: ['wget', '-qO-', 'http://localhost:80/?via=localhost'],
            stdoutIncludes: 'hello from main-app',
          },
        },
        {
          id: 'proxy-logged-request',
          title: 'nginx 접근 로그에 그 요청이 남는다',
          check: { kind: 'log-includes', pod: 'backend-proxy-pod', container: 'nginx-proxy', text: 'GET /?via=localhost' },
        },
        {
          id: 'config-from-configmap',
          title: 'ConfigMap의 nginx.conf가 /etc/nginx/nginx.conf에 마운트되어 있다',
          check: {
            kind: 'exec',
            pod: 'backend-proxy-pod',
            container: 'nginx-proxy',
            command: ['cat', '/etc/nginx/nginx.conf'],
            stdoutIncludes: 'proxy_pass http://127.0.0.1:8080;',
          },
        },
        {
          id: 'subpath-keeps-other-files',
          title: 'subPath라서 /etc/nginx의 다른 파일(mime.types)은 그대로 남아 있다',
          check: {
            kind: 'exec',
            pod: 'backend-proxy-pod',
            container: 'nginx-proxy',
            command: ['ls', '/etc/nginx'],
            stdoutIncludes: 'mime.types',
          },
        },
      ],
    },
    {
      title: '한 컨테이너(app)가 죽었다가 재시작되기를 기다린다: 다른 컨테이너(helper)는 어떻게 되나',
      apply: ['restart-pod.yaml'],
      wait: { pod: 'crash-once', until: { restartsAtLeast: { container: 'app', count: 1 } }, timeoutSeconds: 60 },
      checks: [
        {
          id: 'started-in-spec-order',
          title: 'kubelet은 spec 순서대로 app을 먼저, helper를 곧이어(1초 안에) 시작한다: app의 준비를 기다리지 않는다',
          check: { kind: 'lifecycle-order', pod: 'crash-once', first: { container: 'app', event: 'Starting' }, then: { container: 'helper', event: 'Starting' }, maxGapMs: 1000 },
        },
        {
          id: 'app-restarted',
          title: 'app은 exit 1로 죽은 뒤 같은 Pod 안에서 재시작되었다 (restartCount ≥ 1)',
          check: { kind: 'has-restarted', pod: 'crash-once', container: 'app', min: 1 },
        },
        {
          id: 'app-ran-twice',
          title: 'app의 LIFECYCLE 기록에 Starting이 두 번 있다 (죽기 전과 재시작 후)',
          check: { kind: 'lifecycle-count', pod: 'crash-once', container: 'app', event: 'Starting', count: 2 },
        },
        {
          id: 'helper-kept-running',
          title: 'helper는 그동안 한 번도 재시작되지 않고 계속 실행 중이다 (restartCount 0)',
          check: { kind: 'never-restarted', pod: 'crash-once', container: 'helper' },
        },
        {
          id: 'helper-never-stopped',
          title: 'helper의 LIFECYCLE 기록에는 Starting이 한 번뿐이다 (멈췄다가 다시 시작한 적이 없다)',
          check: { kind: 'lifecycle-count', pod: 'crash-once', container: 'helper', event: 'Starting', count: 1 },
        },
      ],
    },
    {
      title: 'Pod를 지우면서 두 컨테이너의 로그를 끝까지 따라 읽는다',
      delete: { pod: 'crash-once', timeoutSeconds: 60 },
      checks: [
        {
          id: 'stopped-together',
          title: '두 컨테이너는 Pod 삭제 때 함께(1초 안에) SIGTERM을 받아 Exiting을 남긴다',
          check: { kind: 'lifecycle-together', pod: 'crash-once', containers: ['app', 'helper'], event: 'Exiting', maxGapMs: 1000 },
        },
      ],
    },
  ],
  variants: {
    broken: {
      why: '`subPath` 없이 `ConfigMap`을 `/etc/nginx` 디렉터리에 마운트한다. nginx는 뜨고 프록시도 동작하지만, `ConfigMap`이 디렉터리를 통째로 가려서 이미지에 있던 `mime.types` 같은 파일이 사라진다.',
      replace: ['pod.yaml'],
      expectFailing: ['subpath-keeps-other-files'],
    },
  },
  originals: [
    {
      file: 'pod.yaml',
      why: '`main-app:latest` 이미지는 어디에도 없고, `nginx-proxy-config` `ConfigMap`은 참조만 되고 정의되지 않았으며, `nginx:latest`는 버전이 고정되지 않는다. 또 노트의 이 블록은 들여쓰기 일부가 일반 공백이 아닌 줄바꿈 없는 공백(U+00A0)이라, 복사해서 `kubectl apply` 하면 YAML 파싱 단계에서 거부된다. 실습 버전은 메인 앱을 `busybox:1.36`의 `httpd`로 대신하고, `ConfigMap`을 함께 정의하고, 이미지 태그를 고정했다.',
    },
  ],
  en: {
    title: 'Co-located Containers: a reverse proxy + the main app',
    proves: [
      'The two containers in `spec.containers` (main-app, nginx-proxy) run together in one Pod.',
      'The proxy passes requests to the main app in the same Pod over localhost (127.0.0.1:8080), without a `Service`.',
      'The `nginx.conf` from the `ConfigMap` is mounted with `subPath` as the single file `/etc/nginx/nginx.conf` and nothing else.',
      'The kubelet starts the `spec.containers` one by one in spec order, right away, without waiting for the container before (the time gaps in the `LIFECYCLE` records).',
      'When one container dies, only that container is restarted inside the same `Pod`; the other container does not stop and keeps running.',
      'When the `Pod` is deleted, the containers in `spec.containers` get SIGTERM together and stop at almost the same moment.',
    ],
    steps: [
      'Create the ConfigMap and the Pod, and wait for Ready',
      'Wait for one container (app) to die and be restarted: what happens to the other container (helper)?',
      'Delete the Pod while following both containers\' logs to the end',
    ],
    checks: {
      'both-running': 'Both containers are running at the same time',
      'proxy-over-localhost': 'A request from the main-app container to localhost:80 (nginx) returns main-app\'s response',
      'proxy-logged-request': 'The nginx access log has that request',
      'config-from-configmap': 'The ConfigMap\'s nginx.conf is mounted at /etc/nginx/nginx.conf',
      'subpath-keeps-other-files': 'Because of subPath, the other files in /etc/nginx (mime.types) are still there',
      'started-in-spec-order': 'The kubelet starts app first, in spec order, and helper right after it (within 1 s): it does not wait for app to be ready',
      'app-restarted': 'app died with exit 1 and was restarted inside the same Pod (restartCount ≥ 1)',
      'app-ran-twice': 'app\'s LIFECYCLE records have Starting twice (before it died and after the restart)',
      'helper-kept-running': 'helper was not restarted even once meanwhile and is still running (restartCount 0)',
      'helper-never-stopped': 'helper\'s LIFECYCLE records have Starting only once (it never stopped and started again)',
      'stopped-together': 'When the Pod is deleted, both containers get SIGTERM together (within 1 s) and log Exiting',
    },
    variants: {
      broken: {
        why: 'Mounts the `ConfigMap` on the whole `/etc/nginx` directory, without `subPath`. nginx comes up and the proxy works, but the `ConfigMap` hides the entire directory, so files that came with the image, such as `mime.types`, are gone.',
      },
    },
    originals: {
      'pod.yaml': {
        why: 'The `main-app:latest` image does not exist anywhere, the `nginx-proxy-config` `ConfigMap` is referenced but never defined, and `nginx:latest` is not pinned to a version. Also, part of the indentation in this block of the note is not plain spaces but no-break spaces (U+00A0), so copying it and running `kubectl apply` fails already at YAML parsing. The lab version replaces the main app with the `httpd` of `busybox:1.36`, defines the `ConfigMap` alongside, and pins the image tags.',
      },
    },
  },
} satisfies LabDefinition;
