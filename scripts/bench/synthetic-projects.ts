/**
 * SYNTHETIC project records for benchmarks and scale tests only. Nothing here describes a real project:
 * names say 合成 / SYNTHETIC, positions are Gaussian clouds around made-up cluster centres inside the Wuxi
 * bounding box, amounts and dates are random. Output goes to bench/.data/ (gitignored) and never into the app build.
 */
import { gaussian, mulberry32, pick, type Random } from './prng';
import type { BoardId } from '../../src/schema';
import { projectStages } from '../../src/schema/constants';

/** Core taxonomy ids (fixed list of the project brief); enough variety for filters to select ~1/N of the points. */
export const SYNTHETIC_INDUSTRIES = [
  'iot',
  'integrated_circuits',
  'biomedicine',
  'software_it',
  'high_end_equipment',
  'textiles_apparel',
  'energy_saving_environmental',
  'new_materials',
  'new_energy',
  'automotive_parts',
] as const;

/** The eight project pipelines of issue 5 (在谈 … 达产): the app's own list. */
export const SYNTHETIC_STAGES = projectStages;

export interface SyntheticProject {
  id: string;
  name: string;
  industry: (typeof SYNTHETIC_INDUSTRIES)[number];
  stage: (typeof SYNTHETIC_STAGES)[number];
  /** 亿元 */
  investment_yi: number;
  date: string;
  board: BoardId;
  lon: number;
  lat: number;
}

/** Bounding box the points stay in (WGS84): the municipality with a little margin. */
export const SYNTHETIC_BBOX = { minLon: 119.5, minLat: 31.1, maxLon: 120.65, maxLat: 32.05 } as const;

/**
 * Made-up cluster centres spread over the box (NOT real sites). One per board so the board column varies;
 * spread in degrees.
 */
const CENTRES: readonly { lon: number; lat: number; spread: number; board: BoardId }[] = [
  { lon: 120.28, lat: 31.83, spread: 0.08, board: '320281' },
  { lon: 119.82, lat: 31.36, spread: 0.09, board: '320282' },
  { lon: 120.3, lat: 31.57, spread: 0.03, board: '320213' },
  { lon: 120.45, lat: 31.6, spread: 0.05, board: '320205' },
  { lon: 120.2, lat: 31.65, spread: 0.05, board: '320206' },
  { lon: 120.24, lat: 31.5, spread: 0.04, board: '320211' },
  { lon: 120.4, lat: 31.52, spread: 0.04, board: '320214' },
  { lon: 120.33, lat: 31.49, spread: 0.03, board: 'wxjk' },
];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function syntheticDate(random: Random): string {
  const day = Math.floor(random() * 365 * 3);
  const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Draws `count` records from `seed`; the same (count, seed) always gives the same records. */
export function* syntheticProjects(count: number, seed: number): Generator<SyntheticProject> {
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const centre = pick(random, CENTRES);
    const lon = clamp(centre.lon + gaussian(random) * centre.spread, SYNTHETIC_BBOX.minLon, SYNTHETIC_BBOX.maxLon);
    const lat = clamp(centre.lat + gaussian(random) * centre.spread * 0.8, SYNTHETIC_BBOX.minLat, SYNTHETIC_BBOX.maxLat);
    // Log-normal-ish amounts: most projects small, a few very large, as real pipelines are shaped.
    const investment = Math.exp(gaussian(random) * 1.2 + 1);
    yield {
      id: `syn-${seed}-${i}`,
      name: `合成项目 SYNTHETIC ${String(i).padStart(7, '0')}`,
      industry: pick(random, SYNTHETIC_INDUSTRIES),
      stage: pick(random, SYNTHETIC_STAGES),
      investment_yi: round(investment, 2),
      date: syntheticDate(random),
      board: centre.board,
      lon: round(lon, 6),
      lat: round(lat, 6),
    };
  }
}

export function syntheticProjectArray(count: number, seed: number): SyntheticProject[] {
  return Array.from(syntheticProjects(count, seed));
}

export const CSV_HEADER = ['name', 'industry', 'stage', 'investment_yi', 'date', 'board', 'lon', 'lat'] as const;

/** One CSV line; names never contain commas or quotes, so no quoting is needed (asserted in the unit test). */
export function csvLine(p: SyntheticProject): string {
  return [p.name, p.industry, p.stage, p.investment_yi, p.date, p.board, p.lon, p.lat].join(',');
}

