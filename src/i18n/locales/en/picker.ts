/** The search field of long row pickers (the board comparison). */
const picker = {
  search: 'Search indicators or industries ({{count}})',
} as const;

export default picker;
