import { createReadStream, statSync } from 'node:fs';
import http, { type ServerResponse } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * A plain static file server, like the hosts the site is deployed to: files by path, `dir/index.html` for folders.
 * With `spaFallback`, unknown paths get index.html (as `vite preview` and most SPA hosts do); without it, 404.html.
 */
export interface StaticServerOptions {
  root: string;
  base?: string;
  port?: number;
  spaFallback?: boolean;
  /** Sent with every response, as a host's header rules would (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
  /** gzip text responses for clients that accept it, as every production host does (for realistic audits). */
  compress?: boolean;
}

export function serveStatic({ root, base = '/', port = 0, spaFallback = false, headers = {}, compress = false }: StaticServerOptions): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const gzip = compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    if (!pathname.startsWith(base)) return send(response, 404, path.join(root, '404.html'), gzip);
    const relative = pathname.slice(base.length);
    const file = path.join(root, relative);
    if (!file.startsWith(root)) return send(response, 403, null);
    const found = resolveFile(file);
    if (found) return send(response, 200, found, gzip);
    if (spaFallback && !path.extname(relative)) return send(response, 200, path.join(root, 'index.html'), gzip);
    return send(response, 404, path.join(root, '404.html'), gzip);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actualPort}${base}` });
    });
  });
}

function resolveFile(file: string): string | null {
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there: try the next form
    }
  }
  return null;
}

function send(response: ServerResponse, status: number, file: string | null, gzip = false): void {
  const found = file ? resolveFile(file) : null;
  if (!found) {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(status === 404 ? 'Not found' : 'Forbidden');
    return;
  }
  const type = TYPES[path.extname(found)] ?? 'application/octet-stream';
  if (gzip && /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type)) {
    response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    createReadStream(found).pipe(createGzip()).pipe(response);
    return;
  }
  response.writeHead(status, { 'content-type': type });
  createReadStream(found).pipe(response);
}
