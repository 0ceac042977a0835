import type { BoardId, ImportCrs } from '../../schema';
import { importCrsIds } from '../../schema/constants';
import type { Containment } from './containment';
import { toWgs84 } from './crs';

export interface CoordinateSample {
  /** As written in the file, before any conversion. */
  raw: readonly [number, number];
  /** Board the row declares, if any. */
  board: BoardId | null;
}

export interface CrsHint {
  chosen: ImportCrs;
  suggested: ImportCrs;
  /** Share of sampled points that fit (inside Wuxi and, where declared, inside their board), 0..1. */
  fitChosen: number;
  fitSuggested: number;
  sampled: number;
}

/**
 * Points used for the hint: the first ones with a position. A share measured on 1000 points is within about 2
 * points of the file's (two standard errors at 90 %), well inside the 10-point gain asked for a hint; each
 * point costs every candidate CRS a conversion and a look-up, which a cold worker feels.
 */
export const CRS_HINT_SAMPLE = 1000;
/** How much better another CRS must fit before we say so. */
const MIN_GAIN = 0.1;
const MIN_POINTS = 5;

/**
 * Shifted coordinates (a GCJ-02 export read as WGS84 is ~300–500 m off in Wuxi; BD-09 ~1 km) show up as points
 * that leave their declared board or Wuxi near the edges. Score each CRS by how many sampled points fit and
 * suggest another one only when it fits clearly better. A hint, never an automatic change.
 */
export function crsHint(samples: readonly CoordinateSample[], chosen: ImportCrs, containment: Containment): CrsHint | null {
  if (samples.length < MIN_POINTS) return null;
  const n = samples.length;
  /** Share of samples that fit; -1 as soon as fewer than `need` of them can fit. */
  const fit = (crs: ImportCrs, need: number) => {
    let ok = 0;
    for (let i = 0; i < n; i++) {
      const s = samples[i] as CoordinateSample;
      const [lon, lat] = crs === 'wgs84' ? s.raw : toWgs84(s.raw, crs);
      const where = containment.locate(lon, lat);
      if (where !== null && (s.board === null || where === 'wuxi' || where === s.board || s.board === 'wxjk')) ok += 1;
      else if (need > 0 && ok + (n - i - 1) < need) return -1;
    }
    return ok / n;
  };
  const fitChosen = fit(chosen, 0);
  // No CRS fits more than all points: when even that is not MIN_GAIN better, no hint, whatever the others score.
  if (1 - fitChosen < MIN_GAIN) return null;
  // Another CRS is only suggested with at least fitChosen + MIN_GAIN; one that cannot come within a whole point of
  // that stops early. It could never have been suggested, nor outscored one that is, so the answer is the same.
  const need = (fitChosen + MIN_GAIN) * n - 1;
  const scores = new Map<ImportCrs, number>(importCrsIds.map((c) => [c, c === chosen ? fitChosen : fit(c, need)]));
  let best: ImportCrs = chosen;
  for (const [crs, score] of scores) if (score > (scores.get(best) ?? 0)) best = crs;
  const fitBest = scores.get(best) ?? 0;
  if (best === chosen || fitBest - fitChosen < MIN_GAIN) return null;
  return { chosen, suggested: best, fitChosen, fitSuggested: fitBest, sampled: samples.length };
}
