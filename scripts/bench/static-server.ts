/**
 * A tiny static file server for the bench and the scale e2e test, doing what a static host / CDN does and
 * nothing more: single-range `Range: bytes=a-b` requests (206 + Content-Range), gzip for text types (so
 * "JS transferred" means what a visitor downloads), correct content types, CORS for cross-origin data hosts.
 * It logs every request (path, range, bytes sent), which is how tests prove that only part of a file was read.
 * Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.fgb': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.csv', '.txt']);

export interface RequestRecord {
  path: string;
  status: number;
  range: string | null;
  bytes: number;
  /** Epoch ms when the response was handed to the socket (same clock as the browser's on this machine). */
  at: number;
}

export interface StaticServer {
  origin: string;
  log: RequestRecord[];
  close(): Promise<void>;
}

/** URL prefix ('/app/') → directory. Requests for a prefix without a file serve its index.html. */
export type Mounts = Record<string, string>;

function resolveFile(mounts: Mounts, pathname: string): string | null {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const rest = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    const root = resolve(dir);
    const file = normalize(join(root, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (file !== root && !file.startsWith(root + sep)) return null; // no path traversal out of the mount
    return file;
  }
  return null;
}

function parseRange(header: string, size: number): [number, number] | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, a, b] = match;
  if (a === '' && b === '') return null;
  if (a === '') {
    const suffix = Number(b);
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start > end || start >= size) return null;
  return [start, end];
}

export async function startStaticServer(mounts: Mounts, port = 0): Promise<StaticServer> {
  const log: RequestRecord[] = [];
  const gzipCache = new Map<string, Buffer>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RequestRecord = { path: url.pathname, status: 200, range: req.headers.range ?? null, bytes: 0, at: Date.now() };
    res.on('finish', () => {
      record.at = Date.now();
    });
    log.push(record);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Accept-Ranges, Content-Length');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Headers', 'Range');
      res.writeHead((record.status = 204)).end();
      return;
    }
    const file = resolveFile(mounts, url.pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead((record.status = 404), { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Cache-Control', 'no-cache');

    if (req.headers.range) {
      const range = parseRange(req.headers.range, info.size);
      if (!range) {
        res.writeHead((record.status = 416), { 'Content-Range': `bytes */${info.size}` }).end();
        return;
      }
      const [start, end] = range;
      const length = end - start + 1;
      const buffer = Buffer.alloc(length);
      const handleFile = await open(file, 'r');
      try {
        await handleFile.read(buffer, 0, length, start);
      } finally {
        await handleFile.close();
      }
      res.writeHead((record.status = 206), { 'Content-Range': `bytes ${start}-${end}/${info.size}`, 'Content-Length': length });
      record.bytes = length;
      res.end(req.method === 'HEAD' ? undefined : buffer);
      return;
    }

    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body: Buffer;
    if (acceptsGzip && COMPRESSIBLE.has(ext)) {
      body = gzipCache.get(file) ?? gzipSync(await readFile(file), { level: 9 });
      gzipCache.set(file, body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    } else {
      body = await readFile(file);
    }
    res.writeHead(200, { 'Content-Length': body.length });
    record.bytes = body.length;
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
