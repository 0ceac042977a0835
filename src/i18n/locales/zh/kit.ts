/** 中文：演示工具按钮（键在 `kit.*` 下）；视图的文字在 kit-views.ts，随视图按需加载。与 en/kit.ts 同键。 */
const kit = {
  toolbar: { label: '演示工具' },
  export: {
    button: '导出图片',
    screen: '屏幕尺寸',
    double: '2 倍（幻灯片）',
    working: '正在生成图片…',
    failed: '图片未能生成：{{message}}',
  },
  print: {
    button: '打印',
  },
  compare: {
    add: '加入对比',
    added: '已在对比中',
    open: '对比（{{count}}）',
  },
  itinerary: {
    add: '加入行程',
    added: '已在行程中',
    open: '行程（{{count}}）',
  },
} as const;
export default kit;
