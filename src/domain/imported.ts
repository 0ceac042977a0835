/**
 * Imported datasets as the map and the panels read them: the visible records, one record by id, and counts
 * per board / industry. Pure, and free of the import pipeline's modules (parsers, validation), so the first
 * load stays small: the pipeline lives in lazy chunks.
 *
 * Counts follow the one park filter's industry rule: a 车联网 project or zone counts for 物联网 too.
 */
import type { BoardId, ImportedDataset, ImportedProject, ImportedZone, ParkCategory, ZoneKind } from '../schema';
import type { Filters } from '../store';
import { industryMatches, noParent, parkMatchesFilters, type ParentOf } from './park-filter';

export function visibleProjects(datasets: readonly ImportedDataset[], hidden: readonly string[] = []): ImportedProject[] {
  return datasets.flatMap((d) => (d.kind === 'projects' && !hidden.includes(d.meta.id) ? d.projects : []));
}

export function visibleZones(datasets: readonly ImportedDataset[], hidden: readonly string[] = []): ImportedZone[] {
  return datasets.flatMap((d) => (d.kind === 'zones' && !hidden.includes(d.meta.id) ? d.zones : []));
}

export type ImportedRecord =
  | { kind: 'project'; record: ImportedProject; dataset: ImportedDataset }
  | { kind: 'zone'; record: ImportedZone; dataset: ImportedDataset };

/** The record with this id and the dataset it came from (hidden datasets included: a link may point at one). */
export function findImported(datasets: readonly ImportedDataset[], kind: 'project' | 'zone', id: string): ImportedRecord | null {
  for (const d of datasets) {
    if (kind === 'project' && d.kind === 'projects') {
      const record = d.projects.find((p) => p.id === id);
      if (record) return { kind, record, dataset: d };
    }
    if (kind === 'zone' && d.kind === 'zones') {
      const record = d.zones.find((z) => z.id === id);
      if (record) return { kind, record, dataset: d };
    }
  }
  return null;
}

/**
 * The park category an imported zone draws in. Extra parks have no category of their own in the documents,
 * so they get none here (null): they draw with the neutral "imported park" symbol.
 */
export function zoneCategory(kind: ZoneKind): ParkCategory | null {
  return kind === 'connected_zone' || kind === 'upgrade_zone' ? kind : null;
}

/** Zones the store's filters keep, through the one park filter (a zone has the same fields as a park). */
export function zoneMatchesFilters(zone: ImportedZone, filters: Filters, parentOf: ParentOf = noParent): boolean {
  const category = zoneCategory(zone.zone_kind);
  if (filters.categories.length && (category === null || !filters.categories.includes(category))) return false;
  if (filters.boards.length && (zone.board === null || !filters.boards.includes(zone.board))) return false;
  if (filters.statuses.length && (zone.status === null || !filters.statuses.includes(zone.status))) return false;
  return parkMatchesFilters(
    { category: category ?? 'characteristic_park', board: zone.board ?? '320214', status: zone.status ?? 'existing', lead_industries: zone.lead_industries },
    { categories: [], boards: [], statuses: [], industries: filters.industries },
    parentOf,
  );
}

export interface ImportedTally {
  projects: number;
  zones: number;
  /** Sum of the projects' investment, 亿元 (projects without an amount add nothing). */
  investmentYi: number;
  /** Projects without an amount. */
  projectsWithoutAmount: number;
  zonesByKind: Partial<Record<ZoneKind, number>>;
}

const emptyTally = (): ImportedTally => ({ projects: 0, zones: 0, investmentYi: 0, projectsWithoutAmount: 0, zonesByKind: {} });

function addProject(t: ImportedTally, p: ImportedProject) {
  t.projects += 1;
  if (p.investment_yi === null) t.projectsWithoutAmount += 1;
  else t.investmentYi += p.investment_yi;
}
function addZone(t: ImportedTally, z: ImportedZone) {
  t.zones += 1;
  t.zonesByKind[z.zone_kind] = (t.zonesByKind[z.zone_kind] ?? 0) + 1;
}

/** Imported projects and zones in one board (visible datasets only). */
export function importedForBoard(projects: readonly ImportedProject[], zones: readonly ImportedZone[], board: BoardId): ImportedTally {
  const t = emptyTally();
  for (const p of projects) if (p.board === board) addProject(t, p);
  for (const z of zones) if (z.board === board) addZone(t, z);
  return t;
}

/** Imported projects and zones of one industry, its sub-items included (visible datasets only). */
export function importedForIndustry(
  projects: readonly ImportedProject[],
  zones: readonly ImportedZone[],
  industry: string,
  parentOf: ParentOf = noParent,
): ImportedTally {
  const wanted = new Set([industry]);
  const t = emptyTally();
  for (const p of projects) if (industryMatches(p.industry, wanted, parentOf)) addProject(t, p);
  for (const z of zones) if (z.lead_industries.some((id) => industryMatches(id, wanted, parentOf))) addZone(t, z);
  return t;
}

/** Imported zones per drawing category (legend counts). */
export function zoneCountsByKind(zones: readonly ImportedZone[]): Partial<Record<ZoneKind, number>> {
  const out: Partial<Record<ZoneKind, number>> = {};
  for (const z of zones) out[z.zone_kind] = (out[z.zone_kind] ?? 0) + 1;
  return out;
}
