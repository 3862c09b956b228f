/**
 * The stand-in images (`busybox:1.36`, `nginx:1.27`, built from Debian packages by
 * scripts/cluster/images.ts) on a real cluster: each behaviour of the real Docker Hub images that
 * a lab or a page relies on (the tables in scripts/cluster/stand-ins.ts), tried in Pods run from
 * the image itself, and the documented differences pinned so that a change shows up.
 * Which cluster, and when these tests skip or fail without one: cluster-target.ts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteFollowingLogs } from '../lib/run/delete-step';
import type { ExecResult } from '../lib/exec';
import type { Kubectl } from '../lib/target/kubectl';
import { containerStatus } from '../lib/checks/pod';
import { namespaceFor } from '../lib/run/run-lab';
import { waitFor } from '../lib/run/wait';
import { findClusterOrWarn, onCluster, type Connected } from './support/cluster-target';

/** md5 of the files in the official nginx:1.27 image (nginx 1.27.5, package 1.27.5-1). */
const OFFICIAL_MD5 = {
  nginxConf: '583ad3d81ca65e3d259c94d82b89bd36',
  defaultConf: '25c02145e4a2e1d2bc6da5d585cddd32',
  indexHtml: '7df3d7cf3358af3f470ac7229387ef94',
  page50x: '5a719a793405561b1a13e6cb1f403d88',
};

/** A busybox container that idles until SIGTERM, which it reports. */
const idle = (name: string) => ({
  name,
  image: 'busybox:1.36',
  command: ['sh', '-c', 'trap "echo got TERM; exit 0" TERM; while true; do sleep 1 & wait $!; done'],
});
const ready = (port: number) => ({ readinessProbe: { tcpSocket: { port }, periodSeconds: 1 } });

// A nginx.conf of a reader's own (as in the lab co-located): no `user` directive, proxies to the other container.
const proxyConf = `worker_processes 1;
error_log /dev/stderr notice;
events { worker_connections 64; }
http {
  access_log /dev/stdout;
  server {
    listen 80;
    location / { proxy_pass http://127.0.0.1:8080; }
  }
}
`;
const extraConf = 'server {\n    listen 8081;\n    location / { return 200 "from conf.d\\n"; }\n}\n';

const objects = [
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extra-conf' }, data: { 'extra.conf': extraConf } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'proxy-conf' }, data: { 'nginx.conf': proxyConf } },
  // nginx:1.27 exactly as the image comes: nothing mounted, no command.
  pod('nginx-plain', { containers: [{ name: 'nginx', image: 'nginx:1.27', ...ready(80) }, idle('client')] }),
  // One more server in conf.d (subPath: the image's default.conf stays), entrypoint told to be quiet.
  pod('nginx-confd', {
    containers: [
      {
        name: 'nginx',
        image: 'nginx:1.27',
        env: [{ name: 'NGINX_ENTRYPOINT_QUIET_LOGS', value: '1' }],
        volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx/conf.d/extra.conf', subPath: 'extra.conf' }],
        ...ready(8081),
      },
      idle('client'),
    ],
    volumes: [{ name: 'conf', configMap: { name: 'extra-conf' } }],
  }),
  // The lab co-located's shape: a subPath nginx.conf without `user`, proxying to a busybox httpd.
  pod('nginx-proxy', {
    containers: [
      { name: 'backend', image: 'busybox:1.36', command: ['sh', '-c', 'mkdir -p /www && echo "hello from backend" > /www/index.html && exec httpd -f -p 8080 -h /www'] },
      { name: 'nginx', image: 'nginx:1.27', volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx/nginx.conf', subPath: 'nginx.conf' }], ...ready(80) },
    ],
    volumes: [{ name: 'conf', configMap: { name: 'proxy-conf' } }],
  }),
  // The lab co-located's broken variant: the ConfigMap on the whole directory.
  pod('nginx-dir-mount', {
    containers: [{ name: 'nginx', image: 'nginx:1.27', volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx' }], ...ready(80) }],
    volumes: [{ name: 'conf', configMap: { name: 'proxy-conf' } }],
  }),
  // envsubst templates, which the stand-in does not have.
  pod('nginx-templates', {
    restartPolicy: 'Never',
    containers: [{ name: 'nginx', image: 'nginx:1.27', volumeMounts: [{ name: 'templates', mountPath: '/etc/nginx/templates' }] }],
    volumes: [{ name: 'templates', emptyDir: {} }],
  }),
  // busybox:1.36 with no command, a terminal kept open: its CMD runs as PID 1.
  pod('busybox-default', { terminationGracePeriodSeconds: 1, containers: [{ name: 'busybox', image: 'busybox:1.36', stdin: true, tty: true }] }),
  // The applets the labs use: httpd on a read-only volume, a shell to call it, a sleeper for SIGTERM.
  pod(
    'busybox-tools',
    {
      terminationGracePeriodSeconds: 5,
      hostAliases: [{ ip: '127.0.0.1', hostnames: ['db-service'] }],
      containers: [
        { name: 'web', image: 'busybox:1.36', command: ['httpd', '-f', '-p', '8080', '-h', '/shared'], volumeMounts: [{ name: 'shared', mountPath: '/shared', readOnly: true }], ...ready(8080) },
        { ...idle('shell'), command: ['sh', '-c', 'echo "hello from httpd" > /shared/index.html; trap "exit 0" TERM; while true; do sleep 1 & wait $!; done'], volumeMounts: [{ name: 'shared', mountPath: '/shared' }] },
        { name: 'sleeper', image: 'busybox:1.36', command: ['sh', '-c', 'trap "echo got TERM; exit 0" TERM; sleep 1000 & wait $!'] },
      ],
      volumes: [{ name: 'shared', emptyDir: {} }],
    },
    { app: 'web' },
  ),
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-service' }, spec: { selector: { app: 'web' }, ports: [{ port: 8080 }] } },
  // A Service with no Pod behind it: its ClusterIP refuses every connection.
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'db-service' }, spec: { selector: { app: 'db' }, ports: [{ port: 5432 }] } },
];

function pod(name: string, spec: object, labels?: Record<string, string>) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec };
}

