import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import type { ImportedProject, ImportedZone } from '../../schema';
import { zonesToFeatures } from '../map-hooks';
import { representativePoint } from '../kinds/zones';
import { STAGE_LABELS, ZONE_KIND_LABELS } from '../validate/vocab';
import { csvSafe } from '../read/csv-guard';

/**
 * Export of imported (and filtered) projects/zones as GeoJSON and as CSV in UTF-8 with BOM, which Excel opens
 * with Chinese intact. Exports are versioned and say they are user-imported data, not official data.
 */
export const EXPORT_VERSION = 1;

export { csvSafe };

const BOM = '\ufeff';

export function projectsToGeoJson(projects: readonly ImportedProject[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    // Foreign members: readers ignore them; they keep the provenance with the file.
    ...{ export_version: EXPORT_VERSION, origin: 'imported' },
    features: projects.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.external_id ?? p.id,
        name: p.name,
        industry: p.industry,
        stage: p.stage,
        investment_yi: p.investment_yi,
        date: p.date,
        board: p.board,
        location: p.location.method === 'park' ? `park:${p.location.park_id}` : 'coordinates',
        precision: p.location.method === 'park' ? p.location.precision : 'site',
        origin: 'imported',
      },
    })),
  };
}

export function zonesToGeoJson(zones: readonly ImportedZone[]): FeatureCollection {
  const fc = zonesToFeatures(zones);
  return {
    ...fc,
    ...{ export_version: EXPORT_VERSION, origin: 'imported' },
    features: fc.features.map((f, i) => ({
      ...f,
      properties: { ...f.properties, id: zones[i]?.external_id ?? f.properties.id, label_point: undefined, origin: 'imported' },
    })),
  } as FeatureCollection;
}

function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const data = rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : csvSafe(v))));
  return BOM + Papa.unparse({ fields: header, data }, { newline: '\r\n' });
}

/** Headers are bilingual ("名称/name") and read back by the importer unchanged. */
export function projectsToCsv(projects: readonly ImportedProject[]): string {
  return toCsv(
    ['编号/id', '项目名称/name', '产业/industry', '阶段/stage', '总投资(亿元)/investment_yi', '日期/date', '板块/board', '经度/lon', '纬度/lat', '园区/park'],
    projects.map((p) => [
      p.external_id ?? p.id,
      p.name,
      p.industry,
      STAGE_LABELS[p.stage].zh,
      p.investment_yi,
      p.date,
      p.board,
      p.location.method === 'coordinates' ? round6(p.lon) : null,
      p.location.method === 'coordinates' ? round6(p.lat) : null,
      p.location.method === 'park' ? p.location.park_id : null,
    ]),
  );
}

export function zonesToCsv(zones: readonly ImportedZone[]): string {
  return toCsv(
    ['编号/id', '名称/name', '类型/zone_kind', '板块/board', '主导产业/lead_industries', '面积(平方公里)/area_km2', '状态/status', '经度/lon', '纬度/lat', '几何/geometry'],
    zones.map((z) => {
      // CSV holds points only: polygons are written at a point inside them, and the row says so (use GeoJSON for shapes).
      const [lon, lat] = representativePoint(z.geometry);
      return [z.external_id ?? z.id, z.name, ZONE_KIND_LABELS[z.zone_kind].zh, z.board, z.lead_industries.join('、'), z.area_km2, z.status, round6(lon), round6(lat), z.geometry.type];
    }),
  );
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
