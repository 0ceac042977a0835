/**
 * Validation of the data files: zod schemas per file, then cross-references between files.
 * Pure over the loaded contents (a file's parsed JSON or undefined if absent), so tests can feed broken copies.
 */
import type { z } from 'zod';
import {
  AirportPropertiesSchema,
  ChainChiefsSchema, CommunityPropertiesSchema, DisagreementsSchema, DistrictPropertiesSchema, documentIds, FutureParkPlansSchema, IndicatorsSchema, KeyTasksSchema,
  ParkPropertiesSchema, ParkRegisterSchema, SourceDocumentsSchema, SumAllowancesSchema, TargetTablesSchema,
  TaxonomySchema, TownPropertiesSchema, WaterPropertiesSchema,
  FundRegisterSchema, PlatformPointPropertiesSchema, PlatformRegisterSchema,
} from '../../src/schema';
import { platformRegisterProblems } from './platform-checks';
import { sourceFiles } from './paths';

export const dataSchemas: Readonly<Record<string, z.ZodType>> = {
  'documents.json': SourceDocumentsSchema,
  'taxonomy.json': TaxonomySchema,
  'targets-2024.json': TargetTablesSchema,
  'key-tasks-2024.json': KeyTasksSchema,
  'indicators.json': IndicatorsSchema,
  'chain-chiefs.json': ChainChiefsSchema,
  'sum-allowances.json': SumAllowancesSchema,
  'parks.json': ParkRegisterSchema,
  'future-park-plans.json': FutureParkPlansSchema,
  'platforms.json': PlatformRegisterSchema,
  'funds.json': FundRegisterSchema,
  'disagreements.json': DisagreementsSchema,
};

export const geoPropertySchemas: Readonly<Record<string, z.ZodType>> = {
  'districts.geojson': DistrictPropertiesSchema,
  'parks.geojson': ParkPropertiesSchema,
  'water.geojson': WaterPropertiesSchema,
  'towns.geojson': TownPropertiesSchema,
  'communities.geojson': CommunityPropertiesSchema,
  'platforms.geojson': PlatformPointPropertiesSchema,
  'airports.geojson': AirportPropertiesSchema,
};

/** Fixed taxonomy ids (shared brief); other ids are allowed only in the groups below. */
export const fixedIndustryIds = [
  'iot', 'integrated_circuits', 'biomedicine', 'software_it', 'iov', 'high_end_equipment', 'textiles_apparel',
  'energy_saving_environmental', 'new_materials', 'new_energy', 'automotive_parts', 'artificial_intelligence',
  'quantum_technology', 'third_gen_semiconductors', 'hydrogen_energy_storage', 'deep_sea_equipment',
  'aero_engines_gas_turbines', 'low_altitude_economy', 'humanoid_robots', 'commercial_space', 'metaverse',
  'synthetic_biology', 'advanced_membrane_materials', 'frontier_new_materials', 'embodied_ai_robots',
  'brain_computer_interface', 'optoelectronic_fusion', 'six_g', 'atomic_manufacturing',
] as const;
const EXTRA_ID_GROUPS = new Set(['jiangyin_only', 'future_direction']);

export type Loaded = Record<string, unknown>;

function zodProblems(where: string, schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `${where}${path}: ${issue.message}`;
  });
}

/** Schema problems of one data file (data/<name>) or geo file (properties of every feature). */
export function schemaProblems(data: Loaded, geo: Loaded): string[] {
  const problems: string[] = [];
  for (const [file, value] of Object.entries(data)) {
    const schema = dataSchemas[file];
    if (schema && value !== undefined) problems.push(...zodProblems(`data/${file}`, schema, value));
  }
  for (const [file, value] of Object.entries(geo)) {
    const schema = geoPropertySchemas[file];
    if (!schema || value === undefined) continue;
    const features = (value as { type?: unknown; features?: unknown }).features;
    if ((value as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
      problems.push(`geo/${file}: not a GeoJSON FeatureCollection`);
      continue;
    }
    features.forEach((feature: { properties?: unknown }, i) => {
      problems.push(...zodProblems(`geo/${file}.features[${i}].properties`, schema, feature.properties));
    });
  }
  return problems;
}

const asArray = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);

