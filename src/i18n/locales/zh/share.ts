/** 复制链接与分享，以及页头的演示按钮。 */
const share = {
  /** The header's tour button (the tour strings themselves load with the tour UI). */
  present: '演示',
  copyLink: '复制链接',
  copyLinkHint: '复制当前视图的链接（含图层、筛选和选中对象）',
  copied: '链接已复制',
  copyFailed: '无法复制，请从地址栏复制链接',
  share: '分享',
  shareTitle: '无锡产业创新地图',
} as const;

export default share;
