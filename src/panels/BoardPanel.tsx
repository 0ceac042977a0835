import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardId, TargetRow, TargetTable } from '../schema';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { nameOf, otherNameOf } from './lib/names';
import { FootnoteList, columnHeader } from './lib/sources';
import { layoutTable } from './lib/table-layout';
import { openBoard, openPark } from './lib/actions';
import { NoteMark, SourceNotes } from './common/SourceNotes';
import { ValueText } from './common/ValueText';
import { PanelHeading } from './common/PanelHeading';
import { PanelKitActions } from '../kit/PanelKitActions';
import { TimelineButton } from '../timeline/TimelineButton';
import { BarList } from './common/BarList';
import { RowPicker } from './common/RowPicker';
import { ImportedCounts } from './imported/ImportedCounts';
import { importedForBoard } from '../domain/imported';
import { useProjectIndex, useVisibleZones } from '../map/use-imported';

const NOTE_ID = 'board-note';

export function BoardPanel({ id }: { id: BoardId }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useAppIndex();
  const board = index.boardById.get(id);
  const tables = index.data.tables;
  const comparable = tables.flatMap((tb) => tb.rows.filter((r) => r.metric !== 'special_policy'));
  const [compareRowId, setCompareRowId] = useState<string | null>(null);
  const projectIndex = useProjectIndex();
  const zones = useVisibleZones();
  if (!board) return <p className="panel-status">{t('board.missing')}</p>;

  const notes = new FootnoteList();
  const parks = index.parks.filter((p) => p.props.board === id);
  const compareRow =
    comparable.find((r) => r.id === compareRowId) ??
    comparable.find((r) => typeof r.values[id] === 'number') ??
    comparable[0];
  const plan = index.data.futureParkPlans.find((p) => p.board === id);

  return (
    <article className="detail" data-testid="board-panel" data-board={id} aria-labelledby="board-title">
      <PanelHeading
        id="board-title"
        kicker={t(`boardKind.${board.kind}`)}
        title={nameOf(board, language)}
        subtitle={otherNameOf(board, language)}
        subtitleLang={language === 'zh' ? 'en' : 'zh-CN'}
      />
      <PanelKitActions kind="board" id={id} />
      <TimelineButton subject={{ kind: 'board', id }} />
      {board.kind === 'functional_zone' && (
        <p className="callout callout-approx" data-testid="wxjk-note">
          {t('board.functionalZoneNote')}
        </p>
      )}

      <section className="section" aria-labelledby="board-parks">
        <h3 id="board-parks" className="section-title">
          {t('board.parks', { count: parks.length })}
        </h3>
        {plan && (
          <p className="muted small">
            {t('board.futureParkPlan', { count: plan.city_level_parks_by_2027 })}
            <NoteMark n={notes.add(plan.source)} id={NOTE_ID} />
          </p>
        )}
        {parks.length ? (
          <ul className="link-list">
            {parks.map((p) => (
              <li key={p.props.id}>
                <button type="button" className="link-button" onClick={() => openPark(index, p.props.id)}>
                  {nameOf(p.props, language)}
                </button>
                <span className="muted small"> · {t(`status.${p.props.status}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('board.noParks')}</p>
        )}
      </section>

      <ImportedCounts tally={importedForBoard(projectIndex, zones, id)} testId="board-imported" />

      {tables.map((table) => (
        <BoardTable key={table.id} table={table} board={id} notes={notes} />
      ))}
      <p className="muted small value-legend">{t('value.legend')}</p>

      {compareRow && (
        <section className="section" aria-labelledby="board-compare">
          <h3 id="board-compare" className="section-title">
            {t('board.compare')}
          </h3>
          <RowPicker rows={comparable} value={compareRow.id} onChange={setCompareRowId} label={t('board.compareMetric')} />
          <BarList row={compareRow} highlight={id} onPick={(b) => openBoard(index, b)} />
          <p className="muted small">
            {t('board.compareSource')}
            <NoteMark n={notes.add(compareRow.source)} id={NOTE_ID} />
          </p>
        </section>
      )}

      <SourceNotes refs={notes.refs} id={NOTE_ID} />
    </article>
  );
}

/** One annex for one board: industries × metrics (Annex 1/2), or metric list (Annex 3). */
function BoardTable({ table, board, notes }: { table: TargetTable; board: BoardId; notes: FootnoteList }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const { industryById } = useAppIndex();
  const { metrics, lines } = layoutTable(table);
  const note = notes.add({ ...table.source, column: columnHeader(board) });
  const unitOf = (row: TargetRow) => ({ zh: row.unit_zh, en: row.unit_en });
  const headingId = `board-${table.id}`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid={`board-table-${table.id}`}>
      <h3 id={headingId} className="section-title">
        {t(`tables.short.${table.id}`)}
        <span className="section-sub"> {language === 'zh' ? table.title_zh : table.title_en}</span>
        <NoteMark n={note} id={NOTE_ID} />
      </h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="data-table data-table-grid">
          <thead>
            <tr>
              <th scope="col">{metrics.length ? t('table.industry') : t('table.indicator')}</th>
              {metrics.length ? (
                metrics.map((m) => (
                  <th key={m} scope="col" className="num">
                    {t(`metric.${m}`)}
                  </th>
                ))
              ) : (
                <th scope="col" className="num">
                  {t('table.value')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const industry = line.industry ? industryById.get(line.industry) : undefined;
              const scope = language === 'zh' ? line.scope_zh : line.scope_en;
              return (
                <tr key={line.key} data-sub={line.isSubRow || undefined}>
                  <th scope="row">
                    {line.single
                      ? language === 'zh'
                        ? line.single.label_zh
                        : line.single.label_en
                      : industry
                        ? nameOf(industry, language)
                        : line.industry}
                    {scope && !line.single && <span className="scope"> · {scope}</span>}
                  </th>
                  {line.single ? (
                    <td className="num">
                      <ValueText value={line.single.values[board]} unit={unitOf(line.single)} />
                    </td>
                  ) : (
                    metrics.map((m) => {
                      const row = line.byMetric.get(m);
                      return (
                        <td key={m} className="num">
                          {row ? (
                            <ValueText value={row.values[board]} unit={null} />
                          ) : (
                            <span className="value-absent" title={t('value.notPrinted')}>
                              ·<span className="visually-hidden">{t('value.notPrinted')}</span>
                            </span>
                          )}
                        </td>
                      );
                    })
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
