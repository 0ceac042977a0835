/**
 * Hand-read goals and facts (not tables, so there is nothing to parse): each value keeps the printed phrase,
 * which a test finds in the document text. Labels are our own wording. Jiangyin's table is parsed instead
 * (extract-jiangyin-indicators.ts).
 */
import type { DocumentId, Indicator } from '../../src/schema';

type Q = Indicator['values'][number]['qualifier'];
type PerYear = NonNullable<Indicator['values'][number]['per_year']>;
type V = [year: number, value: number | null, qualifier: Q, printed: string, section?: string, perYear?: PerYear];

/** "每年…" in a plan for 2026–2028: the figure holds for each of the three years. */
const EACH_YEAR_2026: PerYear = { from: 2026, basis: 'each_year' };
/** "每年…" where the document names no first year. */
const EACH_YEAR: PerYear = { from: null, basis: 'each_year' };

interface Entry {
  id: string;
  series?: string;
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
  tao: { unit_zh: '套', unit_en: 'sets' },
  ren: { unit_zh: '人', unit_en: 'people' },
  chang: { unit_zh: '场', unit_en: 'events' },
  jiaci: { unit_zh: '家（次）', unit_en: 'awards' },
} as const;

const wp2024: Entry[] = [
  { id: 'cluster_revenue_growth', label_zh: '“465”集群规上营收同比增速', label_en: '"465" clusters: revenue growth (above-size firms)', ...U.pct, section: '一', values: [[2024, 8, 'about', '8%左右']] },
  { id: 'new_2000yi_clusters', label_zh: '新增2000亿级集群（新能源）', label_en: 'New clusters at 200 bn yuan scale (new energy)', ...U.ge, section: '一', values: [[2024, 1, 'exact', '新增1个2000亿级产业集群（新能源）']] },
  { id: 'new_3000yi_clusters', label_zh: '新增3000亿级集群（物联网）', label_en: 'New clusters at 300 bn yuan scale (IoT)', ...U.ge, section: '一', values: [[2024, 1, 'exact', '1个3000亿级产业集群（物联网）']] },
  { id: 'excellence_chains_growth', label_zh: '10条卓越产业链规上营收增速', label_en: 'Ten chains of excellence: revenue growth', ...U.pct, section: '一', values: [[2024, 10, 'about', '同比增长10%左右']] },
  { id: 'digital_economy_share', label_zh: '数字经济核心产业增加值占GDP比重', label_en: 'Digital-economy core industries, share of GDP', ...U.pct, section: '一', values: [[2024, 12.2, 'about', '达到12.2%左右']] },
  { id: 'strategic_emerging_share', label_zh: '战略性新兴产业产值占规上工业比重', label_en: 'Strategic emerging industries, share of above-size industrial output', ...U.pct, section: '一', values: [[2024, 41.7, 'about', '达到41.7%左右']] },
  { id: 'city_parks_recognised', label_zh: '年度认定市级特色产业园区', label_en: 'City-level characteristic parks recognised in the year', ...U.ge, section: '一', values: [
    [2024, 15, 'exact', '培育认定无锡市特色产业园区15个'], [2024, 15, 'about', '全年认定特色产业园区 15 个左右', '二(二)4']] },
  { id: 'city_parks_cumulative', label_zh: '市级特色产业园区累计数', label_en: 'City-level characteristic parks, cumulative', ...U.ge, section: '一', values: [[2024, 30, 'cumulative', '累计达30个']] },
  { id: 'rd_institutions_city', label_zh: '新增市级以上企业研发机构', label_en: 'New corporate R&D institutions, city level or higher', ...U.jia, section: '一', values: [[2024, 500, 'exact', '新增市级以上企业研发机构500家']] },
  { id: 'rd_institutions_provincial', label_zh: '新增省级以上企业研发机构', label_en: 'New corporate R&D institutions, provincial level or higher', ...U.ge, section: '一', values: [[2024, 50, 'exact', '省级以上企业研发机构50个']] },
  { id: 'innovation_consortia', label_zh: '组建创新联合体', label_en: 'Innovation consortia formed', ...U.ge, section: '一', values: [[2024, 10, 'exact', '创新联合体10个']] },
  { id: 'public_service_platforms', label_zh: '新增省级以上产业技术基础公共服务平台', label_en: 'New provincial-level public service platforms for industrial technology', ...U.jia, section: '一', values: [[2024, 15, 'at_least', '15 家以上']] },
  { id: 'chain_leader_firms', label_zh: '培育认定链主企业', label_en: 'Chain-leader firms recognised', ...U.jia, section: '一', values: [
    [2024, 80, 'exact', '培育认定产业链链主企业 80 家'], [2024, 80, 'at_least', '培育认定重点产业链龙头（链主）企业80家以上', '二(四)8']] },
  { id: 'specialised_smes_provincial', label_zh: '新增省级以上专精特新企业', label_en: 'New "specialised and innovative" firms, provincial level or higher', ...U.jia, section: '一', values: [[2024, 400, 'exact', '新增省级以上专精特新企业 400 家']] },
  { id: 'new_above_size_firms', label_zh: '新增规上工业企业', label_en: 'New above-designated-size industrial firms', ...U.jia, section: '一', values: [[2024, 500, 'at_least', '新增规上工业企业 500 家以上']] },
  { id: 'projects_over_10yi', label_zh: '新备案超10亿元项目', label_en: 'Newly filed projects over 1 bn yuan', ...U.ge, section: '一', values: [[2024, 80, 'at_least', '新备案超 10 亿元项目 80 个以上']] },
  { id: 'projects_over_50yi', label_zh: '其中超50亿元项目', label_en: 'of which over 5 bn yuan', ...U.ge, section: '一', values: [[2024, 15, 'exact', '超 50 亿元 15 个']] },
  { id: 'projects_over_100yi', label_zh: '其中超100亿元项目', label_en: 'of which over 10 bn yuan', ...U.ge, section: '一', values: [[2024, 8, 'exact', '超 100 亿元 8 个']] },
  { id: 'new_starts_over_5yi', label_zh: '新开工5亿元以上重大产业及关键项目', label_en: 'New starts of major and key-chain projects ≥ 500 million yuan', ...U.ge, section: '一', values: [[2024, 70, 'at_least', '产业链关键项目 70 个以上']] },
  { id: 'annual_investment', label_zh: '上述项目年度完成投资', label_en: 'Investment completed in the year (those projects)', ...U.yi, section: '一', values: [[2024, 230, 'at_least', '完成年度投资 230 亿元以上']] },
];

