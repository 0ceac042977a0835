import type { Feature, FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import { AirportPropertiesSchema, type AirportProperties } from '../../src/schema/geo';
import { WUXI_BBOX } from '../../src/geo/validate-geometry';
import { byStringKey, roundPosition } from './geojson-output';
import { SOURCE_VERSION } from './geo-paths';

/** The columns of OurAirports' airports.csv, as the source writes its header. */
const COLUMNS = [
  'id', 'ident', 'type', 'name', 'latitude_deg', 'longitude_deg', 'elevation_ft', 'continent', 'iso_country', 'iso_region',
  'municipality', 'scheduled_service', 'icao_code', 'iata_code', 'gps_code', 'local_code', 'home_link', 'wikipedia_link', 'keywords',
] as const;
type AirportRow = Record<(typeof COLUMNS)[number], string>;

export function parseAirportCsv(text: string): AirportRow[] {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  const [header, ...lines] = parsed.data;
  if ((header ?? []).join(',') !== COLUMNS.join(',')) throw new Error(`airports CSV: unexpected header "${(header ?? []).join(',')}"`);
  return lines.map((cols, i) => {
    if (cols.length !== COLUMNS.length) throw new Error(`airports CSV line ${i + 2}: expected ${COLUMNS.length} columns, got ${cols.length}`);
    return Object.fromEntries(COLUMNS.map((c, k) => [c, cols[k] ?? ''])) as AirportRow;
  });
}

/**
 * OurAirports rows → WGS84 points (the source's own CRS), sorted by ICAO code. A row without an ICAO/IATA code
 * or outside the Wuxi box stops the build, naming the row and field. No Chinese name is added: the source has none.
 */
export function buildAirports(rows: AirportRow[]): FeatureCollection<Point, AirportProperties> {
  const [west, south, east, north] = WUXI_BBOX;
  const features = rows.map((row, i): Feature<Point, AirportProperties> => {
    const where = `airports CSV line ${i + 2} (${row.ident})`;
    const lon = Number(row.longitude_deg);
    const lat = Number(row.latitude_deg);
    if (!(lon >= west && lon <= east && lat >= south && lat <= north)) {
      throw new Error(`${where}: longitude_deg/latitude_deg ${row.longitude_deg}, ${row.latitude_deg} outside the Wuxi box`);
    }
    const properties = AirportPropertiesSchema.parse({
      icao: row.icao_code,
      iata: row.iata_code,
      name_en: row.name,
      name_zh: null,
      source: `OurAirports airports.csv (public domain), via ${SOURCE_VERSION.ourAirports}: row id ${row.id}, WGS84 as published.`,
    });
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: roundPosition([lon, lat]) } };
  });
  return { type: 'FeatureCollection', features: features.sort(byStringKey((f) => f.properties.icao)) };
}
