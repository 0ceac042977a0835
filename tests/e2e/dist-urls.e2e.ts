/**
 * The built bundle names no remote address the app could fetch: every http(s) URL in dist/ is on a short list of
 * known, never-fetched strings (XML namespaces, links in library error messages, loaders.gl's default CDN, which
 * src/map/loaders-offline.ts switches off), and no worker or script is ever created from a remote URL. A new
 * dependency that brings a CDN address makes this fail, so someone looks at it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '..', '..', process.env.E2E_DIST_DIR ?? 'dist');

/** Hosts that appear in library code as text only (namespaces, documentation links in messages). */
const KNOWN_NOT_FETCHED = new Set([
  'www.w3.org', 'json-schema.org', 'schemas.openxmlformats.org', 'purl.oclc.org', 'github.com', 'en.wikipedia.org',
  'wiki.openstreetmap.org', 'react.dev', 'react.i18next.com', 'maplibre.org', 'maplibre.invalid', 'deck.gl',
  // loaders.gl's default worker/library CDN: never used, worker: false and no CDN (src/map/loaders-offline.ts).
  'unpkg.com',
  // Workbox's console warning links to its docs (service worker only, never fetched).
  'bit.ly',
  // terra-draw's default marker-image base, used only for marker styles the placement editor does not set
  // (its points are drawn as circles; tests/e2e/sites.e2e.ts checks that no request leaves the origin).
  'raw.githubusercontent.com',
]);

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else if (/\.(m?js|html|css|json|webmanifest)$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe('built bundle', () => {
  it('names only known, never-fetched remote hosts', async () => {
    const unknown = new Map<string, string>();
    for (const file of await files(DIST)) {
      const text = await readFile(file, 'utf8');
      for (const [, host] of text.matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)) {
        if (!KNOWN_NOT_FETCHED.has(host!.toLowerCase())) unknown.set(host!, file);
      }
    }
    expect(Object.fromEntries(unknown)).toEqual({});
  });

  it('creates no worker or script from a remote address', async () => {
    const remote = /(new (Shared)?Worker|importScripts|import)\(\s*["'`]https?:|workerUrl\s*:\s*["'`]https?:/;
    for (const file of await files(DIST)) expect(remote.test(await readFile(file, 'utf8')), file).toBe(false);
  });

  it('switches loaders.gl workers off in the app bundle', async () => {
    const js = (await files(join(DIST, 'assets'))).filter((f) => f.endsWith('.js'));
    const texts = await Promise.all(js.map((f) => readFile(f, 'utf8')));
    // The options object of src/map/loaders-offline.ts survives minification as written.
    expect(texts.some((t) => /worker:!1,useLocalLibraries:!0,CDN:``|worker:!1,useLocalLibraries:!0,CDN:""/.test(t))).toBe(true);
  });
});
