/**
 * What the stand-in images `busybox:1.36` and `nginx:1.27` (built from Debian packages by
 * images.ts, since no registry is reachable on the CI machines) must do like the real Docker Hub
 * images, and the files that make them do it. Rule: a stand-in behaves like the real image in
 * everything a lab (labs/*) or a reader of the pages (docs/, i18n/en/) relies on.
 * scripts/__tests__/stand-in-images.cluster.test.ts tries each row on the real cluster, in Pods
 * run from the stand-ins (its test titles name the behaviours), the differences included, so that
 * a change shows up; only the rows that nothing relies on and that are merely noted (the passwd
 * skeleton, nginx's temp path, ENV/EXPOSE) have no test. The busybox rows were also compared with
 * upstream BusyBox 1.36.1 built with defconfig.
 *
 * busybox:1.36 — real: upstream BusyBox 1.36.1, glibc variant (what the bare tag means on amd64),
 * defconfig. Stand-in: Debian's busybox-static 1.35.0, an applet link for each applet in /bin.
 *
 * | Real busybox:1.36 does                                    | Relied on by                                                  | Stand-in |
 * | --------------------------------------------------------- | ------------------------------------------------------------- | -------- |
 * | no command: CMD `sh` (PID 1), PATH /usr/local/sbin:…:/bin,| every busybox container names its command; readers may run    | same |
 * |   the applets in /bin                                     |   `kubectl run -it --image busybox:1.36`                      |      |
 * | sh looks commands up in PATH (`command -v wget` →         | nothing                                                       | DIFFERS: Debian's build runs applets without a PATH lookup |
 * |   /bin/wget)                                              |                                                               |   (FEATURE_SH_STANDALONE): `command -v wget` says `wget` |
 * | `sh -c` is ash: functions, `trap '…' TERM`, `$((i+1))`,   | all lab scripts (LIFECYCLE `rec()`, writer/web-app loops,     | same |
 * |   `until …; do …; done`, `[ ! -e f ]`, `a || { …; }`,     |   wait-for-db, check-db, init-config)                         |      |
 * |   `$(…)`, pipes, `exec`                                   |                                                               |      |
 * | sh as PID 1 runs its TERM trap when the kubelet stops the | co-located stopped-together, native-sidecar and               | same |
 * |   container; `sleep 1 & wait $!` is cut short by it       |   sidecar-shutdown lifecycle-* checks (Exiting lines)         |      |
 * | `httpd -f -p PORT -h DIR` serves DIR in the foreground    | co-located main-app :8080, shared-volume server :8080 (read-  | same |
 * |   (`/` → DIR/index.html, 404 for a missing file)          |   only volume), init-containers db :5432 (a TCP listener)     |      |
 * | `wget -qO- URL` prints only the body; exit 0 on 200,      | co-located proxy-over-localhost, shared-volume exec checks    | same |
 * |   non-zero on 404 or a refused connection                 |                                                               |      |
 * | `wget -T SEC` bounds a request                            | nothing (scripts/cluster/ready.ts uses `timeout` instead)     | DIFFERS: Debian's static 1.35 crashes on -T (SIGSEGV, exit 139) |
 * | `nc -w 2 HOST PORT < /dev/null` exits 0 once the port     | init-containers wait-for-db, init-failure check-db            | same exit codes; a refused connection also prints "nc: can't connect to |
 * |   accepts, non-zero when refused or the name is unknown;  |                                                               |   remote host …" on stderr, where busybox:1.36's nc is silent |
 * |   Service names resolve through the cluster DNS           |                                                               |      |
 * | `nc -z HOST PORT` (nc 1.10 options, NC_110_COMPAT=y)      | init-containers broken variant and the note's original, whose | DIFFERS: no -z in Debian's build; nc prints its usage and exits 1. Both |
 * |                                                           |   `;` ignores nc's result anyway                              |   fail on a closed port, so the variant's outcome is the same; with the port open the real nc exits 0 |
 * | `cut -d' ' -f1 /proc/uptime` prints the node's uptime,    | every LIFECYCLE line (scripts/lib/lifecycle.ts)               | same |
 * |   two decimals (10 ms)                                    |                                                               |      |
 * | `echo … \| tee -a FILE` prints and appends                | LIFECYCLE lines to stdout and events.log                      | same |
 * | `sleep N`, `touch`, `mkdir -p`, `ls`, `cat` (`cat` exits  | startupProbes `cat /tmp/started`, `cat /tmp/ready`; shared-   | same |
 * |   1 for a missing file)                                   |   volume `cat /shared/index.html`; init-containers main-app   |      |
 * | `tail -F FILE` waits for FILE and follows appended lines  | native-sidecar log-shipper (log-includes web-app started)     | same |
 * | `date +%N` prints `%N` (FEATURE_DATE_NANO is off in       | README: why LIFECYCLE uses /proc/uptime                       | same |
 * |   defconfig), no nanoseconds                              |                                                               |      |
 * | /etc/nsswitch.conf `hosts: files dns`: /etc/hosts (Pod    | `localhost` in exec checks, hostAliases a reader may add      | same (written here) |
 * |   hostAliases, localhost) before the cluster DNS          |                                                               |      |
 * | /usr/bin/env exists (`#!/usr/bin/env sh` scripts)         | readers' own scripts                                          | same (link) |
 * | /etc/passwd, /etc/group from buildroot's skeleton         | nothing                                                       | differs: root, www-data, nobody only |
 *
 * nginx:1.27 — real: nginx 1.27.5 from nginx's own Debian package (pkg-oss 1.27.5-1) on
 * debian:bookworm-slim, with the official image's entrypoint and files. Stand-in: Debian's nginx
 * 1.22.1 binary (README and the page "예제는 어떻게 검증되는가" say so) with the official image's
 * configuration and files around it, and busybox for a shell.
 *
 * | Real nginx:1.27 does                                      | Relied on by                                                  | Stand-in |
 * | --------------------------------------------------------- | ------------------------------------------------------------- | -------- |
 * | ENTRYPOINT /docker-entrypoint.sh, CMD `nginx -g 'daemon   | co-located nginx-proxy names no command                       | same: a stand-in entrypoint with the official steps and messages (below) |
 * |   off;'`: the entrypoint runs /docker-entrypoint.d/* and  |                                                               |      |
 * |   execs nginx, so nginx (master) is PID 1 in foreground   |                                                               |      |
 * | with nothing mounted: nginx.conf includes                 | readers: `kubectl exec … -- wget -qO- localhost` in any Pod   | same (was: no port at all) |
 * |   /etc/nginx/conf.d/*.conf; conf.d/default.conf listens   |   with nginx:1.27; the welcome page on port 80                |      |
 * |   on 80 (and [::]:80, which the entrypoint adds when the  |                                                               |      |
 * |   Pod has IPv6), server_name localhost, root              |                                                               |      |
 * |   /usr/share/nginx/html, index index.html index.htm,      |                                                               |      |
 * |   error_page 500 502 503 504 /50x.html                    |                                                               |      |
 * | GET / returns /usr/share/nginx/html/index.html, the       | readers                                                       | same bytes |
 * |   "Welcome to nginx!" page; /50x.html the error page      |                                                               |      |
 * | /var/log/nginx/access.log → /dev/stdout, error.log →      | co-located proxy-logged-request (its ConfigMap logs to        | same |
 * |   /dev/stderr: `kubectl logs` shows every request in the  |   /dev/stdout itself); readers' `kubectl logs` with the       |      |
 * |   `main` log format and the error log (level notice)      |   default config                                              |      |
 * | `user nginx;` workers run as nginx, uid 101 gid 101       | readers (`id nginx`, file permissions for the web root)       | same |
 * |   (`nginx:x:101:101:nginx user:/nonexistent:/bin/false`)  |                                                               |      |
 * | a nginx.conf without `user` runs workers as nginx too     | co-located's ConfigMap nginx.conf has no `user` (no check     | DIFFERS: Debian's binary is built without --user, workers run as nobody |
 * |   (built with --user=nginx)                               |   looks at the worker's uid)                                  |      |
 * | /etc/nginx holds conf.d/ fastcgi_params mime.types        | co-located subpath-keeps-other-files (`ls /etc/nginx` shows   | same names; mime.types has the same types (Debian's copy, other spacing), |
 * |   modules@ nginx.conf scgi_params uwsgi_params            |   mime.types) and its broken variant (a ConfigMap on the      |   the *_params are Debian's 1.22 copies |
 * |                                                           |   directory hides it)                                         |      |
 * | a subPath-mounted nginx.conf replaces just that file;     | co-located config-from-configmap, proxy-over-localhost        | same |
 * |   proxy_pass to 127.0.0.1:8080 reaches the other          |                                                               |      |
 * |   container; tcpSocket readiness on 80                    |                                                               |      |
 * | STOPSIGNAL SIGQUIT: deleting the Pod sends nginx SIGQUIT, | readers watching `kubectl logs -f` while a Pod goes away      | same (image config StopSignal) |
 * |   a graceful shutdown                                     |                                                               |      |
 * | pid /run/nginx.pid; temp files in /var/cache/nginx        | nothing                                                       | pid same; temp files in /var/lib/nginx (Debian's built-in path) |
 * | `nginx -v`, the Server header and error pages say 1.27.5; | nothing (the docs say the stand-in is Debian's 1.22)          | DIFFERS: nginx/1.22.1; no HTTP/3, no njs/xslt/geoip/image-filter modules |
 * |   /usr/sbin/nginx-debug; modules in /usr/lib/nginx/modules|                                                               |   (the modules directory is empty), no nginx-debug |
 * | entrypoint: NGINX_ENTRYPOINT_QUIET_LOGS; templates in     | nothing                                                       | QUIET_LOGS same; the other three stop the container with an error naming |
 * |   /etc/nginx/templates (envsubst), NGINX_ENTRYPOINT_LOCAL |                                                               |   the stand-in instead of silently doing nothing |
 * |   _RESOLVERS, ..._WORKER_PROCESSES_AUTOTUNE               |                                                               |      |
 * | tools: bash, coreutils, curl; no wget, no busybox         | readers' `kubectl exec … -- cat/ls` work in both              | differs: busybox's sh and applets (cat, ls, wget), no bash or curl |
 * | ENV NGINX_VERSION, NJS_VERSION, PKG_RELEASE; EXPOSE 80    | nothing                                                       | differs: not set (it would claim a version the binary is not) |
 */
