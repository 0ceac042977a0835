/** 共点园区的徽标（键在 `mapLabels.*` 下）。与 en/map-labels.ts 同结构。 */
const mapLabels = {
  badge: '{{board}} · {{count}} 个园区',
} as const;

export default mapLabels;
