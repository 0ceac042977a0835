import { describe, expect, it } from 'vitest';
import { parseOpinionsAnnex2, parseWp2024FutureParks, sectionText } from '../../scripts/data/parks-sections';

// Synthetic text shaped like the source documents (headings, full-width items, a tab-per-cell table).
const doc = [
  '一、总体要求',
  '（一）目标',
  '1.甲园 建设。',
  '二、重点任务',
  '（一）其他',
  '3.不相关的第三项。',
  '（二）园区',
  '1．第一项。',
  '3.加强布局。推动特色产业集聚。推动 甲园、乙 园、丙园等未来产业园区加快集聚。',
  '续行：丁园。',
  '4.下一项。',
  '三、保障措施',
  '附件：1.分工表',
  '2.分解表',
  '附件2',
  '表题',
  '\t序号',
  '\t板块',
  '\t重点发展方向',
  '\t现有重点园区',
  '\t建成市级特色园区（家）',
  '',
  '\t1',
  '\t甲市',
  '\t量子科技、元宇宙',
  '\t甲园、乙园',
  '\t2',
  '',
  '\t2',
  '\t乙区',
  '\t低空经济',
  '\t丙园',
  '\t1',
  '\t合计',
  '\t3',
].join('\n');

describe('sectionText', () => {
  it('returns the item block, continuation lines included, and stops at the next item', () => {
    const text = sectionText(doc, '二(二)3');
    expect(text).toContain('续行：丁园');
    expect(text).not.toContain('下一项');
    expect(text).not.toContain('不相关的第三项');
  });

  it('reads full-width item numbers', () => {
    expect(sectionText(doc, '二(二)1')).toBe('1．第一项。');
  });

  it('returns null for sections the document does not have', () => {
    expect(sectionText(doc, '二(二)9')).toBeNull();
    expect(sectionText(doc, '二(三)1')).toBeNull();
    expect(sectionText(doc, '五1')).toBeNull();
    expect(sectionText(doc, '附件3')).toBeNull();
  });

  it('finds the annex itself, not the annex list', () => {
    expect(sectionText(doc, '附件2')).toMatch(/^附件2表题/);
  });

  it('bounds an untitled article by the previous known title (titles follow bodies)', () => {
    const paper = '第一篇正文。\n标题一\n第二篇正文，\n提到胡埭镇。\n标题 二\n';
    expect(sectionText(paper, '标题二', ['标题一', '标题二'])).toBe('第二篇正文，提到胡埭镇。');
    expect(sectionText(paper, '标题一', ['标题一', '标题二'])).toBe('第一篇正文。');
    expect(sectionText(paper, '标题三', ['标题一'])).toBeNull();
  });
});

describe('list and table parsers', () => {
  it('parses the future-park list of 二(二)3 in order, whitespace removed', () => {
    expect(parseWp2024FutureParks(doc)).toEqual(['甲园', '乙园', '丙园']);
  });

  it('parses Annex 2 rows and the printed total', () => {
    const annex = parseOpinionsAnnex2(doc);
    expect(annex.total).toBe(3);
    expect(annex.rows).toEqual([
      { number: '1', board: '甲市', focus: '量子科技、元宇宙', parks: ['甲园', '乙园'], count: 2 },
      { number: '2', board: '乙区', focus: '低空经济', parks: ['丙园'], count: 1 },
    ]);
  });

  it('refuses a table whose header it does not recognise', () => {
    expect(() => parseOpinionsAnnex2(doc.replace('\t板块', '\t地区'))).toThrow(/header/);
  });
});
