import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import './tour-header.css';

/**
 * Entry of the presentation (tour) feature. Only the header button and this switchboard are in the main bundle;
 * the menu, the editor, the player and the kiosk watcher load on first use.
 */
const TourMenu = lazy(() => import('./TourMenu'));
const TourEditor = lazy(() => import('./TourEditor'));
const TourPlayer = lazy(() => import('./TourPlayer'));
const KioskKeeper = lazy(() => import('./KioskKeeper'));

export function TourButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const kiosk = useAppState((s) => s.tourKioskIdleSec !== null);
  // A kiosk shows its tour only: no editing, no other tours.
  if (kiosk) return null;
  return (
    <div className="tour-menu-host">
      <button
        type="button"
        className="header-tool"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="tour-button"
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
          <path d="M3 4h14v9H3zM10 13v3m-4 1h8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8.5 6.5v4l3.5-2z" fill="currentColor" />
        </svg>
        <span className="header-tool-text">{t('share.present')}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <TourMenu onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** Mount once inside the data provider: hosts the editor, the player and the kiosk watcher when they are needed. */
export function TourRoot() {
  const editorOpen = useAppState((s) => s.tourEditorOpen);
  const playing = useAppState((s) => s.tourPlay !== null);
  const kiosk = useAppState((s) => s.tour !== null && s.tourKioskIdleSec !== null);
  return (
    <Suspense fallback={null}>
      {editorOpen && !playing && <TourEditor />}
      {playing && <TourPlayer />}
      {kiosk && <KioskKeeper />}
    </Suspense>
  );
}
