/**
 * The industry panel's chain-coverage section (loaded with the planner's chunk): the 2026 stage, per board the
 * targets and the parks and platforms that carry them, the city-wide platforms, the gaps either way, the brand events, and a way into the matrix.
 */
import './strings';
import './planner.css';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { nameOf } from '../panels/lib/names';
import { openPark } from '../panels/lib/actions';
import { FLAGSHIP_EVENTS } from '../planner/flagship-events';
import { MATURITY_2026, MATURITY_SOURCE } from '../planner/maturity';
import { FootnoteList, refKey } from '../panels/lib/sources';
import { NoteMark, SourceNotes } from '../panels/common/SourceNotes';
import { appStore, useAppState } from '../store';
import { openCell, openPlatformCarrier } from './actions';
import { platformsServing } from '../platforms/platform-model';
import type { Carrier, Coverage } from '../planner/coverage';
import { STATUS_MARK } from './CoverageMatrix';
import { useCoverage } from './use-planner-data';

const NOTE_ID = 'coverage-note';

export default function CoverageSection({ industryId }: { industryId: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useAppIndex();
  const { coverage, register, platforms } = useCoverage(index);
  const track = coverage?.tracks.find((tr) => tr.id === industryId);
  const boardName = (id: string) => {
    const b = index.boardById.get(id as never);
    return b ? nameOf(b, language) : id;
  };
  const carrierName = (c: Carrier) => {
    const record = c.kind === 'park' ? index.parkById.get(c.id)?.props : platforms?.byId.get(c.id)?.record;
    return record ? nameOf(record, language) : c.id;
  };
  const openCarrier = (c: Carrier) => (c.kind === 'park' ? openPark(index, c.id) : openPlatformCarrier(platforms, c.id));
  const sep = language === 'zh' ? '、' : ', ';
  const notes = new FootnoteList();
  return (
    <section className="section coverage-section" aria-labelledby="industry-coverage" data-testid="coverage-section">
      <h3 id="industry-coverage" className="section-title">
        {t('planner.section.title')}
      </h3>
      {!coverage ? (
        <p className="muted" data-testid="planner-loading">{t('planner.loading')}</p>
      ) : track ? (
        body(coverage)
      ) : (
        <p className="muted">{t('planner.section.noTrack')}</p>
      )}
      <SourceNotes refs={notes.refs} id={NOTE_ID} />
    </section>
  );

  function body(coverage: Coverage) {
    const maturity = MATURITY_2026.get(industryId);
    const cells = coverage.boards.map((b) => coverage.cell(industryId, b)).filter((c) => c.status !== 'empty');
    const gaps = cells.filter((c) => c.status === 'target_without_carrier');
    const unbacked = cells.filter((c) => c.status === 'carrier_without_target');
    const events = FLAGSHIP_EVENTS.filter((e) => e.track === industryId);
    const cityWide = platforms ? platformsServing(platforms.platforms, industryId, index.parentOf).filter((p) => p.record.board === null) : [];
    return (
      <>
        <dl className="facts">
          <dt>{t('planner.section.stage')}</dt>
          <dd data-testid="coverage-stage">
            {maturity ? (
              <>
                {t(`planner.coverage.maturity.${maturity}`)}
                <NoteMark n={notes.add(MATURITY_SOURCE)} id={NOTE_ID} />
              </>
            ) : (
              <span className="muted">{t('planner.section.noStage')}</span>
            )}
          </dd>
        </dl>
        <p className={gaps.length ? 'coverage-flag' : 'muted'} data-testid="coverage-gaps">
          {gaps.length
            ? t('planner.section.gaps', { boards: gaps.map((c) => boardName(c.board)).join(sep) })
            : t('planner.section.noGaps')}
        </p>
        {unbacked.length > 0 && (
          <p className="coverage-flag" data-testid="coverage-unbacked">
            {t('planner.section.unbacked', {
              carriers: unbacked.flatMap((c) => c.carriers.map((k) => `${carrierName(k)} (${boardName(c.board)})`)).join(sep),
            })}
          </p>
        )}
        <h4 className="coverage-subtitle">{t('planner.section.boards')}</h4>
        <ul className="coverage-boards">
          {cells.map((c) => (
            <li key={c.board} data-board={c.board} data-status={c.status}>
              <button
                type="button"
                className={`coverage-cell coverage-${c.status}`}
                title={t('planner.section.lightCell')}
                onClick={() => openCell(index, industryId, c.board)}
              >
                <span aria-hidden="true">{STATUS_MARK[c.status]}</span> {boardName(c.board)}
              </button>{' '}
              <span className="muted small" title={[...new Set(c.targets.map((x) => (language === 'zh' ? x.label_zh : x.label_en)))].join('\n')}>
                {t('planner.section.targetsCount', { count: c.targets.length })} ·{' '}
                {t('planner.section.carriersCount', { count: c.carriers.length })}
              </span>
              {c.carriers.length > 0 && (
                <span className="small">
                  {' '}
                  —{' '}
                  {c.carriers.map((k, i) => (
                    <span key={`${k.kind}:${k.id}`} data-carrier={k.kind}>
                      {i > 0 && sep}
                      <button type="button" className="link-button" onClick={() => openCarrier(k)}>
                        {carrierName(k)}
                      </button>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
        <h4 className="coverage-subtitle">{t('planner.section.cityWide')}</h4>
        {register.status === 'failed' ? (
          <p className="coverage-flag" data-testid="platforms-failed">
            {t('planner.platformsFailed')}
          </p>
        ) : cityWide.length ? (
          <ul className="link-list" data-testid="coverage-city-wide">
            {cityWide.map((p) => (
              <li key={p.record.id}>
                <button type="button" className="link-button" onClick={() => openPlatformCarrier(platforms, p.record.id)}>
                  {nameOf(p.record, language)}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('planner.section.noCityWide')}</p>
        )}
        <h4 className="coverage-subtitle">{t('planner.section.events')}</h4>
        {events.length ? (
          <ul className="link-list" data-testid="coverage-events">
            {events.map((e) => (
              <li key={e.id}>
                {language === 'zh' ? e.name_zh : e.name_en}
                {e.tie === 'name_inferred' && <span className="muted small"> {t('planner.section.eventInferred')}</span>}
                {e.sources.map((src) => (
                  <NoteMark key={refKey(src)} n={notes.add(src)} id={NOTE_ID} />
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('planner.section.noEvents')}</p>
        )}
        <button
          type="button"
          className="button button-small coverage-open-matrix"
          data-testid="coverage-open-matrix"
          onClick={() => appStore.getState().openPlanner('coverage')}
        >
          {t('planner.section.openMatrix')}
        </button>
      </>
    );
  }
}
