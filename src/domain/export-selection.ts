import type { ImportedProject, ImportedZone } from '../schema';
import type { Filters } from '../store';
import type { ProjectFilters } from '../store/imports-slice';
import type { ParentOf } from './park-filter';
import { zoneMatchesFilters } from './imported';
import { keptProjects, projectIndexOf } from './project-index';
import type { ProjectRows } from './project-rows';

/**
 * The projects the map currently shows — the same index and rule the project layers use (board, industry with
 * sub-items, stage, date; the dataset's index the map already built) — so that an export downloads exactly what
 * was on screen.
 */
export function projectsInView(
  projects: ProjectRows,
  filters: Filters,
  projectFilters: ProjectFilters,
  parentOf: ParentOf,
): ImportedProject[] {
  const spec = { ...projectFilters, industries: filters.industries, boards: filters.boards };
  return keptProjects(projectIndexOf(projects), spec, parentOf).map((i) => projects.at(i));
}

/** The zones the map currently shows (same rule as the zone layers). */
export function zonesInView(zones: readonly ImportedZone[], filters: Filters, parentOf: ParentOf): ImportedZone[] {
  return zones.filter((z) => zoneMatchesFilters(z, filters, parentOf));
}
