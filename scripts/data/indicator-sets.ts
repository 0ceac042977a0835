/**
 * Hand-read goals and facts (not tables, so there is nothing to parse): each value keeps the printed phrase,
 * which a test finds in the document text. Labels are our own wording. Jiangyin's table is parsed instead
 * (extract-jiangyin-indicators.ts).
 */
import type { DocumentId, Indicator } from '../../src/schema';

type Q = Indicator['values'][number]['qualifier'];
type V = [year: number, value: number | null, qualifier: Q, printed: string, section?: string];

interface Entry {
  id: string;
  label_zh: string;
  label_en: string;
  unit_zh: string;
  unit_en: string;
  section: string;
  values: V[];
}

const U = {
  pct: { unit_zh: '%', unit_en: '%' },
  yi: { unit_zh: '亿元', unit_en: '100 million yuan' },
  ge: { unit_zh: '个', unit_en: 'count' },
  jia: { unit_zh: '家', unit_en: 'count' },
  xiang: { unit_zh: '项', unit_en: 'items' },
} as const;

const wp2024: Entry[] = [
  { id: 'cluster_revenue_growth', label_zh: '“465”集群规上营收同比增速', label_en: '"465" clusters: revenue growth (above-size firms)', ...U.pct, section: '一', values: [[2024, 8, 'about', '8%左右']] },
  { id: 'new_2000yi_clusters', label_zh: '新增2000亿级集群（新能源）', label_en: 'New clusters at 200 bn yuan scale (new energy)', ...U.ge, section: '一', values: [[2024, 1, 'exact', '新增1个2000亿级产业集群（新能源）']] },
  { id: 'new_3000yi_clusters', label_zh: '新增3000亿级集群（物联网）', label_en: 'New clusters at 300 bn yuan scale (IoT)', ...U.ge, section: '一', values: [[2024, 1, 'exact', '1个3000亿级产业集群（物联网）']] },
  { id: 'excellence_chains_growth', label_zh: '10条卓越产业链规上营收增速', label_en: 'Ten chains of excellence: revenue growth', ...U.pct, section: '一', values: [[2024, 10, 'about', '同比增长10%左右']] },
  { id: 'digital_economy_share', label_zh: '数字经济核心产业增加值占GDP比重', label_en: 'Digital-economy core industries, share of GDP', ...U.pct, section: '一', values: [[2024, 12.2, 'about', '达到12.2%左右']] },
  { id: 'strategic_emerging_share', label_zh: '战略性新兴产业产值占规上工业比重', label_en: 'Strategic emerging industries, share of above-size industrial output', ...U.pct, section: '一', values: [[2024, 41.7, 'about', '达到41.7%左右']] },
  { id: 'city_parks_recognised', label_zh: '年度认定市级特色产业园区', label_en: 'City-level characteristic parks recognised in the year', ...U.ge, section: '一', values: [[2024, 15, 'exact', '培育认定无锡市特色产业园区15个']] },
  { id: 'city_parks_cumulative', label_zh: '市级特色产业园区累计数', label_en: 'City-level characteristic parks, cumulative', ...U.ge, section: '一', values: [[2024, 30, 'cumulative', '累计达30个']] },
  { id: 'rd_institutions_city', label_zh: '新增市级以上企业研发机构', label_en: 'New corporate R&D institutions, city level or higher', ...U.jia, section: '一', values: [[2024, 500, 'exact', '新增市级以上企业研发机构500家']] },
  { id: 'rd_institutions_provincial', label_zh: '新增省级以上企业研发机构', label_en: 'New corporate R&D institutions, provincial level or higher', ...U.ge, section: '一', values: [[2024, 50, 'exact', '省级以上企业研发机构50个']] },
  { id: 'innovation_consortia', label_zh: '组建创新联合体', label_en: 'Innovation consortia formed', ...U.ge, section: '一', values: [[2024, 10, 'exact', '创新联合体10个']] },
  { id: 'public_service_platforms', label_zh: '新增省级以上产业技术基础公共服务平台', label_en: 'New provincial-level public service platforms for industrial technology', ...U.jia, section: '一', values: [[2024, 15, 'at_least', '15 家以上']] },
  { id: 'chain_leader_firms', label_zh: '培育认定链主企业', label_en: 'Chain-leader firms recognised', ...U.jia, section: '一', values: [[2024, 80, 'exact', '培育认定产业链链主企业 80 家']] },
  { id: 'specialised_smes_provincial', label_zh: '新增省级以上专精特新企业', label_en: 'New "specialised and innovative" firms, provincial level or higher', ...U.jia, section: '一', values: [[2024, 400, 'exact', '新增省级以上专精特新企业 400 家']] },
  { id: 'new_above_size_firms', label_zh: '新增规上工业企业', label_en: 'New above-designated-size industrial firms', ...U.jia, section: '一', values: [[2024, 500, 'at_least', '新增规上工业企业 500 家以上']] },
  { id: 'projects_over_10yi', label_zh: '新备案超10亿元项目', label_en: 'Newly filed projects over 1 bn yuan', ...U.ge, section: '一', values: [[2024, 80, 'at_least', '新备案超 10 亿元项目 80 个以上']] },
  { id: 'projects_over_50yi', label_zh: '其中超50亿元项目', label_en: 'of which over 5 bn yuan', ...U.ge, section: '一', values: [[2024, 15, 'exact', '超 50 亿元 15 个']] },
  { id: 'projects_over_100yi', label_zh: '其中超100亿元项目', label_en: 'of which over 10 bn yuan', ...U.ge, section: '一', values: [[2024, 8, 'exact', '超 100 亿元 8 个']] },
  { id: 'new_starts_over_5yi', label_zh: '新开工5亿元以上重大产业及关键项目', label_en: 'New starts of major and key-chain projects ≥ 500 million yuan', ...U.ge, section: '一', values: [[2024, 70, 'at_least', '产业链关键项目 70 个以上']] },
  { id: 'annual_investment', label_zh: '上述项目年度完成投资', label_en: 'Investment completed in the year (those projects)', ...U.yi, section: '一', values: [[2024, 230, 'at_least', '完成年度投资 230 亿元以上']] },
];

