/**
 * A tiny static server for a built site, enough for browser tests: `/docs/x` and `/docs/x/`
 * serve `docs/x/index.html`, unknown paths get `404.html` with status 404, text is gzipped
 * (like a static host).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port chosen by the OS. `baseUrl` (`/repo/`): the site is
 * served under that path, as on a GitHub Pages project site, and nothing outside it.
 */
export async function serveStatic(root: string, { baseUrl = '/' }: { baseUrl?: string } = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const inside = `${pathname}/`.startsWith(baseUrl);
    const file = inside ? resolveFile(root, `/${pathname.slice(baseUrl.length)}`) : undefined;
    const notFound = path.join(root, '404.html');
    const [status, body] = file ? [200, file] : [404, existsSync(notFound) ? notFound : undefined];
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = types[path.extname(body)] ?? 'application/octet-stream';
    // Text is gzipped when the browser asks for it, as static hosts (GitHub Pages, Netlify) do,
    // so page benchmarks see the bytes a reader downloads.
    const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(gzip && { 'content-encoding': 'gzip' }) });
    const stream = createReadStream(body);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
