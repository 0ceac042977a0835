/**
 * The deployment example (deploy/nginx.conf) really does what docs/deploy.md says: nginx, started on a free
 * loopback port with the example filled in, serves the built app from a sub-folder with the Content-Security-Policy
 * and security headers, gzip, a year of caching for hashed assets, no caching for the page, and answers a Range
 * request for a FlatGeobuf file with 206. Needs nginx (Debian: `apt-get install nginx-light`; .ci/run installs it);
 * without it the test is skipped and says so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspValue, FRAME_ANCESTORS } from '../../deploy/csp';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = resolve(ROOT, process.env.E2E_DIST_DIR ?? 'dist');
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find(
  (path) => spawnSync(path, ['-v']).status === 0,
);
if (!NGINX) console.warn('nginx.e2e: SKIPPED — nginx is not installed (Debian: apt-get install nginx-light).');

const FOLDER = '/wuxi-map/';
let dir = '';
let origin = '';
let nginx: ChildProcess | null = null;
let fgb: Buffer = Buffer.alloc(0);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}: ${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`);
}

beforeAll(async () => {
  if (!NGINX) return;
  dir = await mkdtemp(join(tmpdir(), 'wuximap-nginx-'));
  // The web root holds the app in its sub-folder (links to dist/'s entries) and a FlatGeobuf file beside it.
  const app = join(dir, 'www', 'wuxi-map');
  await mkdir(join(app, 'data'), { recursive: true });
  for (const entry of await readdir(DIST)) await symlink(join(DIST, entry), join(app, entry));
  fgb = randomBytes(256 * 1024);
  await writeFile(join(app, 'data', 'points.fgb'), fgb);

  const port = await freePort();
  const site = (await readFile(resolve(ROOT, 'deploy/nginx.conf'), 'utf8'))
    .replaceAll('${APP_ROOT}', join(dir, 'www'))
    .replaceAll('${LISTEN}', `127.0.0.1:${port}`);
  expect(site).not.toMatch(/\$\{[A-Z_]+\}/);
  await writeFile(join(dir, 'site.conf'), site);
  // A minimal main configuration around the example: one process in the foreground, everything in the temp dir.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${join(dir, k)};`).join('\n');
  await writeFile(
    join(dir, 'nginx.conf'),
    `daemon off;\nmaster_process off;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\n` +
      `events { worker_connections 64; }\nhttp {\naccess_log off;\n${temp}\ninclude ${join(dir, 'site.conf')};\n}\n`,
  );
  nginx = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}${FOLDER}`);
});

afterAll(async () => {
  nginx?.kill('SIGTERM');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!NGINX)('deploy/nginx.conf', () => {
  it('serves the page from the sub-folder with the CSP and security headers, never cached', async () => {
    const res = await fetch(`${origin}${FOLDER}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(`${cspValue()}; ${FRAME_ANCESTORS}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    // The page's own <meta> policy is the same policy (without frame-ancestors, which a meta cannot carry).
    expect(await res.text()).toContain(`content="${cspValue()}"`);

    const bare = await fetch(`${origin}/wuxi-map`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.get('location')!, origin).pathname).toBe(FOLDER);
    const missing = await fetch(`${origin}${FOLDER}no-such-file.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends hashed assets compressed, with the right types, cached for a year', async () => {
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await fetch(`${origin}${FOLDER}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('cache-control')).toBe('max-age=31536000');
    expect(js.headers.get('content-security-policy')).toContain("script-src 'self'");

    const assets = await readdir(join(DIST, 'assets'));
    const worker = assets.find((f) => f.endsWith('.mjs'));
    const font = assets.find((f) => f.endsWith('.woff2'));
    expect(worker && font).toBeTruthy();
    const workerRes = await fetch(`${origin}${FOLDER}assets/${worker}`);
    expect(workerRes.headers.get('content-type')).toMatch(/^text\/javascript/);
    const fontRes = await fetch(`${origin}${FOLDER}assets/${font}`);
    expect(fontRes.headers.get('content-type')).toBe('font/woff2');
  });

  it('answers a Range request for a FlatGeobuf file with 206 and exactly those bytes, uncompressed', async () => {
    const res = await fetch(`${origin}${FOLDER}data/points.fgb`, { headers: { range: 'bytes=1000-1999', 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 1000-1999/${fgb.length}`);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(fgb.subarray(1000, 2000))).toBe(true);
    expect(res.headers.get('accept-ranges') ?? 'bytes').toBe('bytes');
  });
});
