/** The offline app's (PWA) update prompt, loaded with its code (complete: every key of zh/pwa.ts). */
const pwa = {
  update: {
    ready: 'A new version of the map is available.',
    reload: 'Update and reload',
    later: 'Later',
    offlineReady: 'The map now works offline.',
  },
} as const;

export default pwa;
