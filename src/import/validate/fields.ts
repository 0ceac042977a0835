import type { BoardId, ImportCrs } from '../../schema';
import type { Containment } from './containment';
import { toWgs84 } from './crs';
import type { Field, HeaderUnit } from '../read/headers';
import { IMPORT_LIMITS } from '../limits';
import type { Lookups } from './lookups';
import { resolve } from './lookups';
import { parseNumber, plainDecimal, type NumberUnit } from './numbers';
import { problem, type ImportProblem, type ProblemPlace } from './problems';
import { cellText, lookupKey, normaliseText } from '../read/text';
import { AREA_UNITS } from './vocab';

/** One row (or one feature's properties) by canonical field, with the units its headers declared. */
export interface RowCells {
  cells: Map<Field, unknown>;
  units: Map<Field, HeaderUnit>;
}

export interface RowContext {
  place: ProblemPlace;
  lookups: Lookups;
  containment: Containment;
  crs: ImportCrs;
  problems: ImportProblem[];
  /** False when the caller has all the coordinate samples it needs: the row then makes none (default: true). */
  wantSample?: boolean;
}

export const text = (row: RowCells, field: Field) => cellText(row.cells.get(field), IMPORT_LIMITS.maxCellChars);

export function requiredText(row: RowCells, field: Field, ctx: RowContext): string | null {
  // Names are kept as typed (only trimmed); lookups normalise separately.
  const value = text(row, field);
  if (!value) {
    // A GeoJSON property can hold an object or a list where text belongs: say so, not "required".
    const raw = row.cells.get(field);
    const type = Array.isArray(raw) ? 'array' : raw !== null && typeof raw === 'object' && !(raw instanceof Date) ? 'object' : null;
    ctx.problems.push(type ? problem(ctx.place, 'value_not_text', field, { type }) : problem(ctx.place, 'required', field));
    return null;
  }
  return value;
}

export function readBoard(row: RowCells, ctx: RowContext): BoardId | null | undefined {
  const value = text(row, 'board');
  if (!value) return null;
  const board = resolve(ctx.lookups.board, value);
  if (!board) ctx.problems.push(problem(ctx.place, 'unknown_board', 'board', { value }));
  return board; // undefined = given but unknown
}

export function readIndustry(value: string, field: Field, ctx: RowContext): string | undefined {
  const id = resolve(ctx.lookups.industry, value);
  if (!id) ctx.problems.push(problem(ctx.place, 'unknown_industry', field, { value }));
  return id;
}

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' from the ways dates are typed, or a spreadsheet serial day number. */
export function parseDate(input: unknown): string | null | undefined {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : input.toISOString().slice(0, 10);
  if (typeof input === 'number' && input > 20000 && input < 80000 && Number.isInteger(input)) {
    // Excel serial day (1900 system, with its 1900-02-29 bug): day 25569 = 1970-01-01.
    return new Date((input - 25569) * 86400000).toISOString().slice(0, 10);
  }
  if (typeof input === 'string' && input.length === 10) {
    const iso = isoDate(input);
    if (iso !== undefined) return iso;
  }
  const s = normaliseText(cellText(input, 64)).replace(/\s+/g, '');
  if (!s) return null;
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1990 || year > 2100) return undefined;
  if (!mo) return String(year);
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (!d) return `${year}-${mm}`;
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

const daysInMonth = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/**
 * Fast path for a plain "YYYY-MM-DD" (what exports and the template write): the same checks as the general
 * path, without its normalising and regexes. Returns undefined for anything else, which then takes the general
 * path (so an invalid plain date is still judged, and reported, there).
 */
function isoDate(s: string): string | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  // Digits at 0-3, 5-6, 8-9 (no closure or array per call: this runs once per row of a 100k-row file).
  let year = 0, month = 0, day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return s;
}

export function readDate(row: RowCells, ctx: RowContext): string | null | undefined {
  const raw = row.cells.get('date');
  const date = parseDate(raw);
  if (date === undefined) ctx.problems.push(problem(ctx.place, 'bad_date', 'date', { value: cellText(raw, 40) }));
  return date;
}

