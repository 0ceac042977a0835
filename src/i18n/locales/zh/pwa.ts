/** 离线版（PWA）的更新提示：随其代码按需载入。 */
const pwa = {
  update: {
    ready: '地图有新版本。',
    reload: '更新并重新载入',
    later: '稍后',
    offlineReady: '地图已可离线使用。',
  },
} as const;

export default pwa;
