import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeImportUi, openImport, openMyData, useImportUi } from './ui-state';
import { useAppState } from '../store';
import { afterFirstDraw } from '../app/after-first-draw';
import './import-ui.css';

/**
 * Entry of the import feature. Only this small module is in the main bundle: the dialog, the panel, the worker
 * client, papaparse and the Excel reader load on first use (React.lazy / dynamic import).
 *
 * Mount <ImportRoot /> once (it restores saved datasets, listens for files dropped on the page and hosts the
 * dialogs); put <MyDataPanel /> wherever "My data" should live; call openImport() from any button.
 */
const ImportDialog = lazy(() => import('./ImportDialog'));
const MyDataPanelImpl = lazy(() => import('./MyDataPanelImpl'));

export { openImport, openMyData, closeImportUi };
export { ImportedBadge } from './ImportedBadge';

/** Restores saved datasets into the app store (idempotent). Lazy: IndexedDB access and schema checks load after start-up. */
export function hydrateImportedData(): Promise<number> {
  return import('./persistence-instance').then((m) => m.hydrateImportedData());
}

export function MyDataPanel() {
  return (
    <Suspense fallback={null}>
      <MyDataPanelImpl />
    </Suspense>
  );
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function ImportRoot() {
  const { t } = useTranslation();
  const dialog = useImportUi((s) => s.dialog);
  const [dragging, setDragging] = useState(false);
  const count = useAppState((st) => st.importedDatasets.length);
  const storageLost = useAppState((st) => st.importsStatus === 'lost');
  const [lostSeen, setLostSeen] = useState(false);

  useEffect(() => {
    // Saved datasets are restored once the map has drawn, when the browser is idle: the map's first drawing does
    // not wait for IndexedDB and the schema checks (a restored 100k-row dataset would otherwise compete with it).
    return afterFirstDraw(() => void hydrateImportedData());
  }, []);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) openImport(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {/* Until a host gives "My data" a panel of its own, one button over the map opens it (with the import inside). */}
      <button type="button" className="imp-fab" onClick={openMyData} data-testid="open-mydata" title={t('import.dropHere')}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
          <path d="M10 3v9m0-9L6.5 6.5M10 3l3.5 3.5M4 12v4h12v-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>{t('import.myData')}</span>
        {count > 0 && <span className="imp-fab-count">{count}</span>}
      </button>
      {storageLost && !lostSeen && (
        <div className="imp-storage-alert" role="alert" data-testid="storage-lost">
          <p>{t('importChecks.storage.lostNotice')}</p>
          <button type="button" className="imp-btn" onClick={() => setLostSeen(true)}>
            {t('importChecks.storage.dismiss')}
          </button>
        </div>
      )}
      {dragging && dialog !== 'import' && (
        <div className="imp-drop-overlay" data-testid="import-drop-overlay" aria-hidden="true">
          <p>{t('import.dropOverlay')}</p>
        </div>
      )}
      {dialog === 'import' && (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      )}
      {dialog === 'mydata' && (
        <div className="imp-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeImportUi()}>
          <div className="imp-dialog" role="dialog" aria-modal="true" aria-label={t('import.myData')} tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && closeImportUi()}>
            <header className="imp-head">
              <span />
              <button type="button" className="imp-x" onClick={closeImportUi} aria-label="×">
                ×
              </button>
            </header>
            <MyDataPanel />
          </div>
        </div>
      )}
    </>
  );
}
