import type { BoardId, StoredSite } from '../../schema';
import { SitePropertiesSchema } from '../../schema/sites';
import { pointOnSurface } from '../../sites/point-on-surface';
import type { Containment } from '../validate/containment';
import type { RawFeature } from '../read/geojson';
import type { ReferenceData } from '../validate/reference';
import { problem, type ImportProblem, type ProblemPlace } from '../validate/problems';
import { checkZoneGeometry } from '../validate/zone-geometry';

/**
 * The row-level checks of a site register (data/park-sites.geojson and the same format imported through
 * "My data"): one function, so the build's check and the app's import report the same problems with the same
 * codes and messages (feature N, field, problem). Pure: runs in Node (check:data), the import worker and tests.
 */

export type SiteProblemCode =
  | 'site_unknown_park'
  | 'site_source_missing'
  | 'site_bad_field'
  | 'site_outside_board'
  | 'site_outside_wxjk'
  | 'site_no_board_check'
  | 'site_duplicate_park'
  | 'site_already_registered';

export interface SiteCheckContext {
  file: string;
  /** Park id → its board, from data/parks.json (or the app's parks). */
  parkBoards: ReadonlyMap<string, BoardId>;
  containment: Containment;
  /** Parks that already have a site in the user's register: a second one is refused (nothing loaded changes). */
  registered?: ReadonlySet<string>;
}

export interface CheckedSite {
  /** 1-based feature number in the file. */
  feature: number;
  site: StoredSite;
}

/** The boards a site of this board may lie in: 无锡经开区 has no outline of its own; it lies in 滨湖 and 新吴. */
export function allowedBoards(board: BoardId): readonly BoardId[] {
  return board === 'wxjk' ? ['320211', '320214'] : [board];
}

export function checkSiteFeatures(features: readonly RawFeature[], ctx: SiteCheckContext): { sites: CheckedSite[]; problems: ImportProblem[] } {
  const sites: CheckedSite[] = [];
  const problems: ImportProblem[] = [];
  const firstOf = new Map<string, number>();
  for (const f of features) {
    const place: ProblemPlace = { file: ctx.file, row: null, feature: f.number };
    const found = checkOne(f, place, ctx);
    const parkId = found.parkId;
    if (parkId !== null && found.site) {
      const first = firstOf.get(parkId);
      if (first !== undefined) found.problems.push(problem(place, 'site_duplicate_park', 'properties.park_id', { value: parkId, first }));
      else if (ctx.registered?.has(parkId)) found.problems.push(problem(place, 'site_already_registered', 'properties.park_id', { value: parkId }));
    }
    // Problems name the park where the feature names one, so a reader finds it without counting features.
    for (const p of found.problems) problems.push(parkId !== null ? { ...p, params: { park_id: parkId, ...p.params } } : p);
    if (found.site && found.problems.every((p) => p.severity !== 'error')) {
      sites.push({ feature: f.number, site: found.site });
      if (parkId !== null) firstOf.set(parkId, f.number);
    }
  }
  return { sites, problems };
}

function checkOne(f: RawFeature, place: ProblemPlace, ctx: SiteCheckContext): { parkId: string | null; site: StoredSite | null; problems: ImportProblem[] } {
  const out: ImportProblem[] = [];
  const props = f.properties;
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    out.push(problem(place, 'site_source_missing', 'properties.source'));
    return { parkId: null, site: null, problems: [problem(place, 'geojson_invalid', 'properties', { detail: 'properties must be an object' }), ...out] };
  }
  const record = props as Record<string, unknown>;
  const rawId = record.park_id;
  const parkId = typeof rawId === 'string' && rawId.trim() !== '' ? rawId.trim() : null;
  const board = parkId !== null ? ctx.parkBoards.get(parkId) : undefined;
  if (parkId === null) out.push(problem(place, 'required', 'properties.park_id'));
  else if (!board) out.push(problem(place, 'site_unknown_park', 'properties.park_id', { value: parkId.slice(0, 80) }));

  const source = record.source;
  const hasTitle = source !== null && typeof source === 'object' && !Array.isArray(source) && typeof (source as { title?: unknown }).title === 'string' && (source as { title: string }).title.trim() !== '';
  if (!hasTitle) out.push(problem(place, 'site_source_missing', source === undefined || source === null ? 'properties.source' : 'properties.source.title'));

  const parsed = SitePropertiesSchema.safeParse(props);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = ['properties', ...issue.path.map(String)].join('.');
      // Already reported above with a more specific message.
      if (field === 'properties.park_id' || field.startsWith('properties.source') && !hasTitle) continue;
      if (field === 'properties.source.title') continue;
      const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      out.push(problem(place, 'site_bad_field', field, { detail: `${issue.message}${unknownKeys}` }));
    }
  }

  // Published registers are WGS84 by definition (RFC 7946); the same file imports as WGS84.
  const checked = checkZoneGeometry(f.geometry, 'wgs84', place, ctx.containment);
  out.push(...checked.problems);
  if (!checked.geometry) return { parkId, site: null, problems: out };
  const point = pointOnSurface(checked.geometry);
  if (board) {
    const located = ctx.containment.locate(point[0], point[1]);
    if (located === 'wuxi') out.push(problem(place, 'site_no_board_check', 'geometry', {}, 'warning'));
    else if (located === null || !allowedBoards(board).includes(located)) {
      const params = { lon: point[0], lat: point[1], board, located: located ?? '—' };
      out.push(problem(place, board === 'wxjk' ? 'site_outside_wxjk' : 'site_outside_board', 'geometry', params));
    }
  }
  if (!parsed.success || !board || out.some((p) => p.severity === 'error')) return { parkId, site: null, problems: out };
  const { park_id, source: src, note } = parsed.data;
  const site: StoredSite = { park_id, source: src, ...(note !== undefined ? { note } : {}), geometry: checked.geometry, point };
  return { parkId, site, problems: out };
}

/** The import kind: a register file's features → the valid sites (stored shape) and every problem. */
export function readSiteRegister(
  features: readonly RawFeature[],
  input: { file: string; reference: ReferenceData; containment: Containment; registered?: readonly string[] | undefined },
): { sites: StoredSite[]; problems: ImportProblem[]; invalid: number } {
  const parkBoards = new Map(input.reference.parks.map((p) => [p.id, p.board] as const));
  const checked = checkSiteFeatures(features, {
    file: input.file,
    parkBoards,
    containment: input.containment,
    registered: new Set(input.registered ?? []),
  });
  return { sites: checked.sites.map((c) => c.site), problems: checked.problems, invalid: features.length - checked.sites.length };
}
