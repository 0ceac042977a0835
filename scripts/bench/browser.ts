/**
 * One headless Chromium for the whole bench (Debian's /usr/bin/chromium through playwright-core, the flags
 * verified in /work/shared/notes/stack-notes.md). Each run gets a fresh browser context: empty cache and
 * storage, so every load is a first visit.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Exact heap numbers from performance.memory (otherwise quantised for privacy).
  '--enable-precise-memory-info',
];

export function launchBrowser(): Promise<Browser> {
  // chromium.launch() uses a fresh temporary profile of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export const VIEWPORT = { width: 1440, height: 900 };
