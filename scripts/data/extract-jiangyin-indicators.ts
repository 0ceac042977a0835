/**
 * Jiangyin's indicator table (附件 制造强市建设主要指标): 18 indicators, 2022 actual → 2025 target, with owners.
 * Merged cells: a row with fewer than four year cells has one text/target cell spanning the remaining years;
 * it is recorded once, on 2025 (the target year; for row 9 the body text, 三.2, also dates the aim to 2025).
 */
import type { Indicator } from '../../src/schema';
import { squash } from './text';
import { readVerticalTable } from './vertical-table';

/** Our English labels and ids, by the table's 序号. */
const rowsByNumber: Readonly<Record<number, { id: string; label_en: string; unit_en: string }>> = {
  1: { id: 'labour_productivity', label_en: 'Labour productivity, above-size manufacturing', unit_en: '10,000 yuan per person' },
  2: { id: 'manufacturing_share_of_wuxi', label_en: "Manufacturing value added, share of Wuxi's", unit_en: '%' },
  3: { id: 'strategic_emerging_share', label_en: 'Strategic emerging industries, share of above-size industrial output', unit_en: '%' },
  4: { id: 'high_tech_export_share', label_en: 'High-tech product exports, share of all exports', unit_en: '%' },
  5: { id: 'high_tech_manufacturing_growth', label_en: 'High-tech manufacturing value-added growth', unit_en: '%' },
  6: { id: 'clusters_4_6_revenue', label_en: "Revenue in Wuxi's 4 landmark and 6 advantage clusters", unit_en: '100 million yuan' },
  7: { id: 'rd_intensity', label_en: 'R&D intensity of above-size industrial firms', unit_en: '%' },
  8: { id: 'invention_patents_share', label_en: "Valid invention patents of above-size industrial firms, share of Wuxi's", unit_en: '%' },
  9: { id: 'national_innovation_centres', label_en: 'National industry / technology / manufacturing innovation centres', unit_en: 'count' },
  10: { id: 'informatisation_integration_level', label_en: 'Integration of informatisation and industrialisation (index)', unit_en: '' },
  11: { id: 'digital_core_scale', label_en: 'Digital-economy core industries, size', unit_en: '100 million yuan' },
  12: { id: 'energy_intensity_reduction', label_en: 'Energy use per unit of industrial value added, cut from 2022', unit_en: '%' },
  13: { id: 'firms_over_10bn', label_en: 'Industrial firms with revenue over 10 bn yuan (legal-entity basis)', unit_en: 'count' },
  14: { id: 'specialised_smes', label_en: '"Specialised and innovative" SMEs, provincial level or higher', unit_en: 'count' },
  15: { id: 'listed_manufacturers_share', label_en: "Listed manufacturers, share of Wuxi's", unit_en: '%' },
  16: { id: 'tech_smes_registered', label_en: 'Registered tech-based SMEs', unit_en: 'count' },
  17: { id: 'manufacturing_loan_share', label_en: 'Manufacturing loans, share of all loans', unit_en: '%' },
  18: { id: 'national_tech_talents', label_en: 'New national-level industrial tech talents', unit_en: 'persons' },
};

const YEARS = [2022, 2023, 2024, 2025] as const;

type Value = Indicator['values'][number];

function readValue(printed: string, year: number, column: string): Value {
  const source = { document: 'jiangyin2023' as const, section: '附件', column };
  const number = /^(-?\d+(?:\.\d+)?)(左右)?$/.exec(printed);
  if (number) {
    const qualifier: Value['qualifier'] = year === 2022 ? 'fact' : number[2] ? 'about' : 'exact';
    return { year, value: Number(number[1]), qualifier, printed, source };
  }
  const strive = /^力争(\d+)家$/.exec(printed);
  if (strive) return { year, value: Number(strive[1]), qualifier: 'reach', printed, source };
  if (printed === '—') return { year, value: null, qualifier: year === 2022 ? 'fact' : 'exact', printed, source };
  if (printed.startsWith('年均增速高于')) return { year, value: null, qualifier: 'over', printed, source };
  return { year, value: null, qualifier: 'exact', printed, source };
}

export function extractJiangyinIndicators(text: string): Indicator[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line, i) => squash(line) === '制造强市建设主要指标' && squash(lines[i - 1] ?? '') === '附件');
  if (start < 0) throw new Error('jiangyin2023: indicator table heading not found');
  const [header, ...records] = readVerticalTable(lines.slice(start + 1));
  const columns = (header ?? []).map((cell) => squash(cell.join('')));
  if (columns.join('|') !== '一级指标|序号|指标|2022年|2023年目标|2024年目标|2025年目标|责任部门') {
    throw new Error(`jiangyin2023: unexpected header ${columns.join('|')}`);
  }

  return records.map((cells) => {
    const text = cells.map((cell) => cell.join(''));
    const number = Number(text[1]);
    const meta = rowsByNumber[number];
    if (!meta) throw new Error(`jiangyin2023: no label for row ${text[1]}`);
    const printedLabel = squash(text[2] ?? '');
    const unit = /（([^（）]+)）△?$/.exec(printedLabel);
    const label_zh = printedLabel.replace(/△$/, '').replace(/（[^（）]+）$/, unit ? '' : '$&');
    const yearCells = text.slice(3, -1).map(squash);
    const owners = (cells[cells.length - 1] ?? []).map(squash);
    const values = yearCells.map((printed, i) => {
      // A merged cell (fewer cells than years) spans the remaining columns; record it on 2025.
      const merged = i === yearCells.length - 1 && yearCells.length < YEARS.length;
      const year = merged ? 2025 : YEARS[i]!;
      return readValue(printed, year, columns[3 + YEARS.indexOf(year as (typeof YEARS)[number])]!);
    });
    return {
      id: `jiangyin2023.${meta.id}`,
      document: 'jiangyin2023',
      set: 'jiangyin_indicators',
      scope: 'jiangyin',
      label_zh,
      label_en: meta.label_en,
      unit_zh: unit?.[1] ?? '',
      unit_en: meta.unit_en,
      owner_zh: owners.join('、'),
      values: values.map((v) => ({ ...v, source: { ...v.source, row: String(number) } })),
    } satisfies Indicator;
  });
}