/** Figures the 2024 work points set in the body of section 二 (Annex 4 repeats them as task text). */
const wp2024Tasks: Entry[] = [
  { id: 'future_parks_planned', label_zh: '未来产业及新赛道规划布局特色园区', label_en: 'Characteristic parks planned for future industries and new tracks', ...U.ge, section: '二(二)3', values: [[2024, 20, 'at_least', '规划布局特色园区不少于 20 个']] },
  { id: 'single_champions_national', label_zh: '培育国家级制造业单项冠军企业', label_en: 'National manufacturing single-champion firms', ...U.jia, section: '二(四)8', values: [[2024, 5, 'exact', '培育国家级制造业单项冠军企业5家']] },
  { id: 'firms_over_10bn', label_zh: '超百亿元工业企业', label_en: 'Industrial firms with revenue over 10 bn yuan', ...U.jia, section: '二(四)8', values: [[2024, 30, 'at_least', '超百亿元工业企业达30家以上']] },
  { id: 'specialised_smes_national_465', label_zh: '新增“465”集群领域国家级专精特新企业', label_en: 'New national "specialised and innovative" firms in "465" fields', ...U.jia, section: '二(四)9', values: [[2024, 80, 'exact', '国家级、省级专精特新企业80家、400家以上']] },
  { id: 'innovative_smes', label_zh: '认定创新型中小企业', label_en: 'Innovative SMEs recognised', ...U.jia, section: '二(四)9', values: [[2024, 2000, 'exact', '认定创新型中小企业2000家']] },
  { id: 'eaglet_firms', label_zh: '新增“雏鹰”入库企业', label_en: 'New "eaglet" firms registered', ...U.jia, section: '二(五)11', values: [[2024, 800, 'exact', '新增入库企业分别达到800家、400家和40家']] },
  { id: 'gazelle_firms', label_zh: '新增“瞪羚”入库企业', label_en: 'New "gazelle" firms registered', ...U.jia, section: '二(五)11', values: [[2024, 400, 'exact', '新增入库企业分别达到800家、400家和40家']] },
  { id: 'pre_unicorn_firms', label_zh: '新增“准独角兽”入库企业', label_en: 'New "pre-unicorn" firms registered', ...U.jia, section: '二(五)11', values: [[2024, 40, 'exact', '新增入库企业分别达到800家、400家和40家']] },
  { id: 'enterprise_key_labs', label_zh: '企业主导牵头的市级重点实验室', label_en: 'City key laboratories led by firms', ...U.jia, section: '二(五)12', values: [[2024, 10, 'at_least', '布局建设企业主导牵头的市级重点实验室10家以上']] },
  { id: 'rd_and_transfer_projects', label_zh: '产业前瞻及关键技术研发、重大科技成果转化项目', label_en: 'Forward-looking R&D and major technology-transfer projects', ...U.xiang, section: '二(五)14', values: [[2024, 100, 'at_least', '重大科技成果转化项目100项以上']] },
  { id: 'cluster_promotion_bodies', label_zh: '认定市级集群促进组织', label_en: 'City-level cluster promotion organisations recognised', ...U.jia, section: '二(六)16', values: [[2024, 5, 'about', '全年认定 5 家左右市级集群促进组织']] },
  { id: 'fund_projects', label_zh: '新增投资和招引落地项目（锡创投等）', label_en: 'New investments and projects landed (Wuxi venture capital and others)', ...U.ge, section: '二(七)17', values: [[2024, 100, 'at_least', '全年新增投资和招引落地项目 100 个以上']] },
  { id: 'chain_matchmaking_events', label_zh: '举办产业链对接活动', label_en: 'Supply-chain matchmaking events held', ...U.chang, section: '二(八)19', values: [[2024, 100, 'at_least', '举办产业链对接活动100场以上']] },
  { id: 'new_tech_products', label_zh: '新增省级新技术新产品', label_en: 'New provincial new-technology products', ...U.ge, section: '二(九)21', values: [[2024, 100, 'exact', '新增省级新技术新产品 100 个']] },
  { id: 'first_sets', label_zh: '市级以上首台（套）项目', label_en: 'First-of-a-kind equipment projects, city level or higher', ...U.ge, section: '二(九)21', values: [[2024, 25, 'exact', '市级以上首台（套）项目 25 个']] },
];

