import { useEffect, useMemo } from 'react';
import './check-strings';
import '../i18n/sites-tools';
import { useTranslation } from 'react-i18next';
import type { ImportedDataset } from '../schema';
import { removeDataset } from '../import/store/datasets';
import { ConfirmButton } from '../app/ConfirmButton';
import { projectsToCsv, projectsToGeoJson, zonesToCsv, zonesToGeoJson } from '../import/export';
import { appStore, useAppState } from '../store';
import { industryById } from '../data/selectors';
import { projectsInView, zonesInView } from '../domain/export-selection';
import { downloadText, fileStem } from './download';
import { ImportedBadge } from './ImportedBadge';
import { hydrateImportedData, persistence } from './persistence-instance';
import { closeImportUi, openImport } from './ui-state';
import { registerText, sitesToRegister } from '../sites/register-file';
import { EDITOR_DATASET_ID } from '../sites/user-register';
import { importedBounds } from '../domain/imported-bounds';
import { useProjectIndex, useVisibleZones } from '../map/use-imported';

const TEMPLATES = [
  ['projects-template.csv', 'projects', 'CSV'],
  ['projects-template.geojson', 'projects', 'GeoJSON'],
  ['zones-template.csv', 'zones', 'CSV'],
  ['zones-template.geojson', 'zones', 'GeoJSON'],
  ['targets-template.csv', 'targets', 'CSV'],
] as const;

function exportDataset(d: ImportedDataset, as: 'geojson' | 'csv') {
  const stem = fileStem(d.meta.name);
  if (d.kind === 'sites') {
    // Exactly the published format (data/park-sites.geojson), so a reviewed file can be committed or re-imported.
    downloadText(`${stem}.geojson`, registerText(sitesToRegister(d.sites)), 'application/geo+json');
    return;
  }
  if (d.kind === 'targets') {
    downloadText(`${stem}.json`, JSON.stringify(d.table, null, 2), 'application/json');
    return;
  }
  // Export what the map shows: the dataset's rows that pass the current filters.
  const { filters, projectFilters } = appStore.getState();
  const parentOf = (id: string) => industryById(id)?.parent;
  const projects = d.kind === 'projects' ? projectsInView(d.projects, filters, projectFilters, parentOf) : [];
  const zones = d.kind === 'zones' ? zonesInView(d.zones, filters, parentOf) : [];
  if (as === 'geojson') {
    const fc = d.kind === 'projects' ? projectsToGeoJson(projects) : zonesToGeoJson(zones);
    downloadText(`${stem}.geojson`, JSON.stringify(fc), 'application/geo+json');
  } else {
    downloadText(`${stem}.csv`, d.kind === 'projects' ? projectsToCsv(projects) : zonesToCsv(zones), 'text/csv;charset=utf-8');
  }
}

