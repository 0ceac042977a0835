/** Innovation platforms and funds: the few words on the first screen (the panels' strings load with them). */
export default {
  fundsButton: 'Funds & policy tools',
  searchKind: { platform: 'Platform', fund: 'Policy tool' },
};