const opinions: Entry[] = [
  { id: 'future_parks', label_zh: '未来产业特色园区', label_en: 'Future-industry characteristic parks', ...U.ge, section: '一(三)', values: [
    [2027, 15, 'at_least', '建成未来产业特色园区不少于15个'], [2030, 20, 'at_least', '建成未来产业特色园区不少于20个']] },
  { id: 'future_innovation_platforms', label_zh: '面向未来产业的创新平台', label_en: 'Innovation platforms for future industries', ...U.ge, section: '一(三)', values: [[2027, 8, 'exact', '工程研究中心等创新平台8个']] },
  { id: 'future_head_firms', label_zh: '未来产业头部企业', label_en: 'Leading future-industry firms', ...U.jia, section: '一(三)', values: [[2027, 10, 'exact', '培育未来产业头部企业10家']] },
  { id: 'future_little_giants', label_zh: '未来产业国家级专精特新“小巨人”企业', label_en: 'National "little giant" firms in future industries', ...U.jia, section: '一(三)', values: [[2027, 15, 'exact', '专精特新“小巨人”企业15家']] },
  { id: 'future_new_species_firms', label_zh: '科创“新物种”企业', label_en: '"New species" tech start-ups', ...U.jia, section: '一(三)', values: [[2027, 15, 'exact', '科创“新物种”企业15家']] },
  { id: 'future_talent_teams', label_zh: '未来产业领军人才团队', label_en: 'Leading talent teams in future industries', ...U.ge, section: '一(三)', values: [[2027, 15, 'at_least', '领军人才团队15个以上']] },
  { id: 'future_industry_scale', label_zh: '未来产业规模', label_en: 'Size of future industries', ...U.yi, section: '一(三)', values: [
    [2027, 2000, 'reach', '未来产业规模达到2000亿元'], [2030, 4000, 'reach', '未来产业规模达到4000亿元'], [2035, 10000, 'over', '未来产业规模超万亿']] },
  { id: 'future_application_scenarios', label_zh: '融合应用场景', label_en: 'Integrated application scenarios', ...U.ge, section: '一(三)', values: [[2030, 50, 'about', '打造50个左右融合应用场景']] },
  { id: 'provincial_pilot_zones', label_zh: '省级未来产业先导区', label_en: 'Provincial future-industry pilot zones', ...U.ge, section: '一(三)', values: [[2030, 5, 'at_least', '不少于5个省级未来产业先导区']] },
  { id: 'global_chain_leaders', label_zh: '具有全球影响力的未来产业链主企业', label_en: 'Future-industry chain leaders of global standing', ...U.jia, section: '一(三)', values: [[2035, 10, 'at_least', '培育10家以上具有全球影响力的未来产业“链主”企业']] },
];

