import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer } from './static-server';

/** What the A/B scripts share: built pages named on the command line, served side by side, one browser. */

/** The built page directories named on the command line (after npm's `--`); exits with `usage` when none. */
export function pageDirsFromArgs(usage: string): string[] {
  const dirs = process.argv.slice(2).filter((a) => a !== '--');
  if (dirs.length === 0) {
    console.error(usage);
    process.exit(2);
  }
  return dirs;
}

type Server = Awaited<ReturnType<typeof startStaticServer>>;

/** Serves page i of `dirs` at `/p<i>/` (plus `routes`) and runs `fn` with one headless Chromium; closes both. */
export async function withServedPages<T>(
  dirs: readonly string[],
  routes: Record<string, string>,
  fn: (browser: Browser, pageUrls: string[], server: Server) => Promise<T>,
): Promise<T> {
  const server = await startStaticServer({ ...Object.fromEntries(dirs.map((dir, i) => [`/p${i}/`, dir])), ...routes });
  const browser = await launchBrowser();
  try {
    return await fn(browser, dirs.map((_, i) => `${server.origin}/p${i}/`), server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The order of the pages in one round: which goes first alternates, as the bench does. */
export const roundOrder = (round: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => (round % 2 === 0 ? i : count - 1 - i));
