import { visibleProjects, visibleZones } from '../domain/imported';
import type { Feature, FeatureCollection } from 'geojson';
import type { BoardId, ImportedDataset, ImportedProject, ImportedZone, ProjectStage, ZoneGeometry, ZoneKind } from '../schema';
import { representativePoint } from './kinds/zones';

/**
 * Pure hand-offs from imported data to the map's layer builders (deck.gl / MapLibre). No React, no store:
 * the MAP helper calls them from its builders with state it selected.
 */
export interface ProjectPointFilters {
  stages?: readonly ProjectStage[];
  industries?: readonly string[];
  boards?: readonly BoardId[];
  dateFrom?: string | null;
  dateTo?: string | null;
}

export interface ProjectHeatPoint {
  id: string;
  position: [number, number];
  /** Total investment in 亿元: the heat weight. */
  weight: number;
  name: string;
  stage: ProjectStage;
  industry: string;
  board: BoardId | null;
  imported: true;
}

/** First and last day a partial date covers: '2024' → 2024-01-01…2024-12-31. */
function period(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

export function projectMatches(p: ImportedProject, f: ProjectPointFilters): boolean {
  if (f.stages?.length && !f.stages.includes(p.stage)) return false;
  if (f.industries?.length && !f.industries.includes(p.industry)) return false;
  if (f.boards?.length && (p.board === null || !f.boards.includes(p.board))) return false;
  if (f.dateFrom || f.dateTo) {
    if (!p.date) return false;
    const [start, end] = period(p.date);
    if (f.dateFrom && end < period(f.dateFrom)[0]) return false;
    if (f.dateTo && start > period(f.dateTo)[1]) return false;
  }
  return true;
}

/**
 * Imported projects → weighted heat points (weight = investment in 亿元). Projects without an amount, or with 0,
 * carry no weight and are left out of the heat (they still draw as points).
 */
export function projectsToHeatPoints(projects: readonly ImportedProject[], filters: ProjectPointFilters = {}): ProjectHeatPoint[] {
  const out: ProjectHeatPoint[] = [];
  for (const p of projects) {
    if (!p.investment_yi || !projectMatches(p, filters)) continue;
    out.push({ id: p.id, position: [p.lon, p.lat], weight: p.investment_yi, name: p.name, stage: p.stage, industry: p.industry, board: p.board, imported: true });
  }
  return out;
}

export interface ZoneFeatureProperties {
  id: string;
  name: string;
  zone_kind: ZoneKind;
  board: BoardId | null;
  lead_industries: string[];
  area_km2: number | null;
  status: string | null;
  imported: true;
  /** A point inside/at the zone for labels and point symbols. */
  label_point: [number, number];
}

export function zonesToFeatures(zones: readonly ImportedZone[]): FeatureCollection<ZoneGeometry, ZoneFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: zones.map(
      (z): Feature<ZoneGeometry, ZoneFeatureProperties> => ({
        type: 'Feature',
        id: z.id,
        geometry: z.geometry,
        properties: {
          id: z.id,
          name: z.name,
          zone_kind: z.zone_kind,
          board: z.board,
          lead_industries: [...z.lead_industries],
          area_km2: z.area_km2,
          status: z.status,
          imported: true,
          label_point: representativePoint(z.geometry),
        },
      }),
    ),
  };
}

/** All visible imported projects / zones (hidden datasets left out): one definition, in src/domain/imported.ts. */
export { visibleProjects, visibleZones } from '../domain/imported';

/** Counts for the district and industry panels: imported projects and zones per board / per industry. */
export function importedCounts(datasets: readonly ImportedDataset[], hidden: readonly string[] = []) {
  const byBoard = new Map<string, { projects: number; zones: number; investmentYi: number }>();
  const byIndustry = new Map<string, { projects: number; zones: number; investmentYi: number }>();
  const bump = (map: typeof byBoard, key: string, kind: 'projects' | 'zones', yi: number) => {
    const e = map.get(key) ?? { projects: 0, zones: 0, investmentYi: 0 };
    e[kind] += 1;
    e.investmentYi += yi;
    map.set(key, e);
  };
  for (const p of visibleProjects(datasets, hidden)) {
    if (p.board) bump(byBoard, p.board, 'projects', p.investment_yi ?? 0);
    bump(byIndustry, p.industry, 'projects', p.investment_yi ?? 0);
  }
  for (const z of visibleZones(datasets, hidden)) {
    if (z.board) bump(byBoard, z.board, 'zones', 0);
    for (const i of z.lead_industries) bump(byIndustry, i, 'zones', 0);
  }
  return { byBoard, byIndustry };
}