/** Investment in 亿元; the unit comes from the cell ("12.5亿"), else the header ("总投资（万元）"), else a unit column. */
export function readInvestment(row: RowCells, ctx: RowContext): number | null | undefined {
  const raw = row.cells.get('investment');
  // A plain decimal (what machines write) is read without parseNumber's result object; the same value and unit.
  const plain = typeof raw === 'string' ? plainDecimal(raw) : null;
  let value: number;
  let cellUnit: NumberUnit | null = null;
  if (plain !== null) value = plain;
  else {
    const parsed = parseNumber(raw);
    if (parsed.kind === 'empty') return null;
    if (parsed.kind === 'invalid') {
      ctx.problems.push(problem(ctx.place, 'not_a_number', 'investment', { value: cellText(raw, 40) }));
      return undefined;
    }
    if (parsed.kind === 'unknown_unit') {
      ctx.problems.push(problem(ctx.place, 'unknown_unit', 'investment', { value: cellText(raw, 40), unit: parsed.unit }));
      return undefined;
    }
    value = parsed.value;
    cellUnit = parsed.unit;
  }
  if (value < 0) {
    ctx.problems.push(problem(ctx.place, 'negative_number', 'investment', { value: cellText(raw, 40) }));
    return undefined;
  }
  let unit: 'yi' | 'wan' | null = cellUnit === 'yi' || cellUnit === 'wan' ? cellUnit : null;
  if (cellUnit === 'percent') {
    ctx.problems.push(problem(ctx.place, 'unknown_unit', 'investment', { value: cellText(raw, 40), unit: '%' }));
    return undefined;
  }
  if (!unit) {
    const header = row.units.get('investment');
    if (header === 'yi' || header === 'wan') unit = header;
  }
  if (!unit) {
    const column = lookupKey(text(row, 'unit'));
    if (column === '亿元' || column === '亿' || column === 'yi') unit = 'yi';
    else if (column === '万元' || column === '万' || column === 'wan') unit = 'wan';
    else if (column) {
      ctx.problems.push(problem(ctx.place, 'unknown_unit', 'unit', { value: text(row, 'unit'), unit: text(row, 'unit') }));
      return undefined;
    }
  }
  if (!unit) {
    ctx.problems.push(problem(ctx.place, 'unit_missing', 'investment', { value: cellText(raw, 40) }));
    return undefined;
  }
  return unit === 'yi' ? value : Math.round((value / 10_000) * 1e8) / 1e8;
}

/** Area in km²; unit from the cell ("120亩"), the header ("面积（公顷）") or km² by default as documented. */
export function readArea(row: RowCells, ctx: RowContext): number | null | undefined {
  const raw = row.cells.get('area');
  const parsed = parseNumber(raw);
  if (parsed.kind === 'empty') return null;
  const headerUnit = row.units.get('area');
  const factorOf = (unit: string) => AREA_UNITS.find(([words]) => words.some((w) => lookupKey(w) === lookupKey(unit)))?.[1];
  let value: number;
  let factor: number | undefined;
  if (parsed.kind === 'unknown_unit') {
    factor = factorOf(parsed.unit);
    const n = parseNumber(cellText(raw, 64).replace(parsed.unit, ''));
    if (factor === undefined || n.kind !== 'number') {
      ctx.problems.push(problem(ctx.place, 'unknown_unit', 'area', { value: cellText(raw, 40), unit: parsed.unit }));
      return undefined;
    }
    value = n.value;
  } else if (parsed.kind === 'number' && parsed.unit === null) {
    value = parsed.value;
    factor = headerUnit ? factorOf(headerUnit) : 1;
  } else {
    ctx.problems.push(problem(ctx.place, 'not_a_number', 'area', { value: cellText(raw, 40) }));
    return undefined;
  }
  if (value < 0) {
    ctx.problems.push(problem(ctx.place, 'negative_number', 'area', { value: cellText(raw, 40) }));
    return undefined;
  }
  return value * (factor ?? 1);
}