const opinions: Entry[] = [
  { id: 'future_parks', label_zh: '未来产业特色园区', label_en: 'Future-industry characteristic parks', ...U.ge, section: '一(三)', values: [
    [2027, 15, 'at_least', '建成未来产业特色园区不少于15个'], [2030, 20, 'at_least', '建成未来产业特色园区不少于20个']] },
  { id: 'future_innovation_platforms', label_zh: '面向未来产业的创新平台', label_en: 'Innovation platforms for future industries', ...U.ge, section: '一(三)', values: [
    [2027, 8, 'exact', '工程研究中心等创新平台8个'], [2030, 15, 'at_least', '培育不少于15个面向未来产业的技术（产业、制造业）创新中心、工程研究中心', '三(一)1']] },
  { id: 'future_head_firms', label_zh: '未来产业头部企业', label_en: 'Leading future-industry firms', ...U.jia, section: '一(三)', values: [[2027, 10, 'exact', '培育未来产业头部企业10家']] },
  { id: 'future_little_giants', label_zh: '未来产业国家级专精特新“小巨人”企业', label_en: 'National "little giant" firms in future industries', ...U.jia, section: '一(三)', values: [[2027, 15, 'exact', '专精特新“小巨人”企业15家']] },
  { id: 'future_new_species_firms', label_zh: '科创“新物种”企业', label_en: '"New species" tech start-ups', ...U.jia, section: '一(三)', values: [[2027, 15, 'exact', '科创“新物种”企业15家']] },
  { id: 'future_talent_teams', label_zh: '未来产业领军人才团队', label_en: 'Leading talent teams in future industries', ...U.ge, section: '一(三)', values: [
    [2027, 15, 'at_least', '领军人才团队15个以上'], [2030, 40, 'at_least', '引进不少于40个以上未来产业领军团队', '三(四)2']] },
  { id: 'future_industry_scale', label_zh: '未来产业规模', label_en: 'Size of future industries', ...U.yi, section: '一(三)', values: [
    [2027, 2000, 'reach', '未来产业规模达到2000亿元'], [2030, 4000, 'reach', '未来产业规模达到4000亿元'], [2035, 10000, 'over', '未来产业规模超万亿']] },
  { id: 'future_application_scenarios', label_zh: '融合应用场景', label_en: 'Integrated application scenarios', ...U.ge, section: '一(三)', values: [
    [2030, 50, 'about', '打造50个左右融合应用场景'], [2030, 50, 'at_least', '建成50个以上融合应用场景', '三(二)2']] },
  { id: 'provincial_pilot_zones', label_zh: '省级未来产业先导区', label_en: 'Provincial future-industry pilot zones', ...U.ge, section: '一(三)', values: [[2030, 5, 'at_least', '不少于5个省级未来产业先导区']] },
  { id: 'global_chain_leaders', label_zh: '具有全球影响力的未来产业链主企业', label_en: 'Future-industry chain leaders of global standing', ...U.jia, section: '一(三)', values: [[2035, 10, 'at_least', '培育10家以上具有全球影响力的未来产业“链主”企业']] },
  { id: 'proof_of_concept_centres', label_zh: '未来产业概念验证中心、中试验证平台', label_en: 'Proof-of-concept centres and pilot-testing platforms for future industries', ...U.jia, section: '三(一)1', values: [[2025, 5, 'at_least', '建设不少于5家未来产业概念验证中心']] },
  { id: 'key_technology_breakthroughs', label_zh: '未来产业关键技术突破', label_en: 'Key technology breakthroughs for future industries', ...U.xiang, section: '三(一)2', values: [[2030, 20, 'at_least', '完成不少于20项关键技术突破']] },
  { id: 'commercial_scenarios', label_zh: '成熟的商业运营场景', label_en: 'Mature commercially operated scenarios', ...U.ge, section: '三(二)3', values: [[2030, 20, 'at_least', '落地不少于20个成熟的商业运营场景']] },
  { id: 'future_chain_leaders', label_zh: '未来产业“链主”企业', label_en: 'Future-industry chain-leader firms', ...U.jia, section: '三(三)2', values: [[2030, 5, 'at_least', '打造不少于5家未来产业“链主”企业']] },
  { id: 'future_core_firms', label_zh: '细分领域单项冠军、“专精特新”等核心企业', label_en: 'Core firms: niche single champions, "specialised and innovative" firms', ...U.jia, section: '三(三)2', values: [[2030, 30, 'exact', '培育30家细分领域单项冠军、“专精特新”等核心企业']] },
  { id: 'future_talents_per_year', label_zh: '平均每年培育未来产业人才', label_en: 'Future-industry talents trained, yearly average', ...U.ren, section: '三(四)3', values: [[2030, 1000, 'at_least', '到2030年平均每年培育未来产业人才1000人以上', undefined, { from: null, basis: 'average' }]] },
  { id: 'future_public_service_platforms', label_zh: '面向未来产业的公共服务平台', label_en: 'Public service platforms for future industries', ...U.ge, section: '三(六)1', values: [[2030, 30, 'at_least', '到2030年建设不少于30个面向未来产业的技术研发']] },
];

