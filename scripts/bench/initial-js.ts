/**
 * What a first visit must download before the app can run: start at the built index.html, take its
 * <script type="module" src> and <link rel="modulepreload" href>, then follow every STATIC import of those
 * chunks (dynamic `import()` is what makes code lazy, so it is not followed). Sizes are gzip level 9, what a
 * static host serves. Workers and dynamic chunks are listed apart: the budget is about the initial set.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface InitialJsReport {
  /** Chunks in the initial graph (entry + static imports + modulepreloads), by path relative to the dist dir. */
  initial: ChunkSize[];
  initialGzip: number;
  /** Every other .js/.mjs file in the build: lazy chunks and workers. */
  deferred: ChunkSize[];
  deferredGzip: number;
  /** CSS linked from index.html (render-blocking), reported apart from JS. */
  css: ChunkSize[];
}

const SCRIPT_SRC = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/gi;
const SCRIPT_SRC_ALT = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*\btype=["']module["']/gi;
const PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi;
const STYLESHEET = /<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']([^"']+)["']/gi;

function localPath(distDir: string, fromFile: string, specifier: string): string | null {
  if (/^[a-z]+:/i.test(specifier) || specifier.startsWith('//')) return null; // remote or data: — not ours
  const base = specifier.startsWith('/') ? distDir : dirname(fromFile);
  const clean = specifier.replace(/[?#].*$/, '');
  return specifier.startsWith('/') ? join(distDir, clean) : resolve(base, clean);
}

async function sizeOf(distDir: string, file: string): Promise<ChunkSize> {
  const bytes = await readFile(file);
  return { file: relative(distDir, file).split('\\').join(posix.sep), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function listJs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJs(full)));
    else if (/\.(m?js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

export async function initialJs(distDir: string, htmlFile = 'index.html'): Promise<InitialJsReport> {
  await init;
  const htmlPath = resolve(distDir, htmlFile);
  const html = await readFile(htmlPath, 'utf8');
  const roots = new Set<string>();
  for (const re of [SCRIPT_SRC, SCRIPT_SRC_ALT, PRELOAD]) {
    for (const m of html.matchAll(re)) {
      const file = localPath(distDir, htmlPath, m[1]!);
      if (file) roots.add(file);
    }
  }
  if (roots.size === 0) throw new Error(`${htmlPath}: no <script type="module" src> found`);

  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    const [imports] = parse(source);
    for (const imp of imports) {
      // Static imports and re-exports load with the chunk; dynamic import() and import.meta do not.
      if (imp.type !== 'static' && imp.type !== 'reexport-star') continue;
      if (!imp.specifier) continue;
      const target = localPath(distDir, file, imp.specifier);
      if (target && !seen.has(target)) queue.push(target);
    }
  }

  const initial = await Promise.all([...seen].sort().map((f) => sizeOf(distDir, f)));
  const deferredFiles = (await listJs(distDir)).filter((f) => !seen.has(f)).sort();
  const deferred = await Promise.all(deferredFiles.map((f) => sizeOf(distDir, f)));
  const cssFiles = [...html.matchAll(STYLESHEET)].map((m) => localPath(distDir, htmlPath, m[1]!)).filter((f): f is string => !!f);
  const css = await Promise.all(cssFiles.map((f) => sizeOf(distDir, f)));
  const sum = (list: ChunkSize[]) => list.reduce((s, c) => s + c.gzip, 0);
  return { initial, initialGzip: sum(initial), deferred, deferredGzip: sum(deferred), css };
}

/**
 * Strings that survive minification and identify code that must load lazily (issue 6: import, export, Excel,
 * PDF). Finding one in the initial set means a static import pulled a lazy feature into every first visit.
 */
export const LAZY_MARKERS: readonly { feature: string; pattern: RegExp }[] = [
  { feature: 'Excel (xlsx read/write)', pattern: /xl\/worksheets\/|xl\/workbook\.xml|\[Content_Types\]\.xml/ },
  { feature: 'PDF', pattern: /%PDF-1\.\d/ },
  { feature: 'CSV parser (papaparse)', pattern: /PapaParse|Papa\.parse/ },
  { feature: 'IndexedDB persistence (idb-keyval)', pattern: /keyval-store/ },
  { feature: 'FlatGeobuf scale reader', pattern: /No index found, cannot read features filtered by bbox/ },
  { feature: 'Tour editor and player', pattern: /tour-import-input|tour-caption-card/ },
  { feature: 'Service worker registration (workbox-window)', pattern: /SKIP_WAITING/ },
];

export async function lazyMarkersInInitial(distDir: string, report: InitialJsReport): Promise<{ feature: string; file: string }[]> {
  const found: { feature: string; file: string }[] = [];
  for (const chunk of report.initial) {
    const source = await readFile(join(distDir, chunk.file), 'utf8');
    for (const marker of LAZY_MARKERS) if (marker.pattern.test(source)) found.push({ feature: marker.feature, file: chunk.file });
  }
  return found;
}
