import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import './strings';
import './platforms.css';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { usePlatforms } from '../data/platforms';
import { nameOf } from '../panels/lib/names';
import { platformMatchesFilters } from './platform-model';
import { PlatformFilters, platformSymbolUrl } from './PlatformFilters';
import { openPlatform } from './actions';

/** The list tab's platforms: the same filters as the map (industry, board, status, kind); unplaced ones marked. */
export function PlatformList() {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const filters = useDeferredValue(useAppState((s) => s.filters));
  const kinds = useAppState((s) => s.platformKinds);
  const index = useAppIndex();
  const data = usePlatforms();
  const shown = useMemo(
    () => (data ? data.platforms.filter((p) => platformMatchesFilters(p.record, filters, kinds, index.parentOf)) : []),
    [data, filters, kinds, index],
  );
  if (!data) return null;
  return (
    <section className="section platform-list" aria-labelledby="platform-list-title" data-testid="platform-list">
      <h3 id="platform-list-title" className="section-title">
        <img className="platform-symbol" src={platformSymbolUrl()} alt="" /> {t('platformUi.list.title')}
      </h3>
      <PlatformFilters />
      <p className="list-count" aria-live="polite" data-testid="platform-list-count">
        {t('platformUi.list.count', { count: shown.length, total: data.platforms.length })}
      </p>
      {shown.length === 0 && <p className="muted">{t('platformUi.list.empty')}</p>}
      <ul className="platform-rows">
        {shown.map((p) => {
          const board = p.record.board ? index.boardById.get(p.record.board) : undefined;
          return (
            <li key={p.record.id} className="platform-row" data-platform={p.record.id}>
              <button type="button" className="link-button" onClick={() => openPlatform(p)}>
                {nameOf(p.record, language)}
              </button>
              <span className="platform-meta">
                {t(`platformUi.kind.${p.record.kind}`)}
                {board ? ` · ${nameOf(board, language)}` : ''}
                {!p.point ? ` · ${t('platformUi.list.notDrawn')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default PlatformList;
