import type { BoardColumn, CellValue, ImportedTargetRow, ImportedTargetTable } from '../../schema';
import type { Lookups } from '../validate/lookups';
import { resolve } from '../validate/lookups';
import { parseNumber } from '../validate/numbers';
import { problem, type ImportProblem, type ProblemPlace } from '../validate/problems';
import { cellText, lookupKey, normaliseText } from '../read/text';
import { ANNEX1_METRICS, METRIC_WORDS } from '../validate/vocab';

/**
 * A targets table shaped like the 2024 Annex 1/2: one row per (industry, metric), one column per board
 * (全市 + the eight boards). As in the annexes, the industry cell may be left blank to repeat the row above,
 * "其中：车联网…" rows are sub-rows of their parent industry, and "-" means "no target" (null, not zero).
 */
export interface TargetInputRow {
  sourceRow: number;
  industry: unknown;
  metric: unknown;
  unit: unknown;
  year: unknown;
  values: Map<BoardColumn, unknown>;
}

export interface TargetOptions {
  file: string;
  tableId: string;
  year: number | null;
  title: string | null;
}

const SUB_ROW = /^其中[:：]?/;

function metricOf(label: string): (typeof METRIC_WORDS)[number] | undefined {
  const key = lookupKey(label);
  return METRIC_WORDS.find((m) => lookupKey(m.metric) === key || m.words.some((w) => key.includes(lookupKey(w))));
}

function industryInLabel(label: string, lookups: Lookups): string | undefined {
  const key = lookupKey(label.replace(SUB_ROW, ''));
  return resolve(lookups.industry, key) ?? lookups.industryNames.find((n) => n.key.length >= 2 && key.includes(n.key))?.id;
}

export function readTargets(
  rows: readonly TargetInputRow[],
  lookups: Lookups,
  opts: TargetOptions,
): { table: ImportedTargetTable | null; problems: ImportProblem[]; valid: number; invalid: number } {
  const problems: ImportProblem[] = [];
  const out: ImportedTargetRow[] = [];
  let invalid = 0;
  let currentIndustry: string | null = null;
  let lastParentRow = null as { industry: string; metric: string; id: string } | null;
  let year = opts.year;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const place: ProblemPlace = { file: opts.file, row: row.sourceRow, feature: null };
    const before = problems.length;
    const industryText = normaliseText(cellText(row.industry, 200));
    const label = normaliseText(cellText(row.metric, 200));
    if (year === null) {
      const y = parseNumber(row.year);
      if (y.kind === 'number' && Number.isInteger(y.value) && y.value >= 2000 && y.value <= 2100) year = y.value;
    }
    if (industryText) {
      const id = resolve(lookups.industry, industryText);
      if (!id) problems.push(problem(place, 'unknown_industry', 'industry', { value: industryText }));
      currentIndustry = id ?? null;
      if (!id) {
        invalid += 1;
        continue;
      }
    }
    if (!label) {
      problems.push(problem(place, 'required', 'metric'));
      invalid += 1;
      continue;
    }
    if (!currentIndustry) {
      problems.push(problem(place, 'required', 'industry'));
      invalid += 1;
      continue;
    }
    const isSub = SUB_ROW.test(label);
    let industry = currentIndustry;
    let parent: string | null = null;
    const rest = isSub ? label.replace(SUB_ROW, '') : label;
    // "其中：车联网" on its own repeats the metric of the row above (Annex 2 style).
    const prev: string | undefined = lastParentRow?.metric;
    const metric: (typeof METRIC_WORDS)[number] | undefined = metricOf(rest) ?? (isSub && prev ? METRIC_WORDS.find((m) => m.metric === prev) : undefined);
    if (isSub) {
      const sub = industryInLabel(label, lookups);
      if (!sub) {
        problems.push(problem(place, 'unknown_industry', 'metric', { value: label }));
        invalid += 1;
        continue;
      }
      industry = sub;
      parent = out.find((r) => r.industry === currentIndustry && r.metric === metric?.metric && r.parent_row === null)?.id ?? null;
    }
    if (!metric) {
      problems.push(problem(place, 'unknown_metric', 'metric', { value: label }));
      invalid += 1;
      continue;
    }
    const values: Partial<Record<BoardColumn, CellValue>> = {};
    let any = false;
    for (const [column, raw] of row.values) {
      const t = normaliseText(cellText(raw, 40));
      if (t === '') continue;
      if (/^[-–—－/]$/.test(t)) {
        values[column] = null;
        any = true;
        continue;
      }
      const n = parseNumber(raw);
      if (n.kind !== 'number' || (n.unit !== null && n.unit !== 'percent' && n.unit !== 'yi')) {
        problems.push(problem(place, 'not_a_number', column, { value: t }));
        continue;
      }
      values[column] = n.value;
      any = true;
    }
    if (problems.length > before) {
      invalid += 1;
      continue;
    }
    if (!any) {
      problems.push(problem(place, 'required', 'values'));
      invalid += 1;
      continue;
    }
    const id = `${opts.tableId}.${industry}.${metric.metric}`;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(problem(place, 'duplicate_id', 'metric', { value: `${industry} / ${metric.metric}`, first }));
      invalid += 1;
      continue;
    }
    seen.set(id, row.sourceRow);
    const unitText = normaliseText(cellText(row.unit, 40));
    out.push({
      id,
      table: opts.tableId,
      industry,
      metric: metric.metric,
      parent_row: parent,
      scope_zh: null,
      scope_en: null,
      label_zh: label,
      label_en: metric.label_en,
      unit_zh: unitText || metric.unit_zh,
      unit_en: unitText || metric.unit_en,
      values,
      source: { imported_file: opts.file, row: row.sourceRow },
      notes: [],
    });
    if (!isSub) lastParentRow = { industry, metric: metric.metric, id };
  }
  if (year === null) {
    problems.push(problem({ file: opts.file, row: null, feature: null }, 'bad_year', 'year'));
    return { table: null, problems, valid: 0, invalid: rows.length };
  }
  const layout = out.every((r) => ANNEX1_METRICS.has(r.metric)) ? 'annex1' : 'annex2';
  return {
    table: {
      id: opts.tableId,
      origin: 'imported',
      layout,
      title_zh: opts.title ?? `${year} 年目标（导入）`,
      title_en: opts.title ?? `${year} targets (imported)`,
      year,
      source: { imported_file: opts.file },
      notes: [],
      rows: out,
    },
    problems,
    valid: out.length,
    invalid,
  };
}
