/** Copy link, share, and the offline app's (PWA) update prompt (complete: every key of zh/share.ts). */
const share = {
  copyLink: 'Copy link',
  copyLinkHint: 'Copy a link to this view (with layers, filters and selection)',
  copied: 'Link copied',
  copyFailed: 'Could not copy: copy the link from the address bar',
  share: 'Share',
  shareTitle: 'Wuxi Industry Innovation Map',
  update: {
    ready: 'A new version of the map is available.',
    reload: 'Update and reload',
    later: 'Later',
    offlineReady: 'The map now works offline.',
  },
} as const;

export default share;