const plan2026: Entry[] = [
  { id: 'industrial_output', label_zh: '规上工业总产值', label_en: 'Gross output of above-size industry', ...U.yi, section: '一', values: [[2028, 30000, 'reach', '规上工业总产值达3万亿元']] },
  { id: 'capacity_projects_per_year', label_zh: '每年千万元以上增资扩产项目', label_en: 'Capacity-expansion projects over 10 m yuan, per year', ...U.ge, section: '一', values: [[2028, 600, 'exact', '“增资扩产”项目600个', undefined, EACH_YEAR_2026]] },
  { id: 'capacity_investment_per_year', label_zh: '每年增资扩产新增投资', label_en: 'New investment from capacity expansion, per year', ...U.yi, section: '一', values: [[2028, 700, 'exact', '新增投资700亿元', undefined, EACH_YEAR_2026]] },
  { id: 'industrial_investment_share', label_zh: '工业投资占固定资产投资比重', label_en: 'Industrial share of fixed-asset investment', ...U.pct, section: '一', values: [[2028, 41, 'about', '保持在41%左右']] },
  { id: 'tech_renovation_share', label_zh: '技术改造投资占工业投资比重', label_en: 'Technical-renovation share of industrial investment', ...U.pct, section: '一', values: [[2028, 50, 'reach', '提升到50%']] },
  { id: 'sme_characteristic_clusters', label_zh: '省级及以上中小企业特色产业集群', label_en: 'Provincial-level or higher SME characteristic clusters', ...U.ge, section: '一', values: [[2028, 20, 'reach', '建成20个省级及以上中小企业特色产业集群']] },
  { id: 'characteristic_industries_100bn', label_zh: '千亿级特色优势产业', label_en: 'Characteristic industries at 100 bn yuan scale', ...U.ge, section: '一', values: [[2028, 3, 'exact', '重点培育3个千亿级']] },
  { id: 'characteristic_industries_50bn', label_zh: '500亿级特色优势产业', label_en: 'Characteristic industries at 50 bn yuan scale', ...U.ge, section: '一', values: [[2028, 5, 'exact', '5个500亿级']] },
  { id: 'characteristic_industries_10bn', label_zh: '百亿级特色优势产业', label_en: 'Characteristic industries at 10 bn yuan scale', ...U.ge, section: '一', values: [[2028, 5, 'exact', '5个百亿级特色优势产业']] },
  { id: 'tech_projects_per_year', label_zh: '每年技术攻关项目', label_en: 'Technology projects per year', ...U.xiang, section: '一', values: [[2028, 100, 'at_least', '技术攻关项目100项以上', undefined, EACH_YEAR_2026]] },
  { id: 'bottleneck_breakthroughs_per_year', label_zh: '每年突破“卡脖子”技术', label_en: 'Bottleneck technologies overcome per year', ...U.xiang, section: '一', values: [[2028, 30, 'at_least', '突破“卡脖子”技术30项以上', undefined, EACH_YEAR_2026]] },
  { id: 'tech_firms_per_year', label_zh: '每年引育“四有”科技型企业', label_en: '"Four-haves" tech firms attracted per year', ...U.jia, section: '一', values: [[2028, 2000, 'at_least', '引育“四有”科技型企业2000家以上', undefined, EACH_YEAR_2026]] },
  { id: 'high_tech_output_share', label_zh: '高新技术产业产值占规上工业产值比重', label_en: 'High-tech share of above-size industrial output', ...U.pct, section: '一', values: [[2028, 56, 'reach', '提升至56%']] },
  { id: 'future_head_firms', label_zh: '未来产业头部企业', label_en: 'Leading future-industry firms', ...U.jia, section: '一', values: [[2028, 10, 'exact', '培育未来产业头部企业10家']] },
  { id: 'future_little_giants', label_zh: '专精特新“小巨人”企业（未来产业）', label_en: '"Little giant" firms (future industries)', ...U.jia, section: '一', values: [[2028, 15, 'exact', '专精特新“小巨人”企业15家']] },
  { id: 'future_new_species_firms', label_zh: '科创“新物种”企业', label_en: '"New species" tech start-ups', ...U.jia, section: '一', values: [[2028, 15, 'exact', '科创“新物种”企业15家']] },
  { id: 'sme_clusters_per_year', label_zh: '每年争创省级及以上中小企业特色产业集群', label_en: 'Provincial-level or higher SME characteristic clusters sought per year', ...U.ge, section: '一', values: [[2028, 2, 'exact', '每年争创2个省级及以上中小企业特色产业集群', undefined, EACH_YEAR_2026]] },
  { id: 'city_key_labs_per_year', label_zh: '每年新建市级重点实验室', label_en: 'New city key laboratories per year', ...U.jia, section: '一', values: [[2028, 20, 'at_least', '新建市级重点实验室20家以上', undefined, EACH_YEAR_2026]] },
  { id: 'shortboard_project_share', label_zh: '承担省关键核心技术“补短板”攻关项目比例', label_en: 'Share of provincial "fill the gaps" core-technology projects undertaken', ...U.pct, section: '一', values: [[2028, 10, 'at_least', '承担省关键核心技术“补短板”攻关项目比例不低于10%']] },
  { id: 'equipment_renewal_per_year', label_zh: '每年更新产业设备', label_en: 'Industrial equipment renewed per year', ...U.tao, section: '二(一)1', values: [[2028, 15000, 'at_least', '每年更新产业设备不少于1.5万套', undefined, EACH_YEAR_2026]] },
  { id: 'green_factories', label_zh: '累计培育绿色工厂', label_en: 'Green factories, cumulative', ...U.jia, section: '二(一)1', values: [[2028, 600, 'cumulative', '绿色工厂600家']] },
  { id: 'single_champions_national_cumulative', label_zh: '累计培育国家级制造业单项冠军', label_en: 'National manufacturing single champions, cumulative', ...U.jia, section: '二(二)7', values: [[2028, 40, 'cumulative', '累计培育国家级制造业单项冠军40家']] },
  { id: 'specialised_smes_national', label_zh: '累计培育国家级专精特新企业', label_en: 'National "specialised and innovative" firms, cumulative', ...U.jia, section: '二(二)7', values: [[2028, 720, 'cumulative', '国家级、省级专精特新企业720家、4000家以上']] },
  { id: 'specialised_smes_provincial_total', label_zh: '累计培育省级专精特新企业', label_en: 'Provincial "specialised and innovative" firms, cumulative', ...U.jia, section: '二(二)7', values: [[2028, 4000, 'at_least', '国家级、省级专精特新企业720家、4000家以上']] },
  { id: 'jiangsu_premium_brands', label_zh: '特色优势产业领域“江苏精品”', label_en: '"Jiangsu Premium" brands in characteristic industries', ...U.ge, section: '二(二)8', values: [[2028, 30, 'at_least', '培育“江苏精品”30个以上']] },
  { id: 'quality_centres', label_zh: '国家和省质检（计量）中心', label_en: 'National and provincial quality-inspection (metrology) centres', ...U.ge, section: '二(二)8', values: [[2028, 3, 'exact', '建成3个国家和省质检（计量）中心']] },
  { id: 'major_results_commercialised', label_zh: '重大成果产业化项目落地', label_en: 'Major research results commercialised as projects', ...U.ge, section: '二(三)11', values: [[2028, 30, 'at_least', '重大成果产业化项目落地不少于30个']] },
  { id: 'talent_firms', label_zh: '新增招引人才企业', label_en: 'New talent-founded firms attracted', ...U.jia, section: '二(三)12', values: [[2028, 1000, 'exact', '新增招引人才企业1000家']] },
  { id: 'scenario_opportunities', label_zh: '市级发布场景机会', label_en: 'Scenario opportunities published by the city', ...U.ge, section: '二(四)15', values: [[2028, 150, 'at_least', '市级发布场景机会、场景能力分别不少于150个、300个']] },
  { id: 'scenario_capabilities', label_zh: '市级发布场景能力', label_en: 'Scenario capabilities published by the city', ...U.ge, section: '二(四)15', values: [[2028, 300, 'at_least', '市级发布场景机会、场景能力分别不少于150个、300个']] },
  { id: 'ai_industrial_scenarios', label_zh: '人工智能赋能新型工业化典型场景', label_en: 'Typical scenarios of AI in new industrialisation', ...U.ge, section: '二(四)15', values: [[2028, 300, 'exact', '打造人工智能赋能新型工业化典型场景300个']] },
  { id: 'future_industry_scale', label_zh: '未来产业规模', label_en: 'Size of future industries', ...U.yi, section: '一', values: [[2028, 2000, 'reach', '未来产业规模达2000亿元']] },
  { id: 'key_parks', label_zh: '特色优势产业重点园区', label_en: 'Key parks for characteristic industries', ...U.jia, section: '二(二)6', values: [[2028, 60, 'about', '培育特色优势产业重点园区60家左右']] },
  { id: 'capacity_projects_cumulative', label_zh: '累计增资扩产项目', label_en: 'Capacity-expansion projects, cumulative', ...U.ge, section: '二(一)3', values: [[2028, 2000, 'at_least', '“增资扩产”项目不少于2000个']] },
  { id: 'capacity_investment_cumulative', label_zh: '累计增资扩产总投资', label_en: 'Capacity-expansion investment, cumulative', ...U.yi, section: '二(一)3', values: [[2028, 2200, 'at_least', '总投资不低于2200亿元']] },
  { id: 'major_projects_10yi', label_zh: '新招引10亿元以上重大产业项目', label_en: 'New major projects over 1 bn yuan fixed-asset investment', ...U.ge, section: '二(二)7', values: [[2028, 300, 'exact', '重大产业项目300个']] },
  { id: 'smart_factories', label_zh: '累计培育智能工厂', label_en: 'Smart factories, cumulative', ...U.jia, section: '二(一)1', values: [[2028, 6000, 'cumulative', '累计培育智能工厂6000家']] },
];

