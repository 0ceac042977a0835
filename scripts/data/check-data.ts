/**
 * `npm run check:data`: validates every data/*.json and the properties of geo/*.geojson against src/schema,
 * then cross-references them. Missing files are skipped with a warning (other helpers may not have written
 * theirs yet); any problem exits 1.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crossReferenceProblems, dataSchemas, geoPropertySchemas, schemaProblems, type Loaded } from './data-checks';
import { DATA_DIR, GEO_DIR } from './paths';
import { checkSiteRegister } from './site-register-check';

/** The published site register; `--sites <file>` checks another file in its place (tests, a colleague's file). */
const SITE_REGISTER = 'park-sites.geojson';
const sitesArg = process.argv.indexOf('--sites');
const sitesFile = sitesArg >= 0 && process.argv[sitesArg + 1] ? resolve(process.argv[sitesArg + 1] as string) : resolve(DATA_DIR, SITE_REGISTER);

function load(dir: string, names: readonly string[], label: string, problems: string[]): Loaded {
  const loaded: Loaded = {};
  for (const name of names) {
    const path = resolve(dir, name);
    if (!existsSync(path)) {
      console.warn(`warning: ${label}/${name} does not exist yet; skipped`);
      continue;
    }
    try {
      loaded[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${label}/${name}: invalid JSON (${String(error)})`);
    }
  }
  return loaded;
}

const problems: string[] = [];
const data = load(DATA_DIR, Object.keys(dataSchemas), 'data', problems);
const geo = load(GEO_DIR, Object.keys(geoPropertySchemas), 'geo', problems);

for (const dir of [DATA_DIR, GEO_DIR]) {
  if (!existsSync(dir)) continue;
  const known = dir === DATA_DIR ? dataSchemas : geoPropertySchemas;
  for (const name of readdirSync(dir)) {
    if (/\.(geo)?json$/.test(name) && !(name in known) && name !== SITE_REGISTER) console.warn(`warning: ${dir === DATA_DIR ? 'data' : 'geo'}/${name} has no schema; not validated`);
  }
}

problems.push(...schemaProblems(data, geo));
if (problems.length === 0) problems.push(...crossReferenceProblems(data, geo));
if (existsSync(sitesFile) && Array.isArray(data['parks.json']) && geo['districts.geojson']) {
  const label = sitesArg >= 0 ? sitesFile : `data/${SITE_REGISTER}`;
  problems.push(
    ...checkSiteRegister({
      text: readFileSync(sitesFile, 'utf8'),
      label,
      parks: data['parks.json'] as Array<{ id: string; board: import('../../src/schema').BoardId }>,
      districts: geo['districts.geojson'] as import('geojson').FeatureCollection,
    }).problems,
  );
}

if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.error(`check:data: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check:data: ${Object.keys(data).length} data files and ${Object.keys(geo).length} geo files OK`);