let cluster: Connected | string | undefined;
let ns: string | undefined;

const WAIT_S = 120;
beforeAll(async () => {
  cluster = await findClusterOrWarn();
  if (typeof cluster !== 'object') return;
  const { kubectl } = cluster;
  ns = namespaceFor('stand-in-images');
  await kubectl.createNamespace(ns, 'stand-in-images');
  await kubectl.apply(ns, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
  await Promise.all([
    ...['nginx-plain', 'nginx-confd', 'nginx-proxy', 'nginx-dir-mount', 'busybox-tools', 'busybox-default'].map((p) =>
      waitFor(kubectl, ns!, { pod: p, until: { condition: 'Ready' }, timeoutSeconds: WAIT_S }),
    ),
    waitFor(kubectl, ns, { pod: 'nginx-templates', until: { containerTerminated: 'nginx' }, timeoutSeconds: WAIT_S }),
  ]);
}, (WAIT_S + 60) * 1000);

afterAll(async () => {
  if (typeof cluster === 'object' && ns) console.warn(`namespace ${ns}: ${await cluster.kubectl.deleteLabNamespace(ns)}`);
}, 60_000);

const T = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function kube(ctx: { skip: (note: string) => void }): Kubectl {
  return onCluster(cluster, ctx).kubectl;
}

/** `sh -c script` in a container; the exit code is part of the result, never a throw. */
function sh(k: Kubectl, podName: string, container: string, script: string): Promise<ExecResult> {
  return k.execIn(ns!, podName, container, ['sh', '-c', script]);
}

/** The container's log once it includes `text` (the kubelet writes logs with a short delay). */
async function logsWith(k: Kubectl, podName: string, container: string, text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const logs = await k.logs(ns!, podName, container);
    if ((typeof text === 'string' ? logs.includes(text) : text.test(logs)) || Date.now() > until) return logs;
    await sleep(500);
  }
}

const probe = () => randomBytes(4).toString('hex');

