/** 地图上园区的悬停提示和共点园区列表（随 ParkOverlays 按需加载，并入 `mapLabels.*`）。与 en/map-overlays.ts 同结构。 */
const mapOverlays = {
  tooltip: {
    category: '类别',
    status: '状态',
    precision: '位置',
  },
  group: {
    title: '{{board}} · {{count}} 个园区',
    note: '这些园区的确切位置未公开，共用同一个近似点：{{basis}}。请选择一个园区。',
    basisDistrict: '{{board}}的标注点',
    close: '关闭',
    listLabel: '共用此点的园区',
  },
} as const;

export default mapOverlays;