/** Jiangyin's body text: goals the indicator table (parsed separately) does not carry. */
const jiangyinBody: Entry[] = [
  { id: 'manufacturing_share_of_gdp', label_zh: '制造业增加值占地区生产总值比重', label_en: 'Manufacturing value added, share of GDP', ...U.pct, section: '一', values: [[2030, 45, 'about', '制造业增加值占地区生产总值比重达45%左右']] },
  { id: 'world_class_clusters', label_zh: '达到国际先进水平的先进制造业集群', label_en: 'Advanced-manufacturing clusters at international level', ...U.ge, section: '二', values: [[2030, 1, 'exact', '形成1个达到国际先进水平的先进制造业集群']] },
  { id: 'quality_firms_share', label_zh: '优质企业数量占规上工业企业比重', label_en: 'Quality firms, share of above-size industrial firms', ...U.pct, section: '一4', values: [[2025, 20, 'over', '优质企业数量占规上工业企业比重超过20%']] },
  { id: 'provincial_flagship_firms', label_zh: '省级领航企业', label_en: 'Provincial flagship firms', ...U.jia, section: '一4', values: [[2025, 5, 'about', '培育省级领航企业5家左右']] },
  { id: 'high_tech_firms', label_zh: '有效期内高新技术企业', label_en: 'High-tech enterprises (certification valid)', ...U.jia, section: '一4', values: [[2025, 2000, 'reach', '有效期内高新技术企业数量达2000家']] },
  { id: 'eaglet_firms', label_zh: '“雏鹰”入库企业', label_en: '"Eaglet" firms registered', ...U.jia, section: '一4', values: [[2025, 1100, 'reach', '入库企业分别达1100家、850家、60家']] },
  { id: 'gazelle_firms', label_zh: '“瞪羚”入库企业', label_en: '"Gazelle" firms registered', ...U.jia, section: '一4', values: [[2025, 850, 'reach', '入库企业分别达1100家、850家、60家']] },
  { id: 'pre_unicorn_firms', label_zh: '“准独角兽”入库企业', label_en: '"Pre-unicorn" firms registered', ...U.jia, section: '一4', values: [[2025, 60, 'reach', '入库企业分别达1100家、850家、60家']] },
  { id: 'key_tech_projects_per_year', label_zh: '每年支持前瞻及关键技术攻关项目', label_en: 'Forward-looking and key technology projects supported per year', ...U.xiang, section: '三', values: [[2025, 15, 'about', '每年支持产业前瞻及关键技术研发、产业化关键技术攻关项目15项左右', undefined, EACH_YEAR]] },
  { id: 'enterprise_tech_centres', label_zh: '新增省级以上企业技术中心', label_en: 'New enterprise technology centres, provincial level or higher', ...U.jia, section: '三2', values: [[2025, 30, 'exact', '新增省级以上企业技术中心30家']] },
  { id: 'engineering_research_centres', label_zh: '新增工程技术研究中心', label_en: 'New engineering technology research centres', ...U.jia, section: '三2', values: [[2025, 50, 'exact', '工程技术研究中心50家']] },
  { id: 'digital_core_scale', series: 'digital_core_scale', label_zh: '数字经济核心产业规模（正文）', label_en: 'Digital-economy core industries, size (body text)', ...U.yi, section: '四', values: [[2025, 800, 'over', '数字经济核心产业规模超800亿']] },
  { id: 'fiveg_factories', label_zh: '累计建成省级及以上5G全连接工厂', label_en: 'Provincial-level or higher 5G fully connected factories, cumulative', ...U.jia, section: '四3', values: [[2025, 4, 'cumulative', '累计建成省级及以上5G全连接工厂4家']] },
  { id: 'renovation_projects_per_year', label_zh: '每年实施重点技术改造项目', label_en: 'Key technical-renovation projects per year', ...U.ge, section: '五1', values: [[2025, 100, 'exact', '每年实施重点技术改造项目100个', undefined, EACH_YEAR]] },
  { id: 'two_industries_pilots', label_zh: '市级“两业”深度融合试点', label_en: 'City pilots integrating manufacturing and services', ...U.jia, section: '五3', values: [[2025, 10, 'exact', '建成市级“两业”深度融合试点10家']] },
  { id: 'service_manufacturing_per_year', label_zh: '每年新增省级以上服务型制造示范企业（平台）和工业设计中心', label_en: 'New provincial service-manufacturing demonstrators and design centres per year', ...U.ge, section: '五3', values: [[2025, 3, 'about', '工业设计中心（研究院）3个左右', undefined, EACH_YEAR]] },
  { id: 'energy_projects_per_year', label_zh: '每年节能与循环经济重点项目', label_en: 'Key energy-saving and circular-economy projects per year', ...U.ge, section: '五4', values: [[2025, 10, 'at_least', '每年组织实施节能与循环经济重点项目10个以上', undefined, EACH_YEAR]] },
  { id: 'producer_services_share', label_zh: '生产性服务业重点领域增加值占地区生产总值比重', label_en: 'Producer services (key fields), share of GDP', ...U.pct, section: '五', values: [[2030, 30, 'at_least', '生产性服务业重点领域增加值占地区生产总值比重达30%以上']] },
  { id: 'listed_firms', label_zh: '上市企业数量', label_en: 'Listed companies', ...U.jia, section: '六', values: [[2025, 75, 'reach', '上市企业数量达75家']] },
  { id: 'national_tech_talents', series: 'national_tech_talents', label_zh: '每年新增国家级产业科创人才（正文）', label_en: 'New national industrial science talents per year (body text)', ...U.ren, section: '六', values: [[2025, 10, 'about', '每年新增国家级产业科创人才10人左右', undefined, EACH_YEAR]] },
];

