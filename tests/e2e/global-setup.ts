import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `vite preview` server serving the built dist/, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}

/**
 * Serves the built app (dist/) with `vite preview` on a free port of 127.0.0.1 for the whole e2e run.
 * Port 0 lets the OS choose, so parallel runs and a developer's own preview on 4173 never collide.
 * `npm run test:e2e` builds first; running the config alone against a stale dist/ is the caller's choice.
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  // E2E_DIST_DIR lets a developer point the suite at another build output (default: dist/).
  const outDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run test:e2e` (it builds first) or `npx vite build`.');
  }
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  const baseURL = `http://127.0.0.1:${address.port}`;
  project.provide('baseURL', baseURL);
  process.env.E2E_BASE_URL = baseURL;

  return async () => {
    await server.close();
  };
}
