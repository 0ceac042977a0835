import fs from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { OUTPUT } from './geo-paths';

/** The committed geo/ outputs as parsed collections (parks is null when the file does not exist). */
export function readGeoOutputs(): {
  districts: FeatureCollection;
  towns: FeatureCollection;
  water: FeatureCollection;
  communities: FeatureCollection;
  parks: FeatureCollection | null;
} {
  const read = (file: string): FeatureCollection<Geometry> => JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
  return {
    districts: read(OUTPUT.districts),
    towns: read(OUTPUT.towns),
    water: read(OUTPUT.water),
    communities: read(OUTPUT.communities),
    parks: fs.existsSync(OUTPUT.parks) ? read(OUTPUT.parks) : null,
  };
}
