import type { ImportedProject, ProjectStage } from '../../schema';
import { readBoard, readDate, readIndustry, readInvestment, readPoint, requiredText, text, type PointResult, type RowCells, type RowContext } from '../validate/fields';
import { resolve } from '../validate/lookups';
import { projectRecord } from './project-record';
import { errorCount, problem } from '../validate/problems';
import type { CoordinateSample } from '../validate/crs-hint';

export interface RowOutcome<T> {
  record: T | null;
  sample: CoordinateSample | null;
}

/**
 * One project row → an ImportedProject, or null with its problems in ctx.problems. The position comes from the
 * row's coordinates when given, else from a known park (taking the park's position and precision).
 * `point` is the already-read geometry for GeoJSON input (Point features), undefined for tables.
 */
export function readProject(row: RowCells, ctx: RowContext, id: string, externalId: string | null, sourceRow: number, point?: PointResult | null): RowOutcome<ImportedProject> {
  const before = errorCount(ctx.problems);
  const name = requiredText(row, 'name', ctx);
  const industryText = requiredText(row, 'industry', ctx);
  const industry = industryText ? readIndustry(industryText, 'industry', ctx) : undefined;
  const stageText = requiredText(row, 'stage', ctx);
  let stage: ProjectStage | undefined;
  if (stageText) {
    stage = resolve(ctx.lookups.stage, stageText);
    if (!stage) ctx.problems.push(problem(ctx.place, 'unknown_stage', 'stage', { value: stageText }));
  }
  const investment = readInvestment(row, ctx);
  const date = readDate(row, ctx);
  let board = readBoard(row, ctx);
  const pt = point === undefined ? readPoint(row, ctx) : point;
  const parkText = text(row, 'park');
  const park = parkText ? resolve(ctx.lookups.park, parkText) : undefined;
  let location: ImportedProject['location'] | null = null;
  let lon = 0;
  let lat = 0;
  if (pt) {
    lon = pt.lon;
    lat = pt.lat;
    location = { method: 'coordinates', crs: ctx.crs };
    if (board && pt.located && pt.located !== 'wuxi' && pt.located !== board && board !== 'wxjk') {
      ctx.problems.push(problem(ctx.place, 'board_mismatch', 'board', { board, located: pt.located }, 'warning'));
    }
    if (board === null && pt.located && pt.located !== 'wuxi') board = pt.located;
  } else if (pt === null) {
    if (parkText && !park) ctx.problems.push(problem(ctx.place, 'unknown_park', 'park', { value: parkText }));
    else if (park) {
      lon = park.lon;
      lat = park.lat;
      location = { method: 'park', park_id: park.id, precision: park.precision };
      if (board && board !== park.board) ctx.problems.push(problem(ctx.place, 'board_mismatch', 'board', { board, located: park.board }, 'warning'));
      board ??= park.board;
    } else ctx.problems.push(problem(ctx.place, 'coord_missing', 'lon'));
  }
  const errors = errorCount(ctx.problems);
  const sample = pt && ctx.wantSample !== false ? { raw: [pt.rawLon, pt.rawLat] as const, board: board ?? null } : null;
  if (errors > before || !name || !industry || !stage || investment === undefined || date === undefined || board === undefined || !location) {
    return { record: null, sample };
  }
  return { record: projectRecord(id, externalId, name, industry, stage, investment, date, board, lon, lat, location, sourceRow), sample };
}
