/** Copy link, share, and the header's present button (complete: every key of zh/share.ts). */
const share = {
  /** The header's tour button (the tour strings themselves load with the tour UI). */
  present: 'Present',
  copyLink: 'Copy link',
  copyLinkHint: 'Copy a link to this view (with layers, filters and selection)',
  copied: 'Link copied',
  copyFailed: 'Could not copy: copy the link from the address bar',
  share: 'Share',
  shareTitle: 'Wuxi Industry Innovation Map',
} as const;

export default share;
