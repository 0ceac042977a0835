/** Park sites in the park panel (the tools' strings are in sites-tools.ts). Same shape as ../zh/sites.ts. */
const sitesEn = {
  yourRegister: 'Your site register',
  yourRegisterNote: 'kept in this browser only; not published data',
  panel: {
    userNote: 'Placed from your site register (data in this browser, not published).',
    publishedNote: 'Placed from the published site register.',
    source: 'Source: {{title}}',
    sourceDate: 'Date: {{date}}',
    note: 'Note: {{note}}',
    outline: 'Outline drawn',
    place: 'Place on map',
    edit: 'Change the site',
    remove: 'Remove the site',
    confirmRemove: 'Remove the site of “{{name}}” from your site register?',
    undo: 'Undo',
    publishedWins: 'A published site takes precedence over your site register.',
    saveFailed: 'Could not save to browser storage ({{message}}); nothing changed.',
  },
} as const;

export default sitesEn;
