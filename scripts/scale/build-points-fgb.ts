/**
 * Builds the scale-path files from a generated SYNTHETIC point set (default 1 000 000 points, seeded):
 *
 *   bench/.data/scale/points-<n>.fgb            FlatGeobuf with a packed Hilbert R-tree: the app reads only the
 *                                               features inside the visible bbox through HTTP Range requests.
 *   bench/.data/scale/points-<n>.overview.json  a small grid of counts for low zooms, where the whole city is in
 *                                               view and reading features would mean reading the whole file.
 *
 * Usage: tsx scripts/scale/build-points-fgb.ts [count] [outDir]
 * For real data, replace `syntheticProjects` with the source rows, or convert with GDAL:
 *   ogr2ogr -f FlatGeobuf -lco SPATIAL_INDEX=YES points.fgb points.csv -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { realpathSync } from 'node:fs';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { serializeIndexed } from './fgb-indexed-writer';
import { syntheticProjects, SYNTHETIC_BBOX } from '../bench/synthetic-projects';
import { SCALE_DIR, SCALE_SEED } from '../bench/paths';
import { buildOverviewGrid, type OverviewGrid } from '../../src/scale/overview-grid';

export interface ScaleBuildResult {
  fgbPath: string;
  overviewPath: string;
  fgbBytes: number;
  count: number;
}

/** Properties kept per point: what the layer colours/filters by; everything else stays in the source table. */
export interface ScalePointProperties {
  industry: string;
  stage: string;
  investment_yi: number;
}

export async function buildScaleFiles(count = 1_000_000, outDir = SCALE_DIR, seed = SCALE_SEED): Promise<ScaleBuildResult> {
  await mkdir(outDir, { recursive: true });
  const features: Feature<Point, ScalePointProperties>[] = new Array(count);
  const lons = new Float64Array(count);
  const lats = new Float64Array(count);
  let i = 0;
  for (const p of syntheticProjects(count, seed)) {
    lons[i] = p.lon;
    lats[i] = p.lat;
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { industry: p.industry, stage: p.stage, investment_yi: p.investment_yi },
    };
    i++;
  }
  const collection: FeatureCollection<Point, ScalePointProperties> = { type: 'FeatureCollection', features };
  // Features sorted along a Hilbert curve behind a packed R-tree, so a bbox read touches a few byte ranges.
  const bytes = serializeIndexed(collection, { crsCode: 4326, title: 'SYNTHETIC points (scale test)' });
  const fgbPath = resolve(outDir, `points-${count}.fgb`);
  await writeFile(fgbPath, bytes);

  const overview: OverviewGrid = buildOverviewGrid(lons, lats, SYNTHETIC_BBOX, 0.02);
  const overviewPath = resolve(outDir, `points-${count}.overview.json`);
  await writeFile(overviewPath, JSON.stringify({ ...overview, synthetic: true }));
  return { fgbPath, overviewPath, fgbBytes: (await stat(fgbPath)).size, count };
}

const isMain = process.argv[1] && import.meta.filename === realpathSync(process.argv[1]);
if (isMain) {
  const count = Number(process.argv[2] ?? 1_000_000);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`count must be a positive integer, got ${process.argv[2]}`);
  const outDir = process.argv[3] ? resolve(process.argv[3]) : SCALE_DIR;
  const started = performance.now();
  const result = await buildScaleFiles(count, outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `SYNTHETIC ${result.count} points → ${result.fgbPath} (${(result.fgbBytes / 2 ** 20).toFixed(1)} MiB), ` +
      `${result.overviewPath} in ${seconds} s`,
  );
}
