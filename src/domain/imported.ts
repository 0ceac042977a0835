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
import { boardCodeOf, type ProjectIndex } from './project-index';
import { allRecords } from './project-rows';

/** Every visible project as a record (made now for rows not yet looked at). */
export function visibleProjects(datasets: readonly ImportedDataset[], hidden: readonly string[] = []): ImportedProject[] {
  return datasets.flatMap((d) => (d.kind === 'projects' && !hidden.includes(d.meta.id) ? allRecords(d.projects) : []));
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
      const row = d.projects.rowOf(id);
      if (row >= 0) return { kind, record: d.projects.at(row), dataset: d };
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

/** Row i of the index into the tally, with its exact amount (the index's own is rounded for the GPU). */
function addProject(t: ImportedTally, index: ProjectIndex, i: number) {
  t.projects += 1;
  const amount = index.rows.investmentAt(i);
  if (amount === null) t.projectsWithoutAmount += 1;
  else t.investmentYi += amount;
}
function addZone(t: ImportedTally, z: ImportedZone) {
  t.zones += 1;
  t.zonesByKind[z.zone_kind] = (t.zonesByKind[z.zone_kind] ?? 0) + 1;
}

/** Imported projects (the visible datasets' index, if any) and zones in one board. */
export function importedForBoard(projects: ProjectIndex | null, zones: readonly ImportedZone[], board: BoardId): ImportedTally {
  const t = emptyTally();
  const code = boardCodeOf(board);
  if (projects) for (let i = 0; i < projects.count; i++) if (projects.board[i] === code) addProject(t, projects, i);
  for (const z of zones) if (z.board === board) addZone(t, z);
  return t;
}

/** Imported projects (the visible datasets' index, if any) and zones of one industry, its sub-items included. */
export function importedForIndustry(
  projects: ProjectIndex | null,
  zones: readonly ImportedZone[],
  industry: string,
  parentOf: ParentOf = noParent,
): ImportedTally {
  const wanted = new Set([industry]);
  const t = emptyTally();
  if (projects) {
    // Decided once per industry of the index's vocabulary, not once per project.
    const matches = projects.industries.map((id) => industryMatches(id, wanted, parentOf));
    for (let i = 0; i < projects.count; i++) if (matches[projects.industry[i]!]) addProject(t, projects, i);
  }
  for (const z of zones) if (z.lead_industries.some((id) => industryMatches(id, wanted, parentOf))) addZone(t, z);
  return t;
}

/** Imported zones per drawing category (legend counts). */
export function zoneCountsByKind(zones: readonly ImportedZone[]): Partial<Record<ZoneKind, number>> {
  const out: Partial<Record<ZoneKind, number>> = {};
  for (const z of zones) out[z.zone_kind] = (out[z.zone_kind] ?? 0) + 1;
  return out;
}
