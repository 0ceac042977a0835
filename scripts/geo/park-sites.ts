/**
 * The published site register (data/park-sites.geojson) read for the geo build: checked with the same row
 * checks as `check:data` and the app's import; any problem stops the build with the feature named.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { ParkRecord, StoredSite } from '../../src/schema';
import { checkSiteRegister } from '../data/site-register-check';
import { ROOT } from './geo-paths';

export const SITE_REGISTER_FILE = path.join(ROOT, 'data', 'park-sites.geojson');

export function loadPublishedSites(register: readonly ParkRecord[], districts: FeatureCollection, file = SITE_REGISTER_FILE): StoredSite[] {
  if (!fs.existsSync(file)) return [];
  const { sites, problems } = checkSiteRegister({
    text: fs.readFileSync(file, 'utf8'),
    label: path.relative(ROOT, file),
    parks: register,
    districts,
  });
  if (problems.length) throw new Error(`site register has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return sites;
}
