/**
 * Annex 4 of the 2024 work points: 36 key tasks. We keep the number and the responsible units; the summary is
 * ours (key-task-summaries.ts), never the printed sentence. A task that runs over a page break continues on a
 * row with an empty number after the repeated header; its text is ignored (we do not store it) but its unit
 * cell, if any, is merged.
 */
import type { KeyTask } from '../../src/schema';
import { annexLines } from './extract-targets';
import { keyTaskSummaries } from './key-task-summaries';
import { squash } from './text';

/** "按职责分工" ("by their respective duties") trails some unit lists; it is not part of a unit's name. */
const TRAILING_QUALIFIER = /按职责分工$/;

export function splitUnits(cell: string): string[] {
  return cell
    .split(/[、，]/)
    .map((unit) => squash(unit).replace(TRAILING_QUALIFIER, ''))
    .filter((unit) => unit !== '');
}

export function extractKeyTasks(wp2024Text: string): KeyTask[] {
  const tasks: KeyTask[] = [];
  for (const line of annexLines(wp2024Text, 4)) {
    const cells = line.split('\t');
    if (cells.length < 3 || squash(cells[0] ?? '') === '序号') continue; // title, blank lines, repeated headers
    const numberCell = squash(cells[0] ?? '');
    const unitsCell = cells.slice(2).join('');
    if (numberCell === '') {
      const previous = tasks[tasks.length - 1];
      if (!previous) throw new Error('附件4: continuation row before any task');
      previous.responsible_units_zh.push(...splitUnits(unitsCell));
      continue;
    }
    const number = Number(numberCell);
    const summary = keyTaskSummaries[number];
    if (!summary) throw new Error(`附件4: no summary written for task ${number}`);
    tasks.push({
      number,
      summary_zh: summary.zh,
      summary_en: summary.en,
      responsible_units_zh: splitUnits(unitsCell),
      source: { document: 'wp2024', section: '附件4', row: numberCell },
    });
  }
  return tasks;
}