const plan2026: Entry[] = [
  { id: 'industrial_output', label_zh: '规上工业总产值', label_en: 'Gross output of above-size industry', ...U.yi, section: '一', values: [[2028, 30000, 'reach', '规上工业总产值达3万亿元']] },
  { id: 'capacity_projects_per_year', label_zh: '每年千万元以上增资扩产项目', label_en: 'Capacity-expansion projects over 10 m yuan, per year', ...U.ge, section: '一', values: [[2028, 600, 'exact', '“增资扩产”项目600个']] },
  { id: 'capacity_investment_per_year', label_zh: '每年增资扩产新增投资', label_en: 'New investment from capacity expansion, per year', ...U.yi, section: '一', values: [[2028, 700, 'exact', '新增投资700亿元']] },
  { id: 'industrial_investment_share', label_zh: '工业投资占固定资产投资比重', label_en: 'Industrial share of fixed-asset investment', ...U.pct, section: '一', values: [[2028, 41, 'about', '保持在41%左右']] },
  { id: 'tech_renovation_share', label_zh: '技术改造投资占工业投资比重', label_en: 'Technical-renovation share of industrial investment', ...U.pct, section: '一', values: [[2028, 50, 'reach', '提升到50%']] },
  { id: 'sme_characteristic_clusters', label_zh: '省级及以上中小企业特色产业集群', label_en: 'Provincial-level or higher SME characteristic clusters', ...U.ge, section: '一', values: [[2028, 20, 'reach', '建成20个省级及以上中小企业特色产业集群']] },
  { id: 'characteristic_industries_100bn', label_zh: '千亿级特色优势产业', label_en: 'Characteristic industries at 100 bn yuan scale', ...U.ge, section: '一', values: [[2028, 3, 'exact', '重点培育3个千亿级']] },
  { id: 'characteristic_industries_50bn', label_zh: '500亿级特色优势产业', label_en: 'Characteristic industries at 50 bn yuan scale', ...U.ge, section: '一', values: [[2028, 5, 'exact', '5个500亿级']] },
  { id: 'characteristic_industries_10bn', label_zh: '百亿级特色优势产业', label_en: 'Characteristic industries at 10 bn yuan scale', ...U.ge, section: '一', values: [[2028, 5, 'exact', '5个百亿级特色优势产业']] },
  { id: 'tech_projects_per_year', label_zh: '每年技术攻关项目', label_en: 'Technology projects per year', ...U.xiang, section: '一', values: [[2028, 100, 'at_least', '技术攻关项目100项以上']] },
  { id: 'bottleneck_breakthroughs_per_year', label_zh: '每年突破“卡脖子”技术', label_en: 'Bottleneck technologies overcome per year', ...U.xiang, section: '一', values: [[2028, 30, 'at_least', '突破“卡脖子”技术30项以上']] },
  { id: 'tech_firms_per_year', label_zh: '每年引育“四有”科技型企业', label_en: '"Four-haves" tech firms attracted per year', ...U.jia, section: '一', values: [[2028, 2000, 'at_least', '引育“四有”科技型企业2000家以上']] },
  { id: 'high_tech_output_share', label_zh: '高新技术产业产值占规上工业产值比重', label_en: 'High-tech share of above-size industrial output', ...U.pct, section: '一', values: [[2028, 56, 'reach', '提升至56%']] },
  { id: 'future_head_firms', label_zh: '未来产业头部企业', label_en: 'Leading future-industry firms', ...U.jia, section: '一', values: [[2028, 10, 'exact', '培育未来产业头部企业10家']] },
  { id: 'future_industry_scale', label_zh: '未来产业规模', label_en: 'Size of future industries', ...U.yi, section: '一', values: [[2028, 2000, 'reach', '未来产业规模达2000亿元']] },
  { id: 'key_parks', label_zh: '特色优势产业重点园区', label_en: 'Key parks for characteristic industries', ...U.jia, section: '二(二)6', values: [[2028, 60, 'about', '培育特色优势产业重点园区60家左右']] },
  { id: 'capacity_projects_cumulative', label_zh: '累计增资扩产项目', label_en: 'Capacity-expansion projects, cumulative', ...U.ge, section: '二(一)3', values: [[2028, 2000, 'at_least', '“增资扩产”项目不少于2000个']] },
  { id: 'capacity_investment_cumulative', label_zh: '累计增资扩产总投资', label_en: 'Capacity-expansion investment, cumulative', ...U.yi, section: '二(一)3', values: [[2028, 2200, 'at_least', '总投资不低于2200亿元']] },
  { id: 'major_projects_10yi', label_zh: '新招引10亿元以上重大产业项目', label_en: 'New major projects over 1 bn yuan fixed-asset investment', ...U.ge, section: '二(二)7', values: [[2028, 300, 'exact', '重大产业项目300个']] },
  { id: 'smart_factories', label_zh: '累计培育智能工厂', label_en: 'Smart factories, cumulative', ...U.jia, section: '二(一)1', values: [[2028, 6000, 'cumulative', '累计培育智能工厂6000家']] },
];