describe('busybox:1.36 stand-in', () => {
  it('with no command runs its CMD sh as PID 1, PATH is the image default, applets are in /bin', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const r = await k.execIn(ns!, 'busybox-default', 'busybox', ['cat', '/proc/1/cmdline']);
    expect(r.stdout.replace(/\0/g, ' ').trim()).toBe('sh');
    const applets = 'sh httpd wget nc cut tee tail sleep cat ls touch mkdir'.split(' ');
    const env = await sh(k, 'busybox-tools', 'shell', `echo "$PATH"; for a in ${applets.join(' ')}; do [ -x /bin/$a ] && echo /bin/$a; done`);
    expect(env.stdout.split('\n')).toEqual(['/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...applets.map((a) => `/bin/${a}`), '']);
  });

  it('documented difference: sh runs applets without a PATH lookup (command -v wget says wget), and wget -T crashes', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const lookup = await sh(k, 'busybox-tools', 'shell', 'command -v wget; PATH=/nonexistent; wget -qO- http://localhost:8080/');
    expect(lookup.stdout).toBe('wget\nhello from httpd\n');
    const timeout = await sh(k, 'busybox-tools', 'shell', 'wget -T 5 -qO- http://localhost:8080/; echo "rc=$?"');
    expect(timeout.stdout).toBe('rc=139\n');
  });

  it('sh -c is ash: functions, $((…)), until, [ ! -e ], || { … }, $(…), pipes, exec', { timeout: T }, async (ctx) => {
    const script = [
      'rec() { echo "rec $1" | tee -a /tmp/rec.log; }',
      'rec one',
      'i=0; until [ $i -ge 3 ]; do i=$((i+1)); done; echo "i=$i"',
      '[ ! -e /tmp/nope ] && echo absent',
      'false || { echo recovered; }',
      'echo "sub=$(echo inner)"',
      'exec echo exec-ed',
      'echo never',
    ].join('\n');
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', script);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('rec one\ni=3\nabsent\nrecovered\nsub=inner\nexec-ed\n');
  });

  it('a TERM trap runs while the shell is in `wait`, which it cuts short', { timeout: T }, async (ctx) => {
    const t0 = Date.now();
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', 'trap "echo trapped; kill $s; exit 0" TERM; (sleep 1; kill -TERM $$) >/dev/null 2>&1 & sleep 1000 >/dev/null 2>&1 & s=$!; wait $s; echo not-trapped');
    expect(r.stdout).toBe('trapped\n');
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it('httpd -f -p 8080 -h DIR serves DIR from a read-only volume: / is index.html, a missing file is 404', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const ok = await sh(k, 'busybox-tools', 'shell', 'wget -qO- http://localhost:8080/');
    expect(ok).toMatchObject({ code: 0, stdout: 'hello from httpd\n' });
    const missing = await sh(k, 'busybox-tools', 'shell', 'wget -qO- http://localhost:8080/missing');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('404 Not Found');
    const ro = await sh(k, 'busybox-tools', 'web', 'touch /shared/x');
    expect(ro.code, 'the web container mounts the volume read-only').not.toBe(0);
  });

  it('wget -qO- prints only the body; exit non-zero on 404 and on a refused connection', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const body = await sh(k, 'busybox-tools', 'shell', 'wget -qO- http://localhost:8080/index.html 2>/dev/null');
    expect(body).toMatchObject({ code: 0, stdout: 'hello from httpd\n' });
    const refused = await sh(k, 'busybox-tools', 'shell', 'wget -qO- http://localhost:9/');
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe('');
  });

  it('nc -w 2 HOST PORT < /dev/null: 0 when the port accepts (also by Service name), non-zero when refused or the name is unknown', { timeout: T }, async (ctx) => {
    const script = (target: string) => `nc -w 2 ${target} < /dev/null; echo "rc=$?"`;
    const k = kube(ctx);
    const rc = async (target: string) => (await sh(k, 'busybox-tools', 'shell', script(target))).stdout.trim().split('\n').pop();
    expect(await rc('localhost 8080')).toBe('rc=0');
    expect(await rc('web-service 8080')).toBe('rc=0');
    expect(await rc('localhost 9')).not.toBe('rc=0');
    expect(await rc('no-such-service 5432')).not.toBe('rc=0');
  });

  it('documented difference: nc has no -z (no nc 1.10 options) and reports a refused connection on stderr', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const z = await sh(k, 'busybox-tools', 'shell', 'nc -z localhost 8080');
    expect(z.code).toBe(1);
    expect(z.stderr).toContain("invalid option -- 'z'");
    const refused = await sh(k, 'busybox-tools', 'shell', 'nc -w 2 localhost 9 < /dev/null');
    expect(refused.stderr).toContain("can't connect to remote host");
  });

  it('names in /etc/hosts (hostAliases) win over the cluster DNS (nsswitch hosts: files dns)', { timeout: T }, async (ctx) => {
    // db-service is also a Service (no endpoints): only the /etc/hosts entry, 127.0.0.1, answers on 8080.
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', 'wget -qO- http://db-service:8080/');
    expect(r).toMatchObject({ code: 0, stdout: 'hello from httpd\n' });
  });

  it("cut -d' ' -f1 /proc/uptime prints the node's uptime with two decimals", { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', "cut -d' ' -f1 /proc/uptime");
    expect(r.stdout).toMatch(/^\d+\.\d\d\n$/);
  });

  it('echo … | tee -a FILE prints and appends', { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', 'rm -f /tmp/t; echo a | tee -a /tmp/t; echo b | tee -a /tmp/t; echo --; cat /tmp/t');
    expect(r.stdout).toBe('a\nb\n--\na\nb\n');
  });

  it('sleep, mkdir -p, touch, ls, cat work; cat exits 1 for a missing file', { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', 'sleep 1 && mkdir -p /tmp/a/b && touch /tmp/a/b/f && ls /tmp/a/b && echo x > /tmp/a/b/f && cat /tmp/a/b/f; cat /tmp/missing; echo "rc=$?"');
    expect(r.stdout).toBe('f\nx\nrc=1\n');
  });

  it('tail -F waits for a file that does not exist yet and follows what is appended', { timeout: T }, async (ctx) => {
    const script = 'rm -f /tmp/f; (sleep 1; echo one > /tmp/f; sleep 2; echo two >> /tmp/f) & timeout 5 tail -F /tmp/f 2>/dev/null; true';
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', script);
    expect(r.stdout).toBe('one\ntwo\n');
  });

  it('date +%N prints %N, no nanoseconds (as busybox:1.36: FEATURE_DATE_NANO is off in defconfig)', { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'busybox-tools', 'shell', 'date +%N');
    expect(r.stdout).toBe('%N\n');
  });

  it('/usr/bin/env exists for #!/usr/bin/env scripts', { timeout: T }, async (ctx) => {
    const r = await kube(ctx).execIn(ns!, 'busybox-tools', 'shell', ['/usr/bin/env', 'sh', '-c', 'echo via-env']);
    expect(r.stdout).toBe('via-env\n');
  });

  it('sh as PID 1 runs its TERM trap when the Pod is deleted', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    // sleeper is in `wait` on a 1000 s sleep: its "got TERM" shows the trap ran at once, within the 5 s grace.
    const logs = await deleteFollowingLogs(k, ns!, 'busybox-tools', 30);
    expect(logs).toContain('got TERM');
  });
});

