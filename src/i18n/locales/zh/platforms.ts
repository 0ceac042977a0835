/** Innovation platforms and funds: the few words on the first screen (the panels' strings load with them). */
export default {
  fundsButton: '基金与政策工具',
  searchKind: { platform: '创新平台', fund: '政策工具' },
};