const fyp15: Entry[] = [
  { id: 'high_tech_output_share', label_zh: '高新技术产业产值占规上工业总产值比重', label_en: 'High-tech share of above-size industrial output', ...U.pct, section: '建设具有国际影响力的无锡产业科技创新高地', values: [[2024, 53.1, 'fact', '53.1%']] },
  { id: 'tech_contract_turnover', label_zh: '技术合同成交额（首次突破）', label_en: 'Technology-contract turnover (first time past)', ...U.yi, section: '建设具有国际影响力的无锡产业科技创新高地', values: [[2024, 600, 'fact', '首次突破600亿元']] },
  { id: 'national_clusters', label_zh: '国家级先进制造业集群', label_en: 'National advanced-manufacturing clusters', ...U.ge, section: '建设具有国际影响力的无锡产业科技创新高地', values: [[2024, 5, 'fact', '目前已达5个']] },
];

function build(document: DocumentId, set: Indicator['set'], entries: Entry[]): Indicator[] {
  return entries.map((e) => ({
    id: `${document}.${e.id}`,
    document,
    set,
    scope: 'city',
    label_zh: e.label_zh,
    label_en: e.label_en,
    unit_zh: e.unit_zh,
    unit_en: e.unit_en,
    owner_zh: null,
    values: e.values.map(([year, value, qualifier, printed, section]) => ({
      year, value, qualifier, printed, source: { document, section: section ?? e.section },
    })),
  }));
}

export function handReadIndicators(): Indicator[] {
  return [
    ...build('wp2024', 'wp2024_city_goals', wp2024),
    ...build('opinions', 'opinions_goals', opinions),
    ...build('plan2026', 'plan2026_targets', plan2026),
    ...build('fyp15', 'fyp15_facts', fyp15),
  ];
}
