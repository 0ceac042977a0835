import type { ImportKind } from '../../schema';
import type { RowCells } from '../validate/fields';
import { matchHeader } from './headers';
import { problem, type ImportProblem } from '../validate/problems';

export interface RawFeature {
  /** 1-based feature number. */
  number: number;
  id: unknown;
  geometry: unknown;
  properties: unknown;
}

/** GeoJSON text → its features (FeatureCollection, a single Feature, or a bare array of Features). */
export function parseGeoJson(text: string, file: string): { features: RawFeature[] | null; problems: ImportProblem[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { features: null, problems: [problem({ file, row: null, feature: null }, 'json_parse', null, { detail: String((e as Error).message ?? e).slice(0, 200) })] };
  }
  const list: unknown[] | null =
    doc && typeof doc === 'object' && !Array.isArray(doc) && (doc as { type?: unknown }).type === 'FeatureCollection' && Array.isArray((doc as { features?: unknown }).features)
      ? ((doc as { features: unknown[] }).features)
      : doc && typeof doc === 'object' && !Array.isArray(doc) && (doc as { type?: unknown }).type === 'Feature'
        ? [doc]
        : Array.isArray(doc)
          ? doc
          : null;
  if (!list) return { features: null, problems: [problem({ file, row: null, feature: null }, 'not_feature_collection', null)] };
  const features: RawFeature[] = [];
  const problems: ImportProblem[] = [];
  list.forEach((f, i) => {
    if (!f || typeof f !== 'object' || Array.isArray(f) || (f as { type?: unknown }).type !== 'Feature') {
      problems.push(problem({ file, row: null, feature: i + 1 }, 'geojson_invalid', 'type', { detail: 'not a Feature' }));
      return;
    }
    const rec = f as { id?: unknown; geometry?: unknown; properties?: unknown };
    features.push({ number: i + 1, id: rec.id, geometry: rec.geometry, properties: rec.properties });
  });
  return { features, problems };
}

/**
 * A feature's properties → fields, by the same header words as tables. Keys are read with Object.keys (own keys
 * only) and values go into a Map: a "__proto__" property is reported and dropped, never assigned.
 */
export function featureCells(feature: RawFeature, kind: ImportKind, file: string, problems: ImportProblem[]): RowCells {
  const cells: RowCells = { cells: new Map(), units: new Map() };
  const props = feature.properties;
  if (props === null || props === undefined) return cells;
  const place = { file, row: null, feature: feature.number };
  if (typeof props !== 'object' || Array.isArray(props)) {
    problems.push(problem(place, 'geojson_invalid', 'properties', { detail: 'properties must be an object' }));
    return cells;
  }
  for (const key of Object.keys(props)) {
    const m = matchHeader(key, kind);
    if (m.forbidden) {
      problems.push(problem(place, 'forbidden_key', `properties.${key}`, { value: key }, 'warning'));
      continue;
    }
    if (!m.field || cells.cells.has(m.field)) continue;
    const value = (props as Record<string, unknown>)[key];
    cells.cells.set(m.field, Array.isArray(value) ? value.filter((v) => typeof v === 'string' || typeof v === 'number').join('、') : value);
    if (m.unit) cells.units.set(m.field, m.unit);
  }
  return cells;
}
