import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable, offline app: a web manifest and a Workbox service worker that precaches the whole build
 * (app, data, geometry, label fonts, icons) so that after one visit the map opens with no network.
 *
 * - registerType 'prompt': a new version installs in the background and waits; the app asks before switching
 *   (src/pwa/). Every precached file has a revision, and the old precache is dropped when the new one takes
 *   over, so a page never runs on a mix of old and new files.
 * - Large indexed point files (.fgb, .pmtiles) are read with HTTP Range requests; a precache would answer those
 *   with the whole file (status 200) and break them, so they stay out and go to the network as before.
 * - No script is injected into index.html (injectRegister: false): the app registers the worker itself after the
 *   map's first draw, from its own bundle, which also keeps index.html free of inline scripts for a strict CSP.
 */
export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: '无锡产业创新地图',
      short_name: '无锡产业地图',
      description: 'Wuxi Industry Innovation Map: parks, boards and cluster targets; works offline.',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#e8eef1',
      theme_color: '#12343f',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // woff2 only: every browser with service workers reads woff2, so the woff copies would be dead weight.
      globPatterns: ['**/*.{js,mjs,css,html,json,geojson,woff2,svg,png,ico,webmanifest}'],
      globIgnores: ['**/*.pmtiles', '**/*.fgb', 'templates/**'],
      // The main chunk (MapLibre + deck.gl + React) is over Workbox's 2 MiB default, which would fail the build.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
    },
  });
}
