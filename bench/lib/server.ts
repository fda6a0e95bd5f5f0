/**
 * A tiny static server on 127.0.0.1 for a built site: directory URLs serve index.html, unknown paths the
 * site's 404.html with status 404, exact-path blocks of a `_headers` file are honoured (as static hosts do),
 * hashed assets get a long cache lifetime. No compression by default (the benchmark computes gzip sizes
 * itself); Lighthouse runs against a gzip-serving instance, as any real static host compresses text.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compressible } from '../core/weight';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Parses the exact-path blocks of a Netlify-style `_headers` file. */
function readHeaders(dir: string): Map<string, [string, string][]> {
  const file = join(dir, '_headers');
  const out = new Map<string, [string, string][]>();
  if (!existsSync(file)) return out;
  let current: [string, string][] | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      out.set(line.trim(), current);
      continue;
    }
    const i = line.indexOf(':');
    if (current && i > 0) current.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return out;
}

/** Serves `dir` on a free port of 127.0.0.1. */
export function serve(dir: string, opts: { gzip?: boolean } = {}): Promise<StaticServer> {
  const headers = readHeaders(dir);
  const zipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const rel = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      file = join(dir, '404.html');
      status = 404;
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    let body: Buffer = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const h: Record<string, string> = { 'Content-Type': type };
    if (opts.gzip && compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const cached = zipped.get(file) ?? gzipSync(body, { level: 9 });
      zipped.set(file, cached);
      body = cached;
      h['Content-Encoding'] = 'gzip';
      h.Vary = 'Accept-Encoding';
    }
    Object.assign(h, {
      'Content-Length': String(body.length),
      'Cache-Control': /\/_astro\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    for (const [k, v] of headers.get(status === 404 ? '/404.html' : path) ?? []) h[k] = v;
    res.writeHead(status, h);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
