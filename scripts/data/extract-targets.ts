/**
 * Parses Annexes 1–3 of the 2024 work points (tab-separated text) into TargetTable records.
 * Quirks handled here, each leaving a note on the rows it touches (see data/README.md):
 * repeated header rows at page breaks, continuation rows with an empty cluster cell, cluster names split by a
 * stray space, half-width brackets, '-' cells (→ null), and the same metric printed twice in one block.
 */
import { boardColumnByHeader, type BoardColumn, type TargetRow, type TargetTable, type TargetTableId } from '../../src/schema';
import { annex1Labels, annex2Labels, annex3Labels, industryByPrintedName, tableNotes, tableTitles, type RowLabel } from './target-labels';
import { normaliseLabel, parseCell, squash } from './text';

interface AnnexSpec {
  table: TargetTableId;
  /** Annex number as printed in the heading "附件 N". */
  annex: number;
  labels: Readonly<Record<string, RowLabel>>;
  /** Annexes 1–2 start each row with a cluster cell; Annex 3 does not. */
  perIndustry: boolean;
}

export const annexSpecs: readonly AnnexSpec[] = [
  { table: 'wp2024_annex1', annex: 1, labels: annex1Labels, perIndustry: true },
  { table: 'wp2024_annex2', annex: 2, labels: annex2Labels, perIndustry: true },
  { table: 'wp2024_annex3', annex: 3, labels: annex3Labels, perIndustry: false },
];

/** The lines of one annex: from its heading "附件 N" to the next annex heading. */
export function annexLines(text: string, annex: number): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => squash(line) === `附件${annex}`);
  if (start < 0) throw new Error(`heading 附件 ${annex} not found`);
  const next = lines.findIndex((line, i) => i > start && /^附件\d+$/.test(squash(line)));
  return lines.slice(start + 1, next < 0 ? undefined : next);
}

function isHeader(cells: string[]): boolean {
  const squashed = cells.map(squash);
  return squashed.includes('江阴') && squashed.includes('新吴');
}

function headerColumns(cells: string[]): { first: number; columns: BoardColumn[] } {
  const first = cells.findIndex((cell) => boardColumnByHeader[squash(cell)] !== undefined);
  const columns = cells.slice(first).map((cell) => {
    const column = boardColumnByHeader[squash(cell)];
    if (!column) throw new Error(`unknown column header "${cell}"`);
    return column;
  });
  return { first, columns };
}

export function extractAnnex(text: string, spec: AnnexSpec): TargetTable {
  const section = `附件${spec.annex}`;
  const lines = annexLines(text, spec.annex).filter((line) => line.trim() !== '');
  const titleLine = lines.shift();
  if (!titleLine) throw new Error(`${section}: no title`);
  const title_zh = normaliseLabel(titleLine).replace(/（单位：[^）]*）$/, '');

  const rows: TargetRow[] = [];
  const notes: TargetTable['notes'] = [];
  let layout: ReturnType<typeof headerColumns> | null = null;
  let afterPageBreak = false;
  let block: { printed: string; industry: string } | null = null;

  for (const line of lines) {
    if (squash(line).startsWith('注：')) {
      const note = tableNotes[spec.table];
      if (!note) throw new Error(`${section}: footnote found but no summary in target-labels.ts`);
      notes.push({ ...note, source: { document: 'wp2024', section, item: '注' } });
      continue;
    }
    const cells = line.split('\t');
    if (cells.length < 2) throw new Error(`${section}: unexpected line "${line}"`);
    if (isHeader(cells)) {
      if (layout) afterPageBreak = true; // the header is printed again at the top of each page
      else layout = headerColumns(cells);
      continue;
    }
    if (!layout) throw new Error(`${section}: data row before the header`);

    const rowNotes: string[] = [];
    let labelCell: string;
    if (spec.perIndustry) {
      const clusterCell = cells[0]?.trim() ?? '';
      if (clusterCell !== '') {
        const industry = industryByPrintedName[normaliseLabel(clusterCell)];
        if (!industry) throw new Error(`${section}: unknown cluster "${clusterCell}"`);
        block = { printed: clusterCell, industry };
      } else if (!block) {
        throw new Error(`${section}: continuation row before any cluster`);
      } else if (afterPageBreak) {
        rowNotes.push(
          `Printed after a repeated header row (page break) with an empty cluster cell; read as continuing the ${normaliseLabel(block.printed)} block.`,
        );
      }
      labelCell = cells[1] ?? '';
    } else {
      labelCell = cells[0] ?? '';
    }
    afterPageBreak = false;

    const key = normaliseLabel(labelCell);
    const label = spec.labels[key];
    if (!label) throw new Error(`${section}: no translation for row label "${labelCell}" (key ${key})`);
    if (block && /\s/.test(block.printed)) {
      rowNotes.push(`Cluster name printed split by a space ("${block.printed}"); read as ${normaliseLabel(block.printed)}.`);
    }
    if (/[()]/.test(labelCell)) rowNotes.push(`Half-width brackets in the printed label ("${labelCell.trim()}"); read as full-width.`);
    rowNotes.push(...(label.notes ?? []));

    const valueCells = cells.slice(layout.first);
    if (valueCells.length !== layout.columns.length) {
      throw new Error(`${section}: row "${labelCell}" has ${valueCells.length} values for ${layout.columns.length} columns`);
    }
    const values: TargetRow['values'] = {};
    layout.columns.forEach((column, i) => {
      values[column] = parseCell(valueCells[i] ?? '');
    });

    const industry = spec.perIndustry ? (label.sub_item ?? label.industry_override ?? block?.industry ?? null) : null;
    const base = industry ? `${spec.table}.${industry}.${label.metric}` : `${spec.table}.${label.metric}`;
    let id = label.id_suffix ? `${base}.${label.id_suffix}` : base;
    const earlier = rows.find((row) => row.id === id);
    if (earlier) {
      // Never merge or drop: a block printing one metric twice keeps both rows, told apart by id and note.
      let n = 2;
      while (rows.some((row) => row.id === `${id}.${n}`)) n += 1;
      id = `${id}.${n}`;
      const why = `The ${block?.printed ?? ''} block prints this metric twice ("${earlier.label_zh}" and "${key}"); both rows kept under distinct ids.`;
      earlier.notes.push(why);
      rowNotes.push(why);
    }

    rows.push({
      id,
      table: spec.table,
      industry,
      metric: label.metric,
      parent_row: label.sub_item && block ? `${spec.table}.${block.industry}.${label.metric}` : null,
      scope_zh: label.scope_zh,
      scope_en: label.scope_en,
      label_zh: key,
      label_en: label.label_en,
      unit_zh: label.unit_zh,
      unit_en: label.unit_en,
      values,
      source: {
        document: 'wp2024',
        section,
        row: spec.perIndustry && block ? `${block.printed} / ${labelCell.trim()}` : labelCell.trim(),
      },
      notes: rowNotes,
    });
  }

  return {
    id: spec.table,
    title_zh,
    title_en: tableTitles[spec.table].title_en,
    year: 2024,
    source: { document: 'wp2024', section },
    notes,
    rows,
  };
}

export function extractTargetTables(wp2024Text: string): TargetTable[] {
  return annexSpecs.map((spec) => extractAnnex(wp2024Text, spec));
}
