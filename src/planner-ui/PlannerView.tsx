/** The planner's tools over the map: two tabs (coverage matrix, QA list), keyboard reachable, Esc closes. */
import './strings';
import './planner.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { plannerViews } from '../store/planner-slice';
import { CoverageMatrix } from './CoverageMatrix';
import { QaView } from './QaView';

export default function PlannerView() {
  const { t } = useTranslation();
  const index = useAppIndex();
  const view = useAppState((s) => s.plannerView) ?? 'coverage';
  const openPlanner = useAppState((s) => s.openPlanner);
  const close = useAppState((s) => s.closePlanner);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  return (
    <section
      className="view-overlay planner-overlay"
      data-testid="planner-view"
      data-view={view}
      aria-labelledby="planner-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <header className="planner-head">
        <h2 id="planner-title" ref={titleRef} tabIndex={-1}>
          {t('planner.title')}
        </h2>
        <div className="planner-tabs" role="tablist" aria-label={t('planner.title')}>
          {plannerViews.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`planner-tab-${v}`}
              aria-selected={v === view}
              aria-controls="planner-body"
              className="planner-tab"
              data-testid={`planner-tab-${v}`}
              onClick={() => openPlanner(v)}
            >
              {t(`planner.tabs.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" className="planner-button planner-close" data-testid="planner-close" onClick={close}>
          {t('planner.close')}
        </button>
      </header>
      <div id="planner-body" role="tabpanel" aria-labelledby={`planner-tab-${view}`} className="planner-body">
        {view === 'coverage' ? <CoverageMatrix index={index} /> : <QaView index={index} />}
      </div>
    </section>
  );
}
