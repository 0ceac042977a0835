/**
 * Cross-references of the platform and fund registers: unique ids and names, known industries, a drawn point
 * for exactly the platforms with a board (geo/platforms.geojson, `npm run build:platforms`), with the register's
 * precision. Pure over the loaded files, like data-checks.ts.
 */
type Loaded = Record<string, unknown>;
type Row = Record<string, unknown>;
const asArray = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function uniqueIdsAndNames(file: string, rows: Row[], problems: string[]): void {
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  rows.forEach((row, i) => {
    const id = String(row.id);
    if (ids.has(id)) problems.push(`${file}[${i}].id: duplicate id "${id}" (also [${ids.get(id)}])`);
    ids.set(id, i);
    for (const name of [String(row.name_zh), ...strings(row.aliases_zh)]) {
      const key = name.replace(/\s+/g, '');
      const owner = names.get(key);
      if (owner !== undefined && owner !== id) problems.push(`${file}[${i}]: name "${name}" also belongs to "${owner}"`);
      names.set(key, id);
    }
  });
}

export function platformRegisterProblems(data: Loaded, geo: Loaded, knownIndustry: (where: string, id: unknown) => void): string[] {
  const problems: string[] = [];
  const platforms = asArray(data['platforms.json']);
  uniqueIdsAndNames('data/platforms.json', platforms, problems);
  platforms.forEach((p, i) => strings(p.serves).forEach((id, j) => knownIndustry(`data/platforms.json[${i}].serves[${j}]`, id)));

  const funds = asArray(data['funds.json']);
  uniqueIdsAndNames('data/funds.json', funds, problems);
  funds.forEach((f, i) => strings(f.clusters).forEach((id, j) => knownIndustry(`data/funds.json[${i}].clusters[${j}]`, id)));

  const points = (geo['platforms.geojson'] as { features?: { properties?: Row }[] } | undefined)?.features;
  if (points && data['platforms.json'] !== undefined) {
    const byId = new Map(platforms.map((p) => [String(p.id), p]));
    const drawn = new Set<string>();
    points.forEach((f, i) => {
      const id = String(f.properties?.id);
      const where = `geo/platforms.geojson.features[${i}]`;
      const record = byId.get(id);
      if (!record) return problems.push(`${where}.properties.id: no platform "${id}" in data/platforms.json`);
      if (drawn.has(id)) problems.push(`${where}.properties.id: second point for "${id}"`);
      drawn.add(id);
      if (f.properties?.precision !== record.precision) {
        problems.push(`${where}.properties.precision: "${String(f.properties?.precision)}" but the register says "${String(record.precision)}" (run npm run build:platforms)`);
      }
    });
    platforms.forEach((p, i) => {
      if (p.board !== null && !drawn.has(String(p.id))) {
        problems.push(`data/platforms.json[${i}]: board ${String(p.board)} but no point in geo/platforms.geojson (run npm run build:platforms)`);
      }
    });
  }
  return problems;
}
