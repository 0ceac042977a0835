/**
 * The data tables as typed constants. The JSON is bundled (it is small) and typed with the schema's inferred
 * types; it is validated by `npm run check:data` at build/test time, so the browser does not re-parse it.
 * The indicators are in ./indicators.ts, which only lazily loaded views import.
 */
import type {
  ChainChief, FutureParkPlan, Industry, KeyTask, SourceDocument, TargetTable,
} from '../schema';
import chainChiefsJson from '../../data/chain-chiefs.json';
import documentsJson from '../../data/documents.json';
import futureParkPlansJson from '../../data/future-park-plans.json';
import keyTasksJson from '../../data/key-tasks-2024.json';
import targetTablesJson from '../../data/targets-2024.json';
import taxonomyJson from '../../data/taxonomy.json';

export const documents = documentsJson as SourceDocument[];
export const taxonomy = taxonomyJson as Industry[];
export const targetTables = targetTablesJson as TargetTable[];
export const keyTasks = keyTasksJson as KeyTask[];
export const chainChiefs = chainChiefsJson as ChainChief[];
export const futureParkPlans = futureParkPlansJson as FutureParkPlan[];