export interface PointResult {
  lon: number;
  lat: number;
  /** As written in the file, before any conversion. */
  rawLon: number;
  rawLat: number;
  located: BoardId | 'wuxi' | null;
}

function coordinate(raw: unknown, field: Field, ctx: RowContext): number | null | undefined {
  if (typeof raw === 'string') {
    const plain = plainDecimal(raw);
    if (plain !== null) return plain;
  }
  const parsed = parseNumber(raw);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind !== 'number' || parsed.unit !== null) {
    ctx.problems.push(problem(ctx.place, 'coord_nan', field, { value: cellText(raw, 40) }));
    return undefined;
  }
  return parsed.value;
}

/**
 * lon/lat from two columns or one "lon,lat" column → WGS84, with the checks a typed coordinate needs:
 * not a number, out of range, swapped (lat, lon), outside Wuxi. Returns null when the row gives no coordinates.
 * The result is valid until the next call (one object is reused).
 */
export function readPoint(row: RowCells, ctx: RowContext): PointResult | null | undefined {
  let lonRaw: unknown = row.cells.get('lon');
  let latRaw: unknown = row.cells.get('lat');
  const pair = text(row, 'coordinates');
  if (pair && cellText(lonRaw, 64) === '' && cellText(latRaw, 64) === '') {
    const parts = normaliseText(pair).split(/[,，;；\s]+/).filter(Boolean);
    if (parts.length !== 2) {
      ctx.problems.push(problem(ctx.place, 'coord_nan', 'coordinates', { value: pair }));
      return undefined;
    }
    [lonRaw, latRaw] = parts;
  }
  const lon = coordinate(lonRaw, 'lon', ctx);
  const lat = coordinate(latRaw, 'lat', ctx);
  if (lon === undefined || lat === undefined) return undefined;
  if (lon === null && lat === null) return null;
  if (lon === null || lat === null) {
    ctx.problems.push(problem(ctx.place, 'required', lon === null ? 'lon' : 'lat'));
    return undefined;
  }
  const box = ctx.containment.box;
  if (!inBox(box, lon, lat) && inBox(box, lat, lon)) {
    ctx.problems.push(problem(ctx.place, 'coord_swapped', 'lon', { lon, lat }));
    return undefined;
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    ctx.problems.push(problem(ctx.place, 'coord_out_of_range', Math.abs(lon) > 180 ? 'lon' : 'lat', { lon, lat }));
    return undefined;
  }
  const pt = locatePoint(lon, lat, ctx.crs, ctx.containment);
  if (!pt) ctx.problems.push(problem(ctx.place, 'outside_wuxi', 'lon', { lon, lat }));
  return pt ?? undefined;
}

const point: PointResult = { lon: 0, lat: 0, rawLon: 0, rawLat: 0, located: null };

/**
 * A position as written in the file → WGS84 and the board it lies in; null when it lies outside Wuxi. The result
 * is valid until the next call: one result object for every row (callers read it at once), so no object and no
 * boxed numbers per row.
 */
export function locatePoint(lon: number, lat: number, crs: ImportCrs, containment: Containment): PointResult | null {
  let x = lon;
  let y = lat;
  if (crs !== 'wgs84') [x, y] = toWgs84([lon, lat], crs);
  const located = containment.locate(x, y);
  if (located === null) return null;
  point.lon = x;
  point.lat = y;
  point.rawLon = lon;
  point.rawLat = lat;
  point.located = located;
  return point;
}

const inBox = (box: readonly number[], x: number, y: number) => x >= (box[0] as number) && x <= (box[2] as number) && y >= (box[1] as number) && y <= (box[3] as number);

/** Splits "物联网、集成电路; AI" into names. */
export const splitList = (value: string) =>
  normaliseText(value)
    .split(/[、,，;；|/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
