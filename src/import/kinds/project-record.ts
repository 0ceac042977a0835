import type { ImportedProject } from '../../schema';

/**
 * An imported project record, made in this one place by every reader (a table row, a line read in place, the page
 * rebuilding records from the worker's columns), so that all of them have the same fields in the same order.
 */
export function projectRecord(
  id: string,
  externalId: ImportedProject['external_id'],
  name: string,
  industry: string,
  stage: ImportedProject['stage'],
  investmentYi: number | null,
  date: string | null,
  board: ImportedProject['board'],
  lon: number,
  lat: number,
  location: ImportedProject['location'],
  sourceRow: number,
): ImportedProject {
  return { id, external_id: externalId, origin: 'imported', name, industry, stage, investment_yi: investmentYi, date, board, lon, lat, location, source_row: sourceRow };
}
