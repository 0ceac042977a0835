/**
 * Annex 1 of the future-industries opinions: the chain-chief table, printed one cell per line.
 * Names are padded for alignment ("蒋  敏", two ASCII spaces in the text); all whitespace inside a cell is
 * removed, since Chinese personal and department names never contain spaces.
 */
import type { ChainChief } from '../../src/schema';
import { squash } from './text';
import { readVerticalTable } from './vertical-table';

/** Chain as printed → taxonomy id. */
const industryByChain: Readonly<Record<string, string>> = {
  合成生物: 'synthetic_biology',
  通用人工智能: 'artificial_intelligence',
  第三代半导体: 'third_gen_semiconductors',
  商业航天: 'commercial_space',
  氢能和储能: 'hydrogen_energy_storage',
  人形机器人: 'humanoid_robots',
  元宇宙: 'metaverse',
  低空经济: 'low_altitude_economy',
  高端膜材料: 'advanced_membrane_materials',
  深海装备: 'deep_sea_equipment',
  量子科技: 'quantum_technology',
};

const departmentEn: Readonly<Record<string, string>> = {
  市科技局: 'Municipal Science and Technology Bureau',
  市工业和信息化局: 'Municipal Bureau of Industry and Information Technology',
  市发展改革委: 'Municipal Development and Reform Commission',
  市交通运输局: 'Municipal Transport Bureau',
  '市工业和信息化局、科技局': 'Municipal Bureau of Industry and Information Technology; Municipal Science and Technology Bureau',
};

const EXPECTED_HEADER = '序号|链长|产业链|专班牵头部门|专班负责人';

export function extractChainChiefs(text: string): ChainChief[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line, i) => squash(line) === '附件1' && squash(lines[i + 1] ?? '').includes('链长制'));
  const end = lines.findIndex((line, i) => i > start && squash(line) === '附件2');
  if (start < 0 || end < 0) throw new Error('opinions: 附件1 chain-chief table not found');
  const [header, ...records] = readVerticalTable(lines.slice(start + 2, end));
  const columns = (header ?? []).map((cell) => squash(cell.join('')));
  if (columns.join('|') !== EXPECTED_HEADER) throw new Error(`opinions 附件1: unexpected header ${columns.join('|')}`);

  return records.map((cells) => {
    const [number, chief, chain, department, head] = cells.map((cell) => squash(cell.join('')));
    if (!number || !chief || !chain || !department || !head || cells.length !== 5) {
      throw new Error(`opinions 附件1: incomplete record ${JSON.stringify(cells)}`);
    }
    const industry = industryByChain[chain];
    const lead_department_en = departmentEn[department];
    if (!industry) throw new Error(`opinions 附件1: unknown chain ${chain}`);
    if (!lead_department_en) throw new Error(`opinions 附件1: no English name for ${department}`);
    return {
      number: Number(number),
      industry,
      chain_zh: chain,
      chain_chief_zh: chief,
      lead_department_zh: department,
      lead_department_en,
      task_force_head_zh: head,
      source: { document: 'opinions', section: '附件1', row: number },
    };
  });
}