import { createHash } from 'node:crypto';
import { appendFile, chmod, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const md5 = (text: string | Buffer) => createHash('md5').update(text).digest('hex');

/** /etc/nsswitch.conf of the glibc busybox image (Debian's default): /etc/hosts before DNS. */
const nsswitch = `passwd:         files
group:          files
shadow:         files
gshadow:        files

hosts:          files dns
networks:       files

protocols:      db files
services:       db files
ethers:         db files
rpc:            db files

netgroup:       nis
`;

/** What busybox:1.36 has besides the binary and its applet links. */
export async function busyboxImageFiles(root: string): Promise<void> {
  await writeFile(join(root, 'etc/nsswitch.conf'), nsswitch);
  await mkdir(join(root, 'usr/bin'), { recursive: true });
  await symlink('../../bin/env', join(root, 'usr/bin/env'));
}

// The official image's configuration: nginx's package 1.27.5-1 (etc/nginx/nginx.conf and
// etc/nginx/conf.d/default.conf), byte for byte; the md5 sums guard against an edit.
const nginxConf = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

const defaultConf = String.raw`server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\.ht {
    #    deny  all;
    #}
}

`;

/** nginx 1.27.5's html/50x.html (the welcome page, html/index.html, is the same file in 1.22). */
const page50x = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

/** md5 of the official image's files (nginx 1.27.5, package 1.27.5-1). */
export const officialNginxMd5 = {
  'etc/nginx/nginx.conf': '583ad3d81ca65e3d259c94d82b89bd36',
  'etc/nginx/conf.d/default.conf': '25c02145e4a2e1d2bc6da5d585cddd32',
  'usr/share/nginx/html/index.html': '7df3d7cf3358af3f470ac7229387ef94',
  'usr/share/nginx/html/50x.html': '5a719a793405561b1a13e6cb1f403d88',
} as const;

// The official entrypoint, rewritten for busybox's sh with the same steps and the same messages
// (what `kubectl logs` shows before nginx starts). Only 10-listen-on-ipv6 does something by default;
// the features the other scripts add on request are not in the stand-in, which says so and stops
// rather than start nginx without them.
const entrypoint = `#!/bin/sh
# Stand-in for the official nginx image's entrypoint (scripts/cluster/stand-ins.ts).
set -e
say() { if [ -z "$NGINX_ENTRYPOINT_QUIET_LOGS" ]; then echo "$@"; fi; }
if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if [ -n "$(ls -A /docker-entrypoint.d/ 2>/dev/null)" ]; then
        say "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        say "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in /docker-entrypoint.d/*; do
            [ -f "$f" ] || continue
            case "$f" in
                *.envsh) if [ -x "$f" ]; then say "$0: Sourcing $f"; . "$f"; else say "$0: Ignoring $f, not executable"; fi ;;
                *.sh) if [ -x "$f" ]; then say "$0: Launching $f"; "$f"; else say "$0: Ignoring $f, not executable"; fi ;;
                *) say "$0: Ignoring $f" ;;
            esac
        done
        say "$0: Configuration complete; ready for start up"
    else
        say "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi
exec "$@"
`;

const listenIpv6 = `#!/bin/sh
# Stand-in for the official 10-listen-on-ipv6-by-default.sh: adds \`listen [::]:80;\` to the
# packaged default.conf when the Pod has IPv6.
set -e
say() { if [ -z "$NGINX_ENTRYPOINT_QUIET_LOGS" ]; then echo "$@"; fi; }
ME=$(basename "$0")
CONF=/etc/nginx/conf.d/default.conf
if [ ! -f /proc/net/if_inet6 ]; then say "$ME: info: ipv6 not available"; exit 0; fi
if [ ! -f "$CONF" ]; then say "$ME: info: $CONF is not a file or does not exist"; exit 0; fi
touch "$CONF" 2>/dev/null || { say "$ME: info: can not modify $CONF (read-only file system?)"; exit 0; }
if grep -q 'listen  \\[::]:80;' "$CONF"; then say "$ME: info: IPv6 listen already enabled"; exit 0; fi
say "$ME: info: Getting the checksum of $CONF"
echo "${md5(defaultConf)}  $CONF" | md5sum -c - >/dev/null 2>&1 || { say "$ME: info: $CONF differs from the packaged version"; exit 0; }
sed -i 's,listen       80;,listen       80;\\n    listen  [::]:80;,' "$CONF"
say "$ME: info: Enabled listen on IPv6 in $CONF"
`;

const unsupported = (what: string) =>
  `echo >&2 "$0: error: the nginx:1.27 stand-in (Debian's nginx under the official tag) has no ${what}"; exit 1`;

const localResolvers = `#!/bin/sh
# Stand-in for the official 15-local-resolvers.envsh (sourced): not available.
if [ -n "$NGINX_ENTRYPOINT_LOCAL_RESOLVERS" ]; then ${unsupported('NGINX_ENTRYPOINT_LOCAL_RESOLVERS')}; fi
`;

const envsubstTemplates = `#!/bin/sh
# Stand-in for the official 20-envsubst-on-templates.sh: no envsubst, so templates stop the start.
if [ -d "\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}" ]; then ${unsupported('envsubst for /etc/nginx/templates')}; fi
exit 0
`;

const tuneWorkers = `#!/bin/sh
# Stand-in for the official 30-tune-worker-processes.sh: not available.
if [ -n "$NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE" ]; then ${unsupported('NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE')}; fi
exit 0
`;

/**
 * Everything of nginx:1.27 around the binary: the official configuration, pages, user, log links
 * and entrypoint. `nginxCommon` is Debian's extracted nginx-common package (mime.types and the
 * *_params files, and the welcome page, which is the same file as the official one).
 */
export async function nginxImageFiles(root: string, nginxCommon: string): Promise<void> {
  for (const [file, text] of [['etc/nginx/nginx.conf', nginxConf], ['etc/nginx/conf.d/default.conf', defaultConf], ['usr/share/nginx/html/50x.html', page50x]] as const) {
    if (md5(text) !== officialNginxMd5[file]) throw new Error(`stand-ins.ts: ${file} is no longer the official image's file (md5 ${md5(text)})`);
  }
  for (const d of ['etc/nginx/conf.d', 'usr/lib/nginx/modules', 'usr/share/nginx/html', 'var/cache/nginx', 'var/log/nginx', 'var/lib/nginx', 'run', 'docker-entrypoint.d']) {
    await mkdir(join(root, d), { recursive: true });
  }
  await writeFile(join(root, 'etc/nginx/nginx.conf'), nginxConf);
  await writeFile(join(root, 'etc/nginx/conf.d/default.conf'), defaultConf);
  for (const f of ['mime.types', 'fastcgi_params', 'scgi_params', 'uwsgi_params']) await copyFile(join(nginxCommon, 'etc/nginx', f), join(root, 'etc/nginx', f));
  await symlink('/usr/lib/nginx/modules', join(root, 'etc/nginx/modules'));

  const index = await readFile(join(nginxCommon, 'usr/share/nginx/html/index.html'));
  if (md5(index) !== officialNginxMd5['usr/share/nginx/html/index.html']) throw new Error(`Debian's nginx welcome page is no longer the official one (md5 ${md5(index)})`);
  await writeFile(join(root, 'usr/share/nginx/html/index.html'), index);
  await writeFile(join(root, 'usr/share/nginx/html/50x.html'), page50x);

  // The official image's user and group (created with fixed ids in its Dockerfile).
  await appendFile(join(root, 'etc/passwd'), 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
  await appendFile(join(root, 'etc/group'), 'nginx:x:101:\n');
  // "forward request and error logs to docker log collector"
  await symlink('/dev/stdout', join(root, 'var/log/nginx/access.log'));
  await symlink('/dev/stderr', join(root, 'var/log/nginx/error.log'));

  const scripts: [string, string][] = [
    ['docker-entrypoint.sh', entrypoint],
    ['docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', listenIpv6],
    ['docker-entrypoint.d/15-local-resolvers.envsh', localResolvers],
    ['docker-entrypoint.d/20-envsubst-on-templates.sh', envsubstTemplates],
    ['docker-entrypoint.d/30-tune-worker-processes.sh', tuneWorkers],
  ];
  for (const [file, text] of scripts) {
    await writeFile(join(root, file), text);
    await chmod(join(root, file), 0o755);
  }
}
