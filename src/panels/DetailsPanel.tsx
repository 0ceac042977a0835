import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { ParkPanel } from './ParkPanel';
import { IndustryPicker } from './common/IndustryPicker';
import { openBoard } from './lib/actions';
import { nameOf } from './lib/names';
import { TimelineButton } from '../timeline/TimelineButton';

// Board and industry panels (tables, charts) are not needed for the first paint: separate chunks keep the
// initial download within the size budget (bench/size-budget.json).
const BoardPanel = lazy(() => import('./BoardPanel').then((m) => ({ default: m.BoardPanel })));
const IndustryPanel = lazy(() => import('./IndustryPanel').then((m) => ({ default: m.IndustryPanel })));
const ProjectPanel = lazy(() => import('./imported/ProjectPanel').then((m) => ({ default: m.ProjectPanel })));
const ZonePanel = lazy(() => import('./imported/ZonePanel').then((m) => ({ default: m.ZonePanel })));
const PlatformPanel = lazy(() => import('../platforms/PlatformPanel'));
const FundsPanel = lazy(() => import('../platforms/FundsPanel'));

/** What is selected decides the panel; with nothing selected, a short guide and entry points. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const selection = useAppState((s) => s.selection);
  if (selection?.kind === 'park') return <ParkPanel id={selection.id} />;
  return (
    <Suspense fallback={<p className="panel-status">{t('app.loading')}</p>}>
      {selection?.kind === 'board' && <BoardPanel id={selection.id} />}
      {selection?.kind === 'industry' && <IndustryPanel id={selection.id} />}
      {selection?.kind === 'project' && <ProjectPanel id={selection.id} />}
      {selection?.kind === 'zone' && <ZonePanel id={selection.id} />}
      {selection?.kind === 'platform' && <PlatformPanel id={selection.id} />}
      {selection?.kind === 'funds' && <FundsPanel id={selection.id} />}
      {!selection && <Welcome />}
    </Suspense>
  );
}

function Welcome() {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const setTab = useAppState((s) => s.setPanelTab);
  const index = useAppIndex();
  return (
    <article className="detail welcome" data-testid="welcome" aria-labelledby="welcome-title">
      <header className="detail-head">
        <h2 id="welcome-title" className="detail-title" tabIndex={-1}>
          {t('welcome.title')}
        </h2>
        <p className="lead">{t('welcome.lead', { parks: index.parks.length, boards: index.boards.length })}</p>
      </header>
      <section className="section">
        <IndustryPicker value={null} />
      </section>
      <section className="section">
        <TimelineButton subject={{ kind: 'city' }} />
      </section>
      <section className="section" aria-labelledby="welcome-boards">
        <h3 id="welcome-boards" className="section-title">
          {t('welcome.boards')}
        </h3>
        <ul className="chips">
          {index.boards.map((b) => (
            <li key={b.id}>
              <button type="button" className="chip" onClick={() => openBoard(index, b.id)}>
                {nameOf(b, language)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="section">
        <ul className="bullets">
          <li>{t('welcome.tipMap')}</li>
          <li>{t('welcome.tipSearch')}</li>
          <li>
            {t('welcome.tipList')}{' '}
            <button type="button" className="link-button" onClick={() => setTab('list')}>
              {t('welcome.openList')}
            </button>
          </li>
        </ul>
      </section>
    </article>
  );
}