describe('nginx:1.27 stand-in', () => {
  it('runs its entrypoint, which execs the CMD: nginx -g "daemon off;" is PID 1 in the foreground, pid in /run/nginx.pid', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const r = await sh(k, 'nginx-plain', 'nginx', 'tr "\\0" " " < /proc/1/cmdline; echo; cat /run/nginx.pid');
    expect(r.stdout).toMatch(/^nginx: master process nginx -g daemon off; *\n1\n$/);
    const logs = await logsWith(k, 'nginx-plain', 'nginx', 'ready for start up');
    expect(logs).toContain('/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh');
    expect(logs).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
  });

  it('with nothing mounted serves the official welcome page on port 80 to another container over localhost', { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'nginx-plain', 'client', 'wget -qO- http://localhost:80/ | tee /tmp/index.html | grep "<h1>"; md5sum < /tmp/index.html');
    expect(r.stdout).toBe(`<h1>Welcome to nginx!</h1>\n${OFFICIAL_MD5.indexHtml}  -\n`);
  });

  it('listens on [::]:80 as well when the Pod has IPv6 (the entrypoint adds it to default.conf)', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const ipv6 = (await sh(k, 'nginx-plain', 'client', 'test -f /proc/net/if_inet6 && echo yes || echo no')).stdout.trim();
    const logs = await logsWith(k, 'nginx-plain', 'nginx', 'ready for start up');
    if (ipv6 === 'yes') {
      expect(logs).toContain('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf');
      const r = await sh(k, 'nginx-plain', 'client', 'wget -qO- "http://[::1]:80/" | grep "<h1>"');
      expect(r.stdout).toBe('<h1>Welcome to nginx!</h1>\n');
    } else {
      expect(logs).toContain('10-listen-on-ipv6-by-default.sh: info: ipv6 not available');
    }
  });

  it('nginx.conf and conf.d/default.conf are the official files (listen 80, server_name localhost, web root, index, error_page → /50x.html)', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const conf = await sh(k, 'nginx-plain', 'nginx', 'md5sum < /etc/nginx/nginx.conf; grep -n "include /etc/nginx/conf.d/\\*.conf;" /etc/nginx/nginx.conf');
    expect(conf.stdout).toBe(`${OFFICIAL_MD5.nginxConf}  -\n31:    include /etc/nginx/conf.d/*.conf;\n`);
    // As packaged, i.e. without the line the entrypoint adds.
    const def = await sh(k, 'nginx-plain', 'nginx', 'grep -v "^    listen  \\[::\\]:80;$" /etc/nginx/conf.d/default.conf | md5sum; grep -E "listen|server_name|root|index|error_page" /etc/nginx/conf.d/default.conf | grep -v "#"');
    expect(def.stdout.split('\n')[0]).toBe(`${OFFICIAL_MD5.defaultConf}  -`);
    expect(def.stdout).toContain('    listen       80;\n');
    expect(def.stdout).toContain('    server_name  localhost;\n');
    expect(def.stdout).toContain('        root   /usr/share/nginx/html;\n');
    expect(def.stdout).toContain('        index  index.html index.htm;\n');
    expect(def.stdout).toContain('    error_page   500 502 503 504  /50x.html;\n');
  });

  it('serves the official /50x.html, and 404 for a missing file', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const r = await sh(k, 'nginx-plain', 'client', 'wget -qO- http://localhost/50x.html | md5sum');
    expect(r.stdout).toBe(`${OFFICIAL_MD5.page50x}  -\n`);
    const missing = await sh(k, 'nginx-plain', 'client', 'wget -qO- http://localhost/no-such-page');
    expect(missing.stderr).toContain('404 Not Found');
  });

  it('kubectl logs shows each request in the main log format (access.log → /dev/stdout) and errors (error.log → /dev/stderr)', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const links = await sh(k, 'nginx-plain', 'nginx', 'readlink /var/log/nginx/access.log; readlink /var/log/nginx/error.log');
    expect(links.stdout).toBe('/dev/stdout\n/dev/stderr\n');
    const id = probe();
    await sh(k, 'nginx-plain', 'client', `wget -qO- "http://localhost/?probe=${id}"; wget -qO- http://localhost/missing-${id}; true`);
    const logs = await logsWith(k, 'nginx-plain', 'nginx', `missing-${id}" failed`);
    expect(logs).toMatch(new RegExp(`^(127\\.0\\.0\\.1|::1) - - \\[[^\\]]+\\] "GET /\\?probe=${id} HTTP/1\\.1" 200 615 "-" "Wget" "-"$`, 'm'));
    expect(logs).toContain(`[error]`);
    expect(logs).toContain(`open() "/usr/share/nginx/html/missing-${id}" failed (2: No such file or directory)`);
  });

  it('the nginx user is uid 101, gid 101, and the workers of the default nginx.conf run as it (the master as root)', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const id = await sh(k, 'nginx-plain', 'nginx', 'id nginx; grep "^nginx:" /etc/passwd /etc/group');
    expect(id.stdout).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)\n/etc/passwd:nginx:x:101:101:nginx user:/nonexistent:/bin/false\n/etc/group:nginx:x:101:\n');
    expect(await processUids(k, 'nginx-plain')).toEqual({ master: '0', workers: ['101'] });
  });

  it('/etc/nginx holds what the official image has; mime.types types the responses (.css → text/css)', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const ls = await sh(k, 'nginx-plain', 'nginx', 'ls /etc/nginx; readlink /etc/nginx/modules; echo "body {}" > /usr/share/nginx/html/t.css');
    expect(ls.stdout).toBe('conf.d\nfastcgi_params\nmime.types\nmodules\nnginx.conf\nscgi_params\nuwsgi_params\n/usr/lib/nginx/modules\n');
    const headers = await sh(k, 'nginx-plain', 'client', 'wget -S -O /dev/null http://localhost/t.css 2>&1');
    expect(headers.stdout).toMatch(/Content-Type: text\/css/);
  });

  it('includes /etc/nginx/conf.d/*.conf: a server in a subPath-mounted conf.d file answers next to default.conf', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const extra = await sh(k, 'nginx-confd', 'client', 'wget -qO- http://localhost:8081/');
    expect(extra.stdout).toBe('from conf.d\n');
    const welcome = await sh(k, 'nginx-confd', 'client', 'wget -qO- http://localhost:80/ | grep "<h1>"');
    expect(welcome.stdout).toBe('<h1>Welcome to nginx!</h1>\n');
  });

  it('NGINX_ENTRYPOINT_QUIET_LOGS silences the entrypoint, not nginx', { timeout: T }, async (ctx) => {
    const logs = await logsWith(kube(ctx), 'nginx-confd', 'nginx', 'start worker process');
    expect(logs).not.toContain('docker-entrypoint');
    expect(logs).toContain('start worker process');
  });

  it('a subPath-mounted nginx.conf replaces just that file; proxy_pass 127.0.0.1:8080 reaches the other container; Ready on tcp 80', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const r = await sh(k, 'nginx-proxy', 'backend', 'wget -qO- "http://localhost:80/?via=proxy"');
    expect(r.stdout).toBe('hello from backend\n');
    const ls = await sh(k, 'nginx-proxy', 'nginx', 'ls /etc/nginx; grep -c proxy_pass /etc/nginx/nginx.conf');
    expect(ls.stdout).toBe('conf.d\nfastcgi_params\nmime.types\nmodules\nnginx.conf\nscgi_params\nuwsgi_params\n1\n');
    expect(await logsWith(k, 'nginx-proxy', 'nginx', 'GET /?via=proxy')).toContain('"GET /?via=proxy HTTP/1.1" 200');
  });

  it('documented difference: a nginx.conf without `user` runs the workers as nobody (the official binary: as nginx)', { timeout: T }, async (ctx) => {
    expect(await processUids(kube(ctx), 'nginx-proxy')).toEqual({ master: '0', workers: ['65534'] });
  });

  it('a ConfigMap mounted on /etc/nginx (no subPath) hides the image files, and nginx still starts', { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'nginx-dir-mount', 'nginx', 'ls /etc/nginx');
    expect(r.stdout).toBe('nginx.conf\n');
  });

  it('documented difference: /etc/nginx/templates stops the container with an error (no envsubst in the stand-in)', { timeout: T }, async (ctx) => {
    const k = kube(ctx);
    const p = await k.pod(ns!, 'nginx-templates');
    expect(containerStatus(p!, 'nginx')?.state?.terminated?.exitCode).toBe(1);
    expect(await k.logs(ns!, 'nginx-templates', 'nginx')).toContain('has no envsubst for /etc/nginx/templates');
  });

  it("documented difference: the binary is Debian's nginx 1.22.1, and the tools are busybox's (no bash, no curl)", { timeout: T }, async (ctx) => {
    const r = await sh(kube(ctx), 'nginx-plain', 'nginx', 'nginx -v; for t in bash curl; do [ -e /bin/$t ] || [ -e /usr/bin/$t ] || echo "no $t"; done; readlink /bin/cat');
    expect(r.stderr).toContain('nginx version: nginx/1.22.1');
    expect(r.stdout).toBe('no bash\nno curl\nbusybox\n');
  });

  it('STOPSIGNAL SIGQUIT: deleting the Pod stops nginx gracefully with SIGQUIT', { timeout: T }, async (ctx) => {
    const logs = await deleteFollowingLogs(kube(ctx), ns!, 'nginx-plain', 30);
    expect(logs).toMatch(/signal 3 \(SIGQUIT\) received/);
    expect(logs).toContain('gracefully shutting down');
  });
});

/** The uid of nginx's master and workers in the Pod's nginx container, from /proc. */
async function processUids(k: Kubectl, podName: string): Promise<{ master: string; workers: string[] }> {
  const r = await sh(k, podName, 'nginx', 'for p in /proc/[0-9]*; do c=$(tr "\\0" " " < $p/cmdline 2>/dev/null); u=$(awk "/^Uid:/ {print \\$2}" $p/status 2>/dev/null); echo "$u $c"; done');
  const lines = r.stdout.split('\n');
  const uid = (re: RegExp) => lines.filter((l) => re.test(l)).map((l) => l.split(' ')[0]);
  return { master: uid(/ nginx: master process/)[0], workers: [...new Set(uid(/ nginx: worker process/))] };
}
