import { ConfirmButton } from '../app/ConfirmButton';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkProperties } from '../schema';
import { appStore, useAppState } from '../store';
import './site-section.css';

/**
 * The park panel's site part: where a site comes from (the published register or the user's own, with its
 * source and note), and the user's actions — place on map (the editor), remove, undo. The storage code loads
 * on first use, so the panel adds nothing heavy to the first screen.
 */
export function SiteSection({ park, name }: { park: ParkProperties; name: string }) {
  const { t } = useTranslation();
  const undo = useAppState((s) => s.siteUndo[s.siteUndo.length - 1] ?? null);
  const editing = useAppState((s) => s.siteEditor?.parkId === park.id);
  const [error, setError] = useState<string | null>(null);
  const site = park.site;
  const published = site?.origin === 'published';

  const act = async (job: (m: typeof import('../sites/site-actions')) => Promise<void>) => {
    setError(null);
    try {
      await job(await import('../sites/site-actions'));
    } catch (e) {
      setError(t('sites.panel.saveFailed', { message: String((e as Error)?.message ?? e) }));
    }
  };

  return (
    <div className="site-section" data-testid="site-section" data-origin={site?.origin ?? 'none'}>
      {site && (
        <div className={`site-card site-${site.origin}`}>
          {site.origin === 'user' && (
            <p className="site-mine" data-testid="site-user-badge">
              <strong>{t('sites.yourRegister')}</strong> · {t('sites.yourRegisterNote')}
            </p>
          )}
          <p data-testid="site-source">
            {t('sites.panel.source', { title: site.source.title })}
            {site.source.source_date ? ` · ${t('sites.panel.sourceDate', { date: site.source.source_date })}` : ''}
          </p>
          {site.source.source_url && (
            <p className="small">
              <a href={site.source.source_url} target="_blank" rel="noopener noreferrer">
                {site.source.source_url}
              </a>
            </p>
          )}
          {site.note && <p className="small">{t('sites.panel.note', { note: site.note })}</p>}
          {site.outline && <p className="small muted">{t('sites.panel.outline')}</p>}
        </div>
      )}
      {published ? (
        <p className="small muted">{t('sites.panel.publishedWins')}</p>
      ) : (
        <div className="site-actions">
          <button
            type="button"
            className="button button-small"
            data-testid="site-place"
            disabled={editing}
            onClick={() => appStore.getState().openSiteEditor(park.id)}
          >
            {site ? t('sites.panel.edit') : t('sites.panel.place')}
          </button>
          {site && (
            <ConfirmButton
              className="link-button"
              testId="site-remove"
              label={t('sites.panel.remove')}
              question={t('sites.panel.confirmRemove', { name })}
              onConfirm={() => void act((m) => m.removeSite(park.id))}
            />
          )}
          {undo && (
            <button type="button" className="link-button" data-testid="site-undo" onClick={() => void act((m) => m.undoLastSiteChange())}>
              {t('sites.panel.undo')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
