import { useTranslation } from 'react-i18next';
import './strings';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { usePlatforms } from '../data/platforms';
import { nameOf } from '../panels/lib/names';
import { fundsNaming, platformsServing } from './platform-model';
import { openFunds, openPlatform } from './actions';
import { useFunds } from './FundsPanel';

/** The industry panel's "platforms serving this industry" and "funds naming it" sections. */
export function IndustryPlatforms({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useAppIndex();
  const data = usePlatforms();
  const funds = useFunds();
  if (!data) return null;
  const serving = platformsServing(data.platforms, id, index.parentOf);
  const naming = funds.status === 'ready' ? fundsNaming(funds.funds, id, index.parentOf) : [];
  return (
    <>
      <section className="section" aria-labelledby="industry-platforms" data-testid="industry-platforms">
        <h3 id="industry-platforms" className="section-title">
          {t('platformUi.industry.title')} ({serving.length})
        </h3>
        {serving.length ? (
          <ul className="link-list">
            {serving.map((p) => {
              const board = p.record.board ? index.boardById.get(p.record.board) : undefined;
              return (
                <li key={p.record.id}>
                  <button type="button" className="link-button" data-platform={p.record.id} onClick={() => openPlatform(p)}>
                    {nameOf(p.record, language)}
                  </button>
                  <span className="muted small">
                    {' · '}
                    {t(`platformUi.kind.${p.record.kind}`)}
                    {board && ` · ${nameOf(board, language)}`}
                    {!p.point && ` ${t('platformUi.industry.notDrawn')}`}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{t('platformUi.industry.none')}</p>
        )}
      </section>
      {naming.length > 0 && (
        <section className="section" aria-labelledby="industry-funds" data-testid="industry-funds">
          <h3 id="industry-funds" className="section-title">
            {t('platformUi.industry.fundsTitle')}
          </h3>
          <ul className="link-list">
            {naming.map((f) => (
              <li key={f.id}>
                <button type="button" className="link-button" onClick={() => openFunds(f.id)}>
                  {nameOf(f, language)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
