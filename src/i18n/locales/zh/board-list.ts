/** 图例里可用键盘聚焦的板块列表（聚焦显示与悬停相同的提示，回车打开板块）的中文文字。 */
const boardList = {
  title: '板块',
  hint: '用 Tab 聚焦板块查看数值与来源，回车打开板块。',
  item: '{{board}}：{{value}}。回车打开板块',
  itemNoValue: '{{board}}。回车打开板块',
} as const;
export default boardList;
