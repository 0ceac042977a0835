import { chainChiefs, documents, futureParkPlans, targetTables, taxonomy } from '../data';
import type { AppData } from './app-data';

/** The bundled tables, as the app passes them down (geo data is fetched separately). */
export const tableData: Omit<AppData, 'geo'> = {
  taxonomy,
  tables: targetTables,
  chainChiefs,
  documents,
  futureParkPlans,
};
