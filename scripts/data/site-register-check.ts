/**
 * The published site register (data/park-sites.geojson) checked with the same row checks and the same English
 * messages as a register imported in the app (src/import/kinds/sites.ts, locale `sites.problem` / `import.problem`).
 * Each problem names the feature (its number and index) and its park_id.
 */
import type { FeatureCollection } from 'geojson';
import { createContainment } from '../../src/import/validate/containment';
import { parseGeoJson } from '../../src/import/read/geojson';
import type { ImportProblem } from '../../src/import/validate/problems';
import type { DistrictFeatures } from '../../src/import/validate/reference';
import { checkSiteFeatures } from '../../src/import/kinds/sites';
import enImport from '../../src/i18n/locales/en/import';
import enSites from '../../src/i18n/locales/en/sites-tools';
import { SiteRegisterSchema, type BoardId, type StoredSite } from '../../src/schema';

export interface SiteRegisterInput {
  /** The file's text. */
  text: string;
  /** How the file is named in messages, e.g. data/park-sites.geojson. */
  label: string;
  parks: ReadonlyArray<{ id: string; board: BoardId }>;
  /** geo/districts.geojson (or the build's districts): polygons for the board check, names for messages. */
  districts: FeatureCollection;
}

const messages: Record<string, string> = { ...enImport.problem, ...enSites.problem };

export function formatSiteProblem(p: ImportProblem, label: string, boardNames: ReadonlyMap<string, string>): string {
  const params: Record<string, string | number> = { ...p.params };
  for (const key of ['board', 'located'] as const) {
    const v = params[key];
    if (typeof v === 'string') params[key] = boardNames.get(v) ?? v;
  }
  const text = (messages[p.code] ?? p.code).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
  const where = p.feature !== null ? `feature ${p.feature} (features[${p.feature - 1}]${params.park_id !== undefined ? `, park_id "${params.park_id}"` : ''})` : 'file';
  return `${label}: ${where}${p.field ? `, ${p.field}` : ''}: ${text}`;
}

/** Errors as printable lines (warnings are left out of pass/fail), and the sites that passed. */
export function checkSiteRegister(input: SiteRegisterInput): { sites: StoredSite[]; problems: string[] } {
  const boardNames = new Map(
    input.districts.features.map((f) => {
      const p = f.properties as { id: string; name_zh: string; name_en: string };
      return [p.id, `${p.name_zh} (${p.name_en})`] as const;
    }),
  );
  const parsed = parseGeoJson(input.text, input.label);
  const lines = (ps: readonly ImportProblem[]) =>
    ps.filter((p) => p.severity === 'error').map((p) => formatSiteProblem(p, input.label, boardNames));
  if (!parsed.features) return { sites: [], problems: lines(parsed.problems) };
  const checked = checkSiteFeatures(parsed.features, {
    file: input.label,
    parkBoards: new Map(input.parks.map((p) => [p.id, p.board])),
    containment: createContainment(input.districts as DistrictFeatures),
  });
  const problems = [...lines(parsed.problems), ...lines(checked.problems)];
  // Row checks passed: the file as a whole must be exactly the published format (no extra members).
  if (problems.length === 0) {
    const whole = SiteRegisterSchema.safeParse(JSON.parse(input.text));
    if (!whole.success) {
      for (const issue of whole.error.issues) problems.push(`${input.label}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
  }
  return { sites: checked.sites.map((c) => c.site), problems };
}
