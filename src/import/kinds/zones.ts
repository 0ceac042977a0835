import type { ImportedZone, ParkStatus, ZoneGeometry, ZoneKind } from '../../schema';
import { readArea, readBoard, readIndustry, readPoint, requiredText, splitList, text, type RowCells, type RowContext } from '../validate/fields';
import { resolve } from '../validate/lookups';
import { errorCount, problem } from '../validate/problems';
import type { RowOutcome } from './projects';
import type { Containment } from '../validate/containment';

/**
 * One zone row/feature → an ImportedZone. Tables give a point (lon/lat); GeoJSON may give a polygon, already
 * checked and converted by checkZoneGeometry (passed in as `geometry`).
 */
export function readZone(
  row: RowCells,
  ctx: RowContext,
  id: string,
  externalId: string | null,
  sourceRow: number,
  geometry?: ZoneGeometry | null,
): RowOutcome<ImportedZone> {
  const countErrors = () => errorCount(ctx.problems);
  const before = countErrors();
  const name = requiredText(row, 'name', ctx);
  const kindText = requiredText(row, 'zone_kind', ctx);
  let zoneKind: ZoneKind | undefined;
  if (kindText) {
    zoneKind = resolve(ctx.lookups.zoneKind, kindText);
    if (!zoneKind) ctx.problems.push(problem(ctx.place, 'unknown_zone_kind', 'zone_kind', { value: kindText }));
  }
  let board = readBoard(row, ctx);
  const leadIndustries: string[] = [];
  for (const part of splitList(text(row, 'lead_industries'))) {
    const ind = readIndustry(part, 'lead_industries', ctx);
    if (ind && !leadIndustries.includes(ind)) leadIndustries.push(ind);
  }
  const area = readArea(row, ctx);
  const statusText = text(row, 'status');
  let status: ParkStatus | null | undefined = null;
  if (statusText) {
    status = resolve(ctx.lookups.status, statusText);
    if (!status) ctx.problems.push(problem(ctx.place, 'unknown_status', 'status', { value: statusText }));
  }
  let geom: ZoneGeometry | null | undefined = geometry;
  let sample = null;
  if (geom === undefined) {
    const pt = readPoint(row, ctx);
    if (pt === null) ctx.problems.push(problem(ctx.place, 'coord_missing', 'lon'));
    if (pt) {
      geom = { type: 'Point', coordinates: [pt.lon, pt.lat] };
      sample = { raw: [pt.rawLon, pt.rawLat] as const, board: board ?? null };
      if (board === null && pt.located && pt.located !== 'wuxi') board = pt.located;
    } else geom = null;
  } else if (geom && board === null) {
    const at = representativePoint(geom);
    const where = ctx.containment.locate(at[0], at[1]);
    if (where && where !== 'wuxi') board = where;
  }
  if (countErrors() > before || !name || !zoneKind || board === undefined || area === undefined || status === undefined || !geom) {
    return { record: null, sample };
  }
  return {
    record: {
      id,
      external_id: externalId,
      origin: 'imported',
      name,
      zone_kind: zoneKind,
      board,
      lead_industries: leadIndustries,
      area_km2: area,
      status,
      geometry: geom,
      location: { method: 'coordinates', crs: ctx.crs },
      source_row: sourceRow,
    },
    sample,
  };
}

/** A point for labels, board lookup and CRS sampling: the point itself, or the mean of the first outer ring. */
export function representativePoint(g: ZoneGeometry): [number, number] {
  if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
  if (!ring || ring.length === 0) return [0, 0];
  const pts = ring.length > 1 ? ring.slice(0, -1) : ring;
  const sum = pts.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]] as [number, number], [0, 0] as [number, number]);
  return [sum[0] / pts.length, sum[1] / pts.length];
}

export type { Containment };
