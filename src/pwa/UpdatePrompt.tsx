import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePwaState } from './pwa-state';
import './pwa.css';

const OFFLINE_READY_MS = 5000;

/**
 * Asks before switching to a newly deployed version (the page keeps running on one build until the user chooses
 * to reload), and says once that the map now works offline. The app's language is followed through i18next.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { update, offlineReady } = usePwaState();
  const [dismissed, setDismissed] = useState(false);
  const [showReady, setShowReady] = useState(false);

  useEffect(() => {
    if (!offlineReady) return;
    setShowReady(true);
    const timer = window.setTimeout(() => setShowReady(false), OFFLINE_READY_MS);
    return () => window.clearTimeout(timer);
  }, [offlineReady]);

  if (update && !dismissed) {
    return (
      <div className="pwa-toast" role="alert" data-testid="pwa-update">
        <p>{t('pwa.update.ready')}</p>
        <button type="button" className="pwa-btn pwa-btn-primary" onClick={update}>
          {t('pwa.update.reload')}
        </button>
        <button type="button" className="pwa-btn" onClick={() => setDismissed(true)}>
          {t('pwa.update.later')}
        </button>
      </div>
    );
  }
  if (showReady) {
    return (
      <div className="pwa-toast" role="status" data-testid="pwa-offline-ready">
        <p>{t('pwa.update.offlineReady')}</p>
      </div>
    );
  }
  return null;
}
