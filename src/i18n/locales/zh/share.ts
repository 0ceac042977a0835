/** 复制链接、分享，以及离线版（PWA）的更新提示。 */
const share = {
  copyLink: '复制链接',
  copyLinkHint: '复制当前视图的链接（含图层、筛选和选中对象）',
  copied: '链接已复制',
  copyFailed: '无法复制，请从地址栏复制链接',
  share: '分享',
  shareTitle: '无锡产业创新地图',
  update: {
    ready: '地图有新版本。',
    reload: '更新并重新载入',
    later: '稍后',
    offlineReady: '地图已可离线使用。',
  },
} as const;

export default share;
