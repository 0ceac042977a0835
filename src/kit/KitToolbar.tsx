/**
 * The few presentation buttons that are always on the map: export image (screen / 2×), print, and the
 * comparison and itinerary when they hold something. Everything they open is loaded on demand.
 */
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { AppIndexContext } from '../app/app-data';
import './kit.css';

export function KitToolbar() {
  const { t } = useTranslation();
  const index = useContext(AppIndexContext);
  const compareCount = useAppState((s) => s.compare.ids.length);
  const stops = useAppState((s) => s.itinerary.length);
  const mapDrawn = useAppState((s) => s.mapDrawn);
  const openPrint = useAppState((s) => s.openPrint);
  const setCompareOpen = useAppState((s) => s.setCompareOpen);
  const setItineraryOpen = useAppState((s) => s.setItineraryOpen);
  const [menu, setMenu] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const exportAt = async (scale: number) => {
    setMenu(false);
    if (!index) return;
    setStatus(t('kit.export.working'));
    try {
      await (await import('./run-export')).runExport(scale, index);
      setStatus(null);
    } catch (e) {
      setStatus(t('kit.export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="kit-toolbar" role="toolbar" aria-label={t('kit.toolbar.label')} data-testid="kit-toolbar">
      <div className="kit-menu-wrap">
        <button
          type="button"
          className="kit-button"
          data-testid="export-image"
          aria-expanded={menu}
          aria-haspopup="true"
          disabled={!mapDrawn || !index}
          onClick={() => setMenu((m) => !m)}
        >
          {t('kit.export.button')}
        </button>
        {menu && (
          <div className="kit-menu" data-testid="export-menu">
            <button type="button" className="kit-button" data-testid="export-screen" onClick={() => void exportAt(1)}>
              {t('kit.export.screen')}
            </button>
            <button type="button" className="kit-button" data-testid="export-2x" onClick={() => void exportAt(2)}>
              {t('kit.export.double')}
            </button>
          </div>
        )}
      </div>
      <button type="button" className="kit-button" data-testid="print-view" disabled={!mapDrawn} onClick={() => openPrint('selection')}>
        {t('kit.print.button')}
      </button>
      {compareCount > 0 && (
        <button type="button" className="kit-button" data-testid="open-compare" onClick={() => setCompareOpen(true)}>
          {t('kit.compare.open', { count: compareCount })}
        </button>
      )}
      {stops > 0 && (
        <button type="button" className="kit-button" data-testid="open-itinerary" onClick={() => setItineraryOpen(true)}>
          {t('kit.itinerary.open', { count: stops })}
        </button>
      )}
      {status && (
        <p className="kit-status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
