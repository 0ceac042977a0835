/** The chain-coverage matrix: tracks × boards, each cell a button that lights the track's parks and platforms on that board. */
import { useTranslation } from 'react-i18next';
import type { AppIndex } from '../app/app-data';
import { nameOf } from '../panels/lib/names';
import { useRomanizer } from '../panels/lib/use-romanizer';
import { FLAGSHIP_EVENTS } from '../planner/flagship-events';
import { MATURITY_2026 } from '../planner/maturity';
import type { CellStatus } from '../planner/coverage';
import type { TrackGroup } from '../planner/tracks';
import { useAppState } from '../store';
import { openBoardPanel, openCell, openTrack } from './actions';
import { useCoverage } from './use-planner-data';

/** A mark besides the colour, so the status reads without colour too. */
export const STATUS_MARK: Record<CellStatus, string> = {
  covered: '✓',
  target_without_carrier: '!',
  carrier_without_target: '?',
  empty: '',
};

const STATUSES: readonly CellStatus[] = ['covered', 'target_without_carrier', 'carrier_without_target', 'empty'];

export function CoverageMatrix({ index }: { index: AppIndex }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const romanize = useRomanizer(language);
  const { coverage, register, platforms } = useCoverage(index);
  if (!coverage) return <p className="muted" data-testid="planner-loading">{t('planner.loading')}</p>;
  const onBoard = platforms?.platforms.filter((p) => p.record.board !== null).length ?? 0;
  const groups = [...new Set(coverage.tracks.map((tr) => tr.group))] as TrackGroup[];
  const columns = coverage.boards.length + 4;
  return (
    <div className="coverage" data-testid="coverage-matrix">
      <p className="planner-intro">{t('planner.coverage.intro')}</p>
      <p className="planner-intro muted" data-testid="coverage-carriers-note">
        {platforms
          ? t('planner.coverage.carriersNote', { parks: index.parks.length, platforms: onBoard, cityWide: platforms.platforms.length - onBoard })
          : t('planner.coverage.carriersNoteParksOnly', { parks: index.parks.length })}
      </p>
      {register.status === 'failed' && (
        <p className="coverage-flag" data-testid="platforms-failed">
          {t('planner.platformsFailed')}
        </p>
      )}
      <p className="coverage-summary" data-testid="coverage-summary">
        {t('planner.coverage.summary', {
          covered: coverage.counts.covered,
          gaps: coverage.counts.target_without_carrier,
          unbacked: coverage.counts.carrier_without_target,
        })}
      </p>
      <ul className="coverage-legend" aria-label={t('planner.coverage.countsHint')}>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className={`coverage-swatch coverage-${s}`} aria-hidden="true">
              {STATUS_MARK[s]}
            </span>
            {t(`planner.coverage.status.${s}`)}
          </li>
        ))}
        <li className="muted">{t('planner.coverage.countsHint')}</li>
      </ul>
      <div className="coverage-scroll" tabIndex={0} aria-label={t('planner.coverage.caption')}>
        <table className="coverage-table">
          <caption className="visually-hidden">{t('planner.coverage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="coverage-track-head">
                {t('planner.coverage.track')}
              </th>
              <th scope="col">{t('planner.coverage.stage')}</th>
              <th scope="col">{t('planner.coverage.chief')}</th>
              <th scope="col">{t('planner.coverage.events')}</th>
              {coverage.boards.map((b) => {
                const board = index.boardById.get(b);
                const name = board ? nameOf(board, language) : b;
                return (
                  <th scope="col" key={b} className="coverage-board-head">
                    <button
                      type="button"
                      className="link-button"
                      title={t('planner.coverage.openBoard', { name })}
                      data-testid={`coverage-board-${b}`}
                      onClick={() => openBoardPanel(index, b)}
                    >
                      {name}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group}>
              <tr>
                <th scope="colgroup" colSpan={columns} className="coverage-group">
                  {t(`planner.coverage.group.${group}`)}
                </th>
              </tr>
              {coverage.tracks
                .filter((tr) => tr.group === group)
                .map((tr) => {
                  const industry = index.industryById.get(tr.id);
                  const name = industry ? nameOf(industry, language) : tr.id;
                  const maturity = MATURITY_2026.get(tr.id);
                  const chiefs = index.data.chainChiefs.filter((c) => c.industry === tr.id);
                  const events = FLAGSHIP_EVENTS.filter((e) => e.track === tr.id);
                  return (
                    <tr key={tr.id} data-track={tr.id}>
                      <th scope="row" className="coverage-track">
                        <button
                          type="button"
                          className="link-button"
                          title={t('planner.coverage.openTrack', { name })}
                          onClick={() => openTrack(tr.id)}
                        >
                          {name}
                        </button>
                      </th>
                      <td className="coverage-meta" data-maturity={maturity ?? ''}>
                        {maturity && <span className={`maturity maturity-${maturity}`}>{t(`planner.coverage.maturity.${maturity}`)}</span>}
                      </td>
                      <td className="coverage-meta">
                        {chiefs.map((c) => (language === 'zh' ? c.chain_chief_zh : romanize.person(c.chain_chief_zh))).join('、')}
                      </td>
                      <td className="coverage-meta" title={events.map((e) => (language === 'zh' ? e.name_zh : e.name_en)).join('\n')}>
                        {events.length ? events.map((e) => (language === 'zh' ? e.name_zh : e.name_en)).join('; ') : ''}
                      </td>
                      {coverage.boards.map((b) => {
                        const cell = coverage.cell(tr.id, b);
                        const board = index.boardById.get(b);
                        const label = t('planner.coverage.cellLabel', {
                          track: name,
                          board: board ? nameOf(board, language) : b,
                          status: t(`planner.coverage.status.${cell.status}`),
                          targets: cell.targets.length,
                          carriers: cell.carriers.length,
                        });
                        return (
                          <td key={b} className="coverage-cell-host">
                            <button
                              type="button"
                              className={`coverage-cell coverage-${cell.status}`}
                              aria-label={label}
                              title={label}
                              data-testid={`coverage-cell-${tr.id}-${b}`}
                              data-status={cell.status}
                              onClick={() => openCell(index, tr.id, b)}
                            >
                              <span aria-hidden="true">
                                {STATUS_MARK[cell.status]}{' '}
                                {cell.status === 'empty'
                                  ? ''
                                  : t('planner.coverage.cellCounts', { targets: cell.targets.length, carriers: cell.carriers.length })}
                              </span>
                            </button>
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted small" data-testid="maturity-source">
        {t('planner.coverage.maturitySource')}
      </p>
    </div>
  );
}