/** Cross-references between files; run only on files that passed their schema. */
export function crossReferenceProblems(data: Loaded, geo: Loaded): string[] {
  const problems: string[] = [];
  const taxonomy = asArray(data['taxonomy.json']);
  const industryIds = new Set(taxonomy.map((item) => String(item.id)));
  const knownIndustry = (where: string, id: unknown) => {
    if (taxonomy.length && typeof id === 'string' && !industryIds.has(id)) problems.push(`${where}: unknown industry id "${id}" (not in data/taxonomy.json)`);
  };

  // taxonomy: unique ids, parents exist, the fixed ids all present, extra ids only in the allowed groups
  const seen = new Set<string>();
  taxonomy.forEach((item, i) => {
    const id = String(item.id);
    if (seen.has(id)) problems.push(`data/taxonomy.json[${i}].id: duplicate id "${id}"`);
    seen.add(id);
    if (item.parent !== undefined) knownIndustry(`data/taxonomy.json[${i}].parent`, item.parent);
    if (!(fixedIndustryIds as readonly string[]).includes(id) && !EXTRA_ID_GROUPS.has(String(item.group))) {
      problems.push(`data/taxonomy.json[${i}].id: "${id}" is not a fixed id; only groups jiangyin_only / future_direction may add ids`);
    }
  });
  if (taxonomy.length) {
    for (const id of fixedIndustryIds) if (!industryIds.has(id)) problems.push(`data/taxonomy.json: fixed id "${id}" missing`);
  }

  // documents: exactly the five ids, files as in scripts/data/paths.ts
  const documents = asArray(data['documents.json']);
  if (documents.length) {
    const ids = documents.map((d) => String(d.id)).sort();
    if (ids.join() !== [...documentIds].sort().join()) problems.push(`data/documents.json: ids ${ids.join()} ≠ ${documentIds.join()}`);
    documents.forEach((d, i) => {
      const expected = sourceFiles[d.id as keyof typeof sourceFiles];
      if (expected && d.file !== expected) problems.push(`data/documents.json[${i}].file: "${String(d.file)}" ≠ "${expected}"`);
    });
  }

  // targets: unique row ids, parent rows exist, industries known
  const rowIds = new Set<string>();
  asArray(data['targets-2024.json']).forEach((table, t) => {
    asArray(table.rows).forEach((row, r) => {
      const where = `data/targets-2024.json[${t}].rows[${r}]`;
      const id = String(row.id);
      if (rowIds.has(id)) problems.push(`${where}.id: duplicate row id "${id}"`);
      rowIds.add(id);
      if (row.industry !== null) knownIndustry(`${where}.industry`, row.industry);
    });
  });
  asArray(data['targets-2024.json']).forEach((table, t) => {
    asArray(table.rows).forEach((row, r) => {
      if (row.parent_row !== null && !rowIds.has(String(row.parent_row))) {
        problems.push(`data/targets-2024.json[${t}].rows[${r}].parent_row: no row "${String(row.parent_row)}"`);
      }
    });
  });
  asArray(data['sum-allowances.json']).forEach((a, i) => {
    if (rowIds.size && !rowIds.has(String(a.row_id))) problems.push(`data/sum-allowances.json[${i}].row_id: no target row "${String(a.row_id)}"`);
  });

  // indicators: unique ids
  const indicatorIds = new Set<string>();
  asArray(data['indicators.json']).forEach((ind, i) => {
    if (indicatorIds.has(String(ind.id))) problems.push(`data/indicators.json[${i}].id: duplicate id "${String(ind.id)}"`);
    indicatorIds.add(String(ind.id));
  });
  // disagreements: the indicators and values they name exist
  const indicatorYears = new Set(asArray(data['indicators.json']).flatMap((ind) => asArray(ind.values).map((v) => `${String(ind.id)}@${String(v.year)}`)));
  asArray(data['disagreements.json']).forEach((d, i) => {
    asArray(d.indicators).forEach((id, j) => {
      if (indicatorIds.size && !indicatorIds.has(String(id))) problems.push(`data/disagreements.json[${i}].indicators[${j}]: no indicator "${String(id)}"`);
    });
    asArray(d.statements).forEach((st, j) => {
      if (st.indicator_value !== undefined && indicatorYears.size && !indicatorYears.has(String(st.indicator_value))) {
        problems.push(`data/disagreements.json[${i}].statements[${j}].indicator_value: no indicator value "${String(st.indicator_value)}"`);
      }
    });
  });

  asArray(data['chain-chiefs.json']).forEach((c, i) => knownIndustry(`data/chain-chiefs.json[${i}].industry`, c.industry));

  // parks: industries known; park ids referenced by future-park-plans exist
  const parks = asArray(data['parks.json']);
  const parkIds = new Set(parks.map((p) => String(p.id)));
  parks.forEach((p, i) => asArray(p.lead_industries).forEach((id, j) => knownIndustry(`data/parks.json[${i}].lead_industries[${j}]`, id)));
  asArray(data['future-park-plans.json']).forEach((plan, i) => {
    asArray(plan.focus_industries).forEach((id, j) => knownIndustry(`data/future-park-plans.json[${i}].focus_industries[${j}]`, id));
    asArray(plan.existing_parks).forEach((id, j) => {
      if (data['parks.json'] !== undefined && !parkIds.has(String(id))) {
        problems.push(`data/future-park-plans.json[${i}].existing_parks[${j}]: no park "${String(id)}" in data/parks.json`);
      }
    });
  });
  const geoParks = (geo['parks.geojson'] as { features?: { properties?: Record<string, unknown> }[] } | undefined)?.features ?? [];
  geoParks.forEach((f, i) => asArray(f.properties?.lead_industries).forEach((id, j) => knownIndustry(`geo/parks.geojson.features[${i}].properties.lead_industries[${j}]`, id)));
  problems.push(...platformRegisterProblems(data, geo, knownIndustry));
  return problems;
}
