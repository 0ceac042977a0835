/**
 * Strings of the site tools — the register import kind, its problem messages, the placement editor — added to
 * `sites.*` (and the import kind to `import.kind.*`) when those tools load (src/i18n/sites-tools.ts), so they
 * stay out of the first screen's JavaScript. Same shape as ../en/sites-tools.ts.
 */
const sitesToolsZh = {
  importKind: {
    label: '园区位置登记',
    hint: 'GeoJSON，格式同 data/park-sites.geojson：每个要素含 park_id、source（title，可选 source_url、source_date）、note；点或多边形，WGS84',
  },
  problem: {
    site_unknown_park: 'park_id “{{value}}” 不是园区名录（data/parks.json）中的园区。',
    site_source_missing: '缺少来源：位置须有 source.title（依据什么确定该位置），有网址和日期的请填 source_url、source_date。',
    site_bad_field: '不符合登记格式：{{detail}}',
    site_outside_board: '位置（{{lon}}, {{lat}}）在{{located}}，不在园区所属板块{{board}}内。',
    site_outside_wxjk: '无锡经开区的园区须位于滨湖区或新吴区内；该位置（{{lon}}, {{lat}}）在{{located}}。',
    site_no_board_check: '未加载板块边界：未能检查位置是否在所属板块内。',
    site_duplicate_park: '园区 “{{value}}” 的第二个位置（第一个在要素 {{first}}）。',
    site_already_registered: '园区 “{{value}}” 在你的位置登记中已有位置；请先在那里删除（已加载的数据不会改变）。',
  },
  editor: {
    title: '放置：{{name}}',
    point: '拖放点',
    polygon: '绘制范围',
    hintPoint: '在地图上单击放置点，可拖动调整。',
    hintPolygon: '依次单击各角点，最后单击第一个角点闭合范围。',
    clear: '清除',
    sourceTitle: '来源（必填）',
    sourceUrl: '来源网址（可选）',
    sourceDate: '来源日期（可选，如 2025-03-01）',
    note: '备注（可选）',
    save: '保存',
    cancel: '取消',
    needShape: '请先放置点或绘制范围。',
    loading: '正在加载绘图工具…',
    failed: '绘图工具无法加载（{{message}}）。',
    drawn: '已放置：{{shape}}',
    shapePoint: '点',
    shapePolygon: '范围',
  },
} as const;

export default sitesToolsZh;
