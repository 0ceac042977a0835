/**
 * "Targets over time" for the city, a board or an industry: each indicator as a series with its unit and
 * citations, as small charts or as one table. Loaded on demand with its data (indicators, disagreements).
 */
import './strings';
import './timeline.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState, type TimelineSubject } from '../store';
import { indicatorList } from '../data/indicators';
import { disagreements } from '../data/disagreements';
import { nameOf } from '../panels/lib/names';
import { timelineSeries, yearSpan, type Series } from './series-model';
import { SeriesCard } from './SeriesCard';
import { SeriesTable } from './SeriesTable';

type ViewMode = 'chart' | 'table';

export default function TimelineView({ subject }: { subject: TimelineSubject }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const close = useAppState((s) => s.closeTimeline);
  const index = useAppIndex();
  const [mode, setMode] = useState<ViewMode>('chart');
  const [query, setQuery] = useState('');
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), [subject]);

  const all = useMemo(
    () => timelineSeries(subject, { indicators: indicatorList, targetTables: index.data.tables, disagreements }),
    [subject, index],
  );
  const printed = all.filter((s) => s.points.some((p) => p.value !== null));
  const dashOnly = all.length - printed.length;
  const q = query.trim().toLowerCase();
  const shown = q ? printed.filter((s) => `${s.label_zh} ${s.label_en}`.toLowerCase().includes(q)) : printed;
  const span = yearSpan(printed) ?? [2024, 2024];
  const groups = new Map<string, Series[]>();
  for (const s of shown) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);

  const board = subject.kind === 'board' ? index.boardById.get(subject.id) : undefined;
  const industry = subject.kind === 'industry' ? index.industryById.get(subject.id) : undefined;
  const who = subject.kind === 'city' ? t('timeline.subject.city') : nameOf(board ?? industry ?? { name_zh: '', name_en: '' }, language);

  return (
    <section
      className="view-overlay tl-overlay"
      data-testid="timeline-view"
      data-subject={subject.kind === 'city' ? 'city' : `${subject.kind}:${subject.id}`}
      aria-labelledby="timeline-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <header className="tl-head">
        <h2 id="timeline-title" ref={titleRef} tabIndex={-1}>
          {t('timeline.title')} · {who}
        </h2>
        <div className="tl-actions">
          <div role="group" aria-label={t('timeline.views.label')} className="tl-switch">
            {(['chart', 'table'] as const).map((m) => (
              <button key={m} type="button" className="chip" aria-pressed={mode === m} data-testid={`timeline-mode-${m}`} onClick={() => setMode(m)}>
                {t(`timeline.views.${m}`)}
              </button>
            ))}
          </div>
          <button type="button" className="chip" data-testid="timeline-close" onClick={close}>
            {t('timeline.close')}
          </button>
        </div>
      </header>
      <p className="tl-intro muted small">{t('timeline.intro')}</p>
      <div className="tl-tools">
        <input
          type="search"
          className="input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('timeline.search')}
          placeholder={t('timeline.search')}
          data-testid="timeline-search"
        />
        <span className="muted small" aria-live="polite">
          {t('timeline.count', { count: shown.length })}
        </span>
      </div>
      <Legend />
      {shown.length === 0 && <p className="muted">{t('timeline.none')}</p>}
      {[...groups.entries()].map(([group, list]) => (
        <section key={group} className="tl-group" aria-labelledby={`tl-group-${group}`}>
          <h3 id={`tl-group-${group}`} className="section-title">
            {t(`timeline.group.${group}`, { defaultValue: group })}
          </h3>
          {mode === 'chart' ? (
            <div className="tl-grid">
              {list.map((s) => (
                <SeriesCard key={s.key} series={s} span={span} />
              ))}
            </div>
          ) : (
            <SeriesTable series={list} caption={t(`timeline.group.${group}`, { defaultValue: group })} />
          )}
        </section>
      ))}
      {dashOnly > 0 && !q && <p className="muted small">{t('timeline.noTargetRows', { count: dashOnly })}</p>}
    </section>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="tl-legend small" aria-label={t('timeline.views.chart')}>
      <li><span className="tl-key tl-key-fact" aria-hidden="true" />{t('timeline.legend.fact')}</li>
      <li><span className="tl-key tl-key-target" aria-hidden="true" />{t('timeline.legend.target')}</li>
      <li><span className="tl-key tl-key-bar" aria-hidden="true" />{t('timeline.legend.perYear')}</li>
      <li><span className="tl-key tl-key-gap" aria-hidden="true">–</span>{t('timeline.legend.noTarget')}</li>
      <li><span className="tl-key tl-key-ring" aria-hidden="true" />{t('timeline.legend.disagree')}</li>
    </ul>
  );
}
