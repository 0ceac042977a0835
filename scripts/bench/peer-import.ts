/**
 * `npm run bench:peer`: the import comparison with kepler.gl alone (scripts/bench/peer/compare.ts), quicker than
 * the whole `npm run bench`; writes bench/results/peer.{json,md}. Env: BENCH_PEER_RUNS (default 5 per side; 3 at 1 M),
 * BENCH_PEER_SIZES (default 10000,100000,1000000), BENCH_PEER_REPEATS (imports per process, default 3; 2 at 1 M).
 */
import { cpus } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { comparePeer, peerTable } from './peer/compare';
import { RESULTS_DIR } from './paths';

export const PEER_SIZES = (process.env.BENCH_PEER_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
/** Processes per side and size; the 1 M-row file (minutes per round) gets at most 3. */
export const PEER_RUNS = Math.max(1, Number(process.env.BENCH_PEER_RUNS ?? 5));
export const peerRuns = (rows: number) => (rows >= 1e6 ? Math.min(3, PEER_RUNS) : PEER_RUNS);
export const peerRepeats = (rows: number) => Math.max(1, Number(process.env.BENCH_PEER_REPEATS ?? (rows >= 1e6 ? 2 : 3)));

const isMain = process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1]);
if (isMain) {
  const results = await comparePeer({ sizes: PEER_SIZES, runs: peerRuns, repeats: peerRepeats });
  const table = peerTable(results);
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} (shared with other work while measured)`;
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(resolve(RESULTS_DIR, 'peer.json'), JSON.stringify({ machine, ...results }, null, 1) + '\n');
  await writeFile(resolve(RESULTS_DIR, 'peer.md'), `# Import: ours vs kepler.gl\n\n${results.generatedAt}, ${machine}.\nCommand: \`${results.command}\`\n\n${table}\n\n${results.notes.map((n) => `- ${n}`).join('\n')}\n`);
  console.log('\n' + table);
}
