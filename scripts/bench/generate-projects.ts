/**
 * Writes SYNTHETIC project data sets for `npm run bench` into bench/.data/ (gitignored, never in the app build):
 * projects-<n>.csv (the import benchmark's input: UTF-8, header row) and projects-<n>.json (records for the
 * filter benchmark's test hook). Usage: tsx scripts/bench/generate-projects.ts [count …] (default 10000 100000).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { CSV_HEADER, csvLine, syntheticProjectArray, syntheticProjects } from './synthetic-projects';
import { DATA_DIR, PROJECT_SEED, projectsCsvPath, projectsJsonPath } from './paths';

export async function generateProjectFiles(count: number, seed = PROJECT_SEED): Promise<{ csv: string; json: string }> {
  await mkdir(DATA_DIR, { recursive: true });
  const projects = syntheticProjectArray(count, seed + count);
  const csv = [CSV_HEADER.join(','), ...projects.map(csvLine)].join('\n') + '\n';
  await writeFile(projectsCsvPath(count), csv);
  await writeFile(projectsJsonPath(count), JSON.stringify(projects));
  return { csv: projectsCsvPath(count), json: projectsJsonPath(count) };
}

/** Only the CSV, written as it is drawn (the 1 M-row file's JSON and record array are never needed). */
export async function generateProjectCsv(count: number, seed = PROJECT_SEED): Promise<string> {
  await mkdir(DATA_DIR, { recursive: true });
  const out = createWriteStream(projectsCsvPath(count));
  const write = (text: string) => new Promise<void>((resolve, reject) => out.write(text, (e) => (e ? reject(e) : resolve())));
  let buffer = CSV_HEADER.join(',') + '\n';
  for (const p of syntheticProjects(count, seed + count)) {
    buffer += csvLine(p) + '\n';
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise<void>((resolve) => out.end(resolve));
  return projectsCsvPath(count);
}

const isMain = process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1]);
if (isMain) {
  const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  for (const count of counts.length ? counts : [10_000, 100_000]) {
    const out = await generateProjectFiles(count);
    console.log(`SYNTHETIC ${count} projects → ${out.csv}, ${out.json}`);
  }
}
