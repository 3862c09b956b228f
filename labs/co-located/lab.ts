import type { LabDefinition } from '../../scripts/lib/lab-schema';

export default {
  name: 'co-located',
  title: 'Co-located Containers: 리버스 프록시 + 메인 앱',
  proves: [
    '`spec.containers`의 두 컨테이너(main-app, nginx-proxy)가 한 Pod에서 함께 실행된다.',
    '프록시는 `Service` 없이 localhost(127.0.0.1:8080)로 같은 Pod의 메인 앱에 요청을 넘긴다.',
    '`ConfigMap`의 `nginx.conf`가 `subPath`로 `/etc/nginx/nginx.conf` 한 파일에만 마운트된다.',
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
} satisfies LabDefinition;
