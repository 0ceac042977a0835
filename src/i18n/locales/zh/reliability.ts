/** 地图无法启动时的说明（无 WebGL 或其他启动错误）。 */
const reliability = {
  noWebgl: {
    title: '地图需要 WebGL，此浏览器目前未提供',
    body: '地图由浏览器用显卡（WebGL 2）绘制，此浏览器或设备现在不支持或已关闭它。搜索、园区列表、详情面板、资料来源和“我的数据”的导入与导出照常可用。',
    howTo: '如何开启：',
    chrome: 'Chrome / Edge：设置 → 系统（Edge 为“系统和性能”）→ 打开“使用图形加速（如可用）”，然后重启浏览器；地址栏输入 chrome://gpu 可查看 WebGL 2 是否可用。',
    firefox: 'Firefox：地址栏输入 about:config，确认 webgl.disabled 为 false。',
    managed: '单位统一管理的电脑若关闭了显卡加速，请联系信息管理员，或换用较新版本的浏览器。',
  },
  failed: {
    title: '地图未能启动',
    body: '绘制地图时出错。搜索、列表、详情面板和“我的数据”照常可用；可重新加载页面再试。',
  },
  reload: '重新加载',
} as const;

export default reliability;