const fyp15: Entry[] = [
  { id: 'high_tech_output_share', label_zh: '高新技术产业产值占规上工业总产值比重', label_en: 'High-tech share of above-size industrial output', ...U.pct, section: '建设具有国际影响力的无锡产业科技创新高地', values: [[2024, 53.1, 'fact', '53.1%']] },
  { id: 'tech_contract_turnover', label_zh: '技术合同成交额（首次突破）', label_en: 'Technology-contract turnover (first time past)', ...U.yi, section: '建设具有国际影响力的无锡产业科技创新高地', values: [[2024, 600, 'fact', '首次突破600亿元']] },
  { id: 'national_clusters', label_zh: '国家级先进制造业集群', label_en: 'National advanced-manufacturing clusters', ...U.ge, section: '建设具有国际影响力的无锡产业科技创新高地', values: [[2024, 5, 'fact', '目前已达5个']] },
];

function build(document: DocumentId, set: Indicator['set'], entries: Entry[], scope: Indicator['scope'] = 'city', idPrefix: string = document): Indicator[] {
  return entries.map((e) => ({
    id: `${idPrefix}.${e.id}`,
    document,
    set,
    scope,
    ...(e.series ? { series: e.series } : {}),
    label_zh: e.label_zh,
    label_en: e.label_en,
    unit_zh: e.unit_zh,
    unit_en: e.unit_en,
    owner_zh: null,
    values: e.values.map(([year, value, qualifier, printed, section, perYear]) => ({
      year, value, qualifier, printed, source: { document, section: section ?? e.section }, ...(perYear ? { per_year: perYear } : {}),
    })),
  }));
}

export function handReadIndicators(): Indicator[] {
  return [
    ...build('wp2024', 'wp2024_city_goals', wp2024),
    ...build('wp2024', 'wp2024_task_targets', wp2024Tasks),
    ...build('opinions', 'opinions_goals', opinions),
    ...build('plan2026', 'plan2026_targets', plan2026),
    ...build('fyp15', 'fyp15_facts', fyp15),
    ...build('jiangyin2023', 'jiangyin_body_targets', jiangyinBody, 'jiangyin', 'jiangyin2023.body'),
  ];
}
