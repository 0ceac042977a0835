/** Park sites in the park panel (the tools' strings are in sites-tools.ts). Same shape as ../en/sites.ts. */
const sitesZh = {
  yourRegister: '你的位置登记',
  yourRegisterNote: '仅保存在本浏览器，不是已发布的数据',
  panel: {
    userNote: '按你的位置登记标注（本浏览器中的数据，非公开发布）。',
    publishedNote: '按已发布的位置登记标注。',
    source: '来源：{{title}}',
    sourceDate: '日期：{{date}}',
    note: '备注：{{note}}',
    outline: '已绘制范围',
    place: '在地图上放置',
    edit: '修改位置',
    remove: '删除位置',
    confirmRemove: '从你的位置登记中删除“{{name}}”的位置？',
    undo: '撤销',
    publishedWins: '已发布的位置优先于你的位置登记。',
    saveFailed: '无法保存到浏览器存储（{{message}}），未作修改。',
  },
} as const;

export default sitesZh;
