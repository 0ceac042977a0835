import type { Plugin } from 'vite';
import { cspValue } from './csp';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/>/;

/**
 * Keeps index.html's Content-Security-Policy right for each use:
 * - dev server: removed, because Vite's hot-reload client injects an inline script the policy forbids;
 * - build: written from deploy/csp.ts, with the origin of an opted-in online basemap (VITE_BASEMAP_TILES)
 *   allowed for tiles — the only remote host the app may ever contact.
 */
export function contentSecurityPolicy(basemapTiles: string | undefined): Plugin {
  let serving = false;
  return {
    name: 'wuxi-content-security-policy',
    configResolved(config) {
      serving = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml(html) {
      if (!META.test(html)) throw new Error('index.html lost its Content-Security-Policy <meta>');
      if (serving) return html.replace(META, '');
      const origin = basemapTiles ? new URL(basemapTiles.replace(/[{}]/g, '')).origin : null;
      const value = cspValue(origin ? { 'img-src': [origin], 'connect-src': [origin] } : {});
      return html.replace(META, `<meta http-equiv="Content-Security-Policy" content="${value}" />`);
    },
  };
}
