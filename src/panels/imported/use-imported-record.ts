import { useAppState } from '../../store';
import { findImported, type ImportedRecord } from '../../domain/imported';

/** The imported record behind a selection; 'loading' until the stored datasets have been read. */
export function useImportedRecord(kind: 'project' | 'zone', id: string): ImportedRecord | 'loading' | null {
  const datasets = useAppState((s) => s.importedDatasets);
  const status = useAppState((s) => s.importsStatus);
  const found = findImported(datasets, kind, id);
  if (found) return found;
  return status === 'loading' ? 'loading' : null;
}