/** "My data": every imported dataset with kind, rows, date, and show/hide, export, remove; templates; import button. */
export default function MyDataPanelImpl() {
  // Opening My data restores the saved datasets now, even before the map has drawn (idempotent).
  useEffect(() => void hydrateImportedData(), []);
  const { t, i18n } = useTranslation();
  const datasets = useAppState((s) => s.importedDatasets);
  const hidden = useAppState((s) => s.hiddenDatasets);
  const status = useAppState((s) => s.importsStatus);
  const toggleHidden = useAppState((s) => s.toggleDatasetHidden);
  const base = import.meta.env.BASE_URL;

  const projectIndex = useProjectIndex();
  const zones = useVisibleZones();
  const shownBox = useMemo(() => importedBounds(projectIndex, zones), [projectIndex, zones]);
  const zoomToData = () => {
    if (!shownBox) return;
    appStore.getState().fitBounds(shownBox);
    closeImportUi();
  };

  const remove = (d: ImportedDataset) => void removeDataset(appStore, persistence, d.meta.id);
  // Without working storage nothing shown is saved: each row says so, and export is the way to keep it.
  const unsaved = status === 'unavailable' || status === 'lost';

  return (
    <section className="imp-mydata" data-testid="mydata-panel" aria-labelledby="imp-mydata-title">
      <div className="imp-mydata-head">
        <h3 id="imp-mydata-title">{t('import.myData')}</h3>
        <button type="button" className="imp-btn imp-primary" onClick={() => openImport()} data-testid="mydata-import">
          {t('import.open')}
        </button>
      </div>
      {datasets.length > 0 && (
        <p className="imp-zoom">
          <button type="button" className="imp-btn" onClick={zoomToData} disabled={!shownBox} data-testid="mydata-zoom-to-data">
            {t('thematic.zoomToData')}
          </button>
          {!shownBox && <span className="imp-note"> {t('thematic.zoomToDataNone')}</span>}
        </p>
      )}
      {!unsaved && <p className="imp-note">{t('import.panel.storageNote')}</p>}
      {status === 'loading' && <p className="imp-note">{t('import.panel.loading')}</p>}
      {unsaved && (
        <p className="imp-error" role="alert" data-testid="mydata-storage" data-state={status}>
          {t(status === 'lost' ? 'importChecks.storage.lost' : 'importChecks.storage.sessionOnly')}
        </p>
      )}
      {datasets.length === 0 && status !== 'loading' && <p className="imp-empty">{t('import.panel.empty')}</p>}
      {datasets.length > 0 && (
        <ul className="imp-datasets">
          {datasets.map((d) => {
            const isHidden = hidden.includes(d.meta.id);
            return (
              <li key={d.meta.id} className={`imp-dataset ${isHidden ? 'is-hidden' : ''}`} data-testid="mydata-row" data-kind={d.kind}>
                <div className="imp-dataset-title">
                  <ImportedBadge />
                  <span className="imp-dataset-name" data-testid="mydata-name">
                    {d.meta.id === EDITOR_DATASET_ID ? t('sites.yourRegister') : d.meta.name}
                  </span>
                  {unsaved && (
                    <span className="imp-unsaved" data-testid="mydata-unsaved" title={t('importChecks.storage.notSavedTitle')}>
                      {t('importChecks.storage.notSaved')}
                    </span>
                  )}
                </div>
                <div className="imp-dataset-meta">
                  <span>{t(`import.kind.${d.kind}`)}</span>
                  <span data-testid="mydata-rows" data-count={d.meta.row_count}>{t('import.panel.rowsCount', { count: d.meta.row_count })}</span>
                  {d.meta.skipped_count > 0 && <span>{t('import.panel.skipped', { count: d.meta.skipped_count })}</span>}
                  <time dateTime={d.meta.imported_at}>{new Date(d.meta.imported_at).toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-GB')}</time>
                </div>
                <div className="imp-dataset-actions">
                  <button type="button" className="imp-link" onClick={() => toggleHidden(d.meta.id)} aria-pressed={isHidden}>
                    {isHidden ? t('import.panel.show') : t('import.panel.hide')}
                  </button>
                  <button type="button" className="imp-link" onClick={() => exportDataset(d, 'geojson')} data-testid="mydata-export-geojson">
                    {d.kind === 'targets' ? 'JSON' : t('import.panel.exportGeojson')}
                  </button>
                  {d.kind !== 'targets' && d.kind !== 'sites' && (
                    <button type="button" className="imp-link" onClick={() => exportDataset(d, 'csv')} data-testid="mydata-export-csv">
                      {t('import.panel.exportCsv')}
                    </button>
                  )}
                  <ConfirmButton
                    className="imp-link imp-danger"
                    testId="mydata-remove"
                    label={t('import.panel.remove')}
                    question={t('import.panel.confirmRemove', { name: d.meta.name })}
                    onConfirm={() => remove(d)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <details className="imp-templates">
        <summary>{t('import.panel.templates')}</summary>
        <p className="imp-note">{t('import.panel.templatesNote')}</p>
        <ul>
          {TEMPLATES.map(([file, kind, format]) => (
            <li key={file}>
              <a href={`${base}templates/${file}`} download={file}>
                {t(`import.kind.${kind}`)} · {format}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
