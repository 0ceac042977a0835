import './check-strings';
import '../i18n/sites-tools';
import { useEffect, useRef, useState } from 'react';
import { whenIdle } from './when-idle';
import { useTranslation } from 'react-i18next';
import { importCrsIds, importKinds, type ImportCrs, type ImportKind } from '../schema';
import { prepareImportWorker, releaseImportWorker, startImport, type RunningImport } from '../import/client';
import { commitDataset, removeDataset } from '../import/store/datasets';
import { IMPORT_LIMITS, MB } from '../import/limits';
import type { ImportProgress, ImportResult } from '../import/pipeline';
import { appStore } from '../store';
import { persistence } from './persistence-instance';
import { loadReferenceData } from './reference-data';
import { Preview } from './Preview';
import { closeImportUi, importUiStore, useImportUi } from './ui-state';
import { registeredSiteParks } from '../sites/user-sites';

type Phase =
  | { step: 'setup' }
  | { step: 'running'; progress: ImportProgress | null }
  | { step: 'preview'; result: ImportResult }
  | { step: 'done'; id: string; name: string; count: number; saved: boolean }
  | { step: 'message'; key: string; params?: Record<string, string> };

const newId = () => `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The import dialog: choose kind + CRS + file → worker runs (progress, cancel) → preview → import valid rows or
 * cancel → success with undo. Nothing reaches the app store or IndexedDB before "import"; cancel terminates the worker.
 */
export default function ImportDialog() {
  const { t } = useTranslation();
  const pendingFile = useImportUi((s) => s.file);
  const [kind, setKind] = useState<ImportKind>(importUiStore.getState().kind ?? 'projects');
  const [crs, setCrs] = useState<ImportCrs>('wgs84');
  const [year, setYear] = useState<string>('');
  const [file, setFile] = useState<File | null>(pendingFile);
  const [phase, setPhase] = useState<Phase>({ step: 'setup' });
  const running = useRef<RunningImport | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (pendingFile) setFile(pendingFile);
  }, [pendingFile]);
  useEffect(() => {
    dialogRef.current?.focus();
    return () => running.current?.cancel();
  }, []);
  // While the user picks a file (or reads the preview), the map gets its project layers ready: their GPU
  // programs link then, not in the frame that first draws the imported data. Idle time only, and never while
  // the worker runs (a 0.3–0.6 s link on software WebGL would freeze the progress and the cancel button).
  useEffect(() => {
    if ((phase.step !== 'setup' && phase.step !== 'preview') || appStore.getState().importLayersPrepared) return;
    return whenIdle(() => appStore.getState().prepareImportLayers());
  }, [phase.step]);

  // Meanwhile the import's worker starts and builds the grid it checks points against, so the file's time is
  // spent on the file (a fresh worker took 75–115 ms for the grid). Closing the dialog stops it.
  useEffect(() => {
    if (phase.step !== 'setup') return;
    let live = true;
    const stop = whenIdle(() => void loadReferenceData().then((r) => live && prepareImportWorker(r.districts)));
    return () => {
      live = false;
      stop();
    };
  }, [phase.step]);
  useEffect(() => releaseImportWorker, []);

  const close = () => {
    running.current?.cancel();
    closeImportUi();
  };

  const run = async () => {
    if (!file) return;
    setPhase({ step: 'running', progress: null });
    const reference = await loadReferenceData();
    const y = Number(year);
    const job = startImport(
      file,
      {
        kind, crs, fileName: file.name, datasetId: newId(), year: kind === 'targets' && Number.isInteger(y) && y > 1999 ? y : null,
        // A register may not give a park a second site in the user's register (nothing already loaded changes).
        ...(kind === 'sites' ? { registeredSites: registeredSiteParks(appStore.getState()) } : {}),
      },
      reference,
      (progress) => setPhase((p) => (p.step === 'running' ? { step: 'running', progress } : p)),
    );
    running.current = job;
    const outcome = await job.result;
    running.current = null;
    if (outcome.status === 'cancelled') setPhase({ step: 'message', key: 'import.cancelled' });
    else if (outcome.status === 'crashed') setPhase({ step: 'message', key: 'import.crashed', params: { message: outcome.message } });
    else setPhase({ step: 'preview', result: outcome });
  };

  const commit = async (result: ImportResult) => {
    const dataset = result.dataset;
    if (!dataset) return;
    try {
      const outcome = await commitDataset(appStore, persistence, dataset);
      setPhase({ step: 'done', id: dataset.meta.id, name: dataset.meta.name, count: dataset.meta.row_count, saved: outcome === 'saved' });
    } catch (e) {
      setPhase({ step: 'message', key: 'import.saveFailed', params: { message: String(e) } });
    }
  };

  const undo = async (id: string) => {
    await removeDataset(appStore, persistence, id).catch(() => undefined);
    closeImportUi();
  };

  const progress = phase.step === 'running' ? phase.progress : null;
  const pct = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;

  return (
    <div className="imp-backdrop" onMouseDown={(e) => e.target === e.currentTarget && phase.step !== 'running' && close()}>
      <div
        ref={dialogRef}
        className="imp-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="imp-title"
        tabIndex={-1}
        data-testid="import-dialog"
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <header className="imp-head">
          <h2 id="imp-title">{t('import.title')}</h2>
          <button type="button" className="imp-x" onClick={close} aria-label={t('import.cancel')}>
            ×
          </button>
        </header>

        {phase.step === 'setup' && (
          <form
            className="imp-setup"
            onSubmit={(e) => {
              e.preventDefault();
              void run();
            }}
          >
            <fieldset className="imp-kinds">
              <legend>{t('import.kind.label')}</legend>
              {importKinds.map((k) => (
                <label key={k} className={`imp-kind ${kind === k ? 'is-on' : ''}`}>
                  <input type="radio" name="imp-kind" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`import-kind-${k}`} />
                  <span className="imp-kind-name">{t(`import.kind.${k}`)}</span>
                  <span className="imp-kind-hint">{t(`import.kindHint.${k}`)}</span>
                </label>
              ))}
            </fieldset>
            <div className="imp-row">
              {kind === 'sites' ? null /* registers are WGS84 by definition */ : kind !== 'targets' ? (
                <label className="imp-field">
                  <span>{t('import.crs.label')}</span>
                  <select value={crs} onChange={(e) => setCrs(e.target.value as ImportCrs)} data-testid="import-crs">
                    {importCrsIds.map((c) => (
                      <option key={c} value={c}>
                        {t(`import.crs.${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <label className="imp-field">
                  <span>{t('import.year')}</span>
                  <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} placeholder="2025" />
                </label>
              )}
            </div>
            <div
              className="imp-drop"
              data-testid="import-dropzone"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                e.stopPropagation();
                const f = e.dataTransfer.files[0];
                if (f) setFile(f);
              }}
            >
              <p>{t('import.dropHere')}</p>
              <button type="button" className="imp-btn" onClick={() => fileInput.current?.click()}>
                {t('import.chooseFile')}
              </button>
              <input
                ref={fileInput}
                type="file"
                hidden
                accept=".csv,.txt,.tsv,.xlsx,.geojson,.json,text/csv,application/geo+json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="import-file-input"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
              {file && (
                <p className="imp-file-chosen" data-testid="import-file-name">
                  {file.name} · {(file.size / 1024).toFixed(1)} KB
                </p>
              )}
            </div>
            <p className="imp-note">
              {t('import.limits', { textMb: IMPORT_LIMITS.maxTextBytes / MB, xlsxMb: IMPORT_LIMITS.maxXlsxBytes / MB, rows: IMPORT_LIMITS.maxRows.toLocaleString() })}
            </p>
            <footer className="imp-actions">
              <button type="button" className="imp-btn" onClick={close}>
                {t('import.cancel')}
              </button>
              <button type="submit" className="imp-btn imp-primary" disabled={!file} data-testid="import-start">
                {t('import.open')}
              </button>
            </footer>
          </form>
        )}

        {phase.step === 'running' && (
          <div className="imp-running" data-testid="import-progress">
            <p>{progress ? t(`import.progress.${progress.phase}`, { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() }) : t('import.progress.reading')}</p>
            <progress max={100} value={pct ?? undefined} aria-label={t('import.progress.parsing')} />
            <footer className="imp-actions">
              <button type="button" className="imp-btn" onClick={() => running.current?.cancel()} data-testid="import-cancel">
                {t('import.cancel')}
              </button>
            </footer>
          </div>
        )}

        {phase.step === 'preview' && (
          <>
            <Preview result={phase.result} />
            <footer className="imp-actions">
              <button type="button" className="imp-btn" onClick={close} data-testid="import-discard">
                {t('import.preview.discard')}
              </button>
              {phase.result.dataset && (
                <button type="button" className="imp-btn imp-primary" onClick={() => void commit(phase.result)} data-testid="import-commit">
                  {t('import.preview.importValid', { count: phase.result.summary.valid })}
                </button>
              )}
            </footer>
          </>
        )}

        {phase.step === 'done' && (
          <div className="imp-done" data-testid="import-done" data-saved={phase.saved} role="status">
            <p className={phase.saved ? undefined : 'imp-error'}>
              {t(phase.saved ? 'import.imported' : 'importChecks.storage.importedSession', { name: phase.name, count: phase.count })}
            </p>
            <footer className="imp-actions">
              <button type="button" className="imp-btn" onClick={() => void undo(phase.id)} data-testid="import-undo">
                {t('import.undo')}
              </button>
              <button type="button" className="imp-btn imp-primary" onClick={close}>
                OK
              </button>
            </footer>
          </div>
        )}

        {phase.step === 'message' && (
          <div className="imp-done" role="status" data-testid="import-message">
            <p>{t(phase.key, { ...(phase.params ?? {}) })}</p>
            <footer className="imp-actions">
              <button type="button" className="imp-btn imp-primary" onClick={close}>
                OK
              </button>
            </footer>
          </div>
        )}
      </div>
    </div>
  );
}
