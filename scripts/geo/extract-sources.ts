/**
 * One-off: re-creates the small raw extracts in geo/sources/ from full upstream copies, so the regular build
 * (build-geo.ts) runs without network. Not part of `npm run build:geo`.
 *
 *   tsx scripts/geo/extract-sources.ts --adcode-git <Vonng/adcode .git dir> [--ne-dir <dir with ne_10m_*.json>]
 *
 * The Natural Earth files come from martynafford/natural-earth-geojson (10m/physical/ne_10m_lakes.7z and
 * ne_10m_ocean.7z, unpacked with 7z).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mapshaper from 'mapshaper';
import type { FeatureCollection } from 'geojson';
import { WUXI_BBOX } from '../../src/geo/validate-geometry';
import { INPUT } from './geo-paths';
import { TOWN_CSV_HEADER } from './build-towns';
import { COMMUNITY_CSV_HEADER } from './build-communities';

const COUNTY_ADCODES = ['320205', '320206', '320211', '320213', '320214', '320281', '320282'];

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) throw new Error(`missing ${name}`);
  return value;
}

/** Town/street rows (level "town") of Wuxi's seven county-level units, columns kept as the source writes them. */
function extractTowns(adcodeGit: string): string {
  const rows: string[] = [];
  for (const county of COUNTY_ADCODES) {
    const csv = execFileSync('git', ['--git-dir', adcodeGit, 'show', `HEAD:data/adcode/${county}.csv`], { encoding: 'utf8' });
    for (const line of csv.split('\n')) {
      // code,parent,name,level,rank,adcode,post_code,area_code,ur_code,municipality,virtual,dummy,longitude,latitude,...
      const cols = line.split(',');
      if (cols[3] !== 'town') continue;
      rows.push([cols[0], cols[2], cols[5], cols[12], cols[13]].join(','));
    }
  }
  rows.sort();
  return `${TOWN_CSV_HEADER}\n${rows.join('\n')}\n`;
}

/** Community/village rows (level "village", 社区/村) of the same seven units: their town is the parent code. */
function extractCommunities(adcodeGit: string): string {
  const rows: string[] = [];
  for (const county of COUNTY_ADCODES) {
    const csv = execFileSync('git', ['--git-dir', adcodeGit, 'show', `HEAD:data/adcode/${county}.csv`], { encoding: 'utf8' });
    for (const line of csv.split('\n')) {
      const cols = line.split(',');
      if (cols[3] !== 'village') continue;
      rows.push([cols[0], cols[2], cols[1], cols[5], cols[12], cols[13]].join(','));
    }
  }
  rows.sort();
  return `${COMMUNITY_CSV_HEADER}\n${rows.join('\n')}\n`;
}

/**
 * Features of a Natural Earth layer that reach into the box, clipped to it with mapshaper (a real polygon clip:
 * turf's bboxClip leaves degenerate edges along the box when it clips the concave world-ocean polygon).
 * Coordinates are otherwise as upstream has them.
 */
async function extractNaturalEarth(file: string): Promise<string> {
  const out = await mapshaper.applyCommands(`-i in.json -clip bbox=${WUXI_BBOX.join(',')} remove-slivers -o out.json format=geojson`, {
    'in.json': fs.readFileSync(file, 'utf8'),
  });
  const fc = JSON.parse(String(out['out.json'])) as FeatureCollection;
  const kept = fc.features.filter((f) => f.geometry !== null);
  return `{"type":"FeatureCollection","features":[\n${kept.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

const adcodeGit = arg('--adcode-git');
fs.writeFileSync(INPUT.townsGcj02, extractTowns(adcodeGit));
fs.writeFileSync(INPUT.communitiesGcj02, extractCommunities(adcodeGit));
console.log('wrote', INPUT.townsGcj02, INPUT.communitiesGcj02);
// --ne-dir is optional, so the adcode extracts can be refreshed on their own.
if (process.argv.includes('--ne-dir')) {
  const neDir = arg('--ne-dir');
  fs.writeFileSync(INPUT.neLakes, await extractNaturalEarth(path.join(neDir, 'ne_10m_lakes.json')));
  // The lower Yangtze is part of Natural Earth's ocean polygon (estuary); its centre line stops west of the box.
  fs.writeFileSync(INPUT.neOcean, await extractNaturalEarth(path.join(neDir, 'ne_10m_ocean.json')));
  console.log('wrote', INPUT.neLakes, INPUT.neOcean);
}
