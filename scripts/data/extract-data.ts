/**
 * `npm run build:data`: regenerates the extracted data files from the source texts in ../shared/sources.
 * Hand-kept files (documents.json, taxonomy.json) are not written here; check-data validates everything.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ChainChiefsSchema, IndicatorsSchema, KeyTasksSchema, SumAllowancesSchema, TargetTablesSchema,
} from '../../src/schema';
import { extractChainChiefs } from './extract-chain-chiefs';
import { extractJiangyinIndicators } from './extract-jiangyin-indicators';
import { extractKeyTasks } from './extract-key-tasks';
import { extractTargetTables } from './extract-targets';
import { handReadIndicators } from './indicator-sets';
import { DATA_DIR, readSource, sourcesAvailable, SOURCES_DIR } from './paths';
import { findSumDiscrepancies } from './sum-check';
import { sumReasons } from './sum-reasons';

function write(file: string, value: unknown): void {
  writeFileSync(resolve(DATA_DIR, file), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote data/${file}`);
}

if (!sourcesAvailable()) {
  console.error(`source texts not found in ${SOURCES_DIR}; nothing regenerated`);
  process.exit(1);
}

const wp2024 = readSource('wp2024');
const targetTables = TargetTablesSchema.parse(extractTargetTables(wp2024));

const allowances = findSumDiscrepancies(targetTables).map((d) => {
  const reason = sumReasons[d.row_id];
  if (!reason) throw new Error(`boards do not sum to 全市 in ${d.row_id} (${d.boards_sum} vs ${d.city_value}); state a reason in scripts/data/sum-reasons.ts`);
  return { ...d, ...reason };
});

write('targets-2024.json', targetTables);
write('sum-allowances.json', SumAllowancesSchema.parse(allowances));
write('key-tasks-2024.json', KeyTasksSchema.parse(extractKeyTasks(wp2024)));
write('chain-chiefs.json', ChainChiefsSchema.parse(extractChainChiefs(readSource('opinions'))));
write('indicators.json', IndicatorsSchema.parse([...handReadIndicators(), ...extractJiangyinIndicators(readSource('jiangyin2023'))]));
