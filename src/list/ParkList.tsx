import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex, type ParkEntry } from '../app/app-data';
import { appStore, useAppState } from '../store';
import { nameOf } from '../panels/lib/names';
import { openPark } from '../panels/lib/actions';
import { requestFocusHandoff, takeFocusHandoff } from '../app/focus-handoff';
import { nextSort, sortParks, type SortKey, type SortState } from './sort-parks';

/** Lead industries ride under the name (a narrow panel cannot fit six columns); the rest are short words. */
const COLUMNS: readonly SortKey[] = ['name', 'board', 'category', 'status', 'precision'];

/**
 * The accessible twin of the map: a table of the parks the filters let through.
 * One row is in the Tab order at a time (roving tabindex); ↑/↓/Home/End move, Enter/Space selects.
 * A selection made on the map highlights its row and scrolls it into view (without taking focus).
 * Memoised: it renders when its parks (the deferred filter result, see ListTab), the language or the selection
 * change — not in the urgent render of a filter change.
 */
export const ParkList = memo(function ParkList({ parks }: { parks: readonly ParkEntry[] }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const selection = useAppState((s) => s.selection);
  const index = useAppIndex();
  const [sort, setSort] = useState<SortState>({ key: 'board', dir: 'asc' });
  const selectedId = selection?.kind === 'park' ? selection.id : null;
  const rows = useMemo(
    () => sortParks(parks.map((p) => ({ ...p.props, entry: p })), sort, language),
    [parks, sort, language],
  );
  const [focusId, setFocusId] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const tabStop = rows.some((r) => r.id === focusId) ? focusId : (rows.find((r) => r.id === selectedId) ?? rows[0])?.id;

  useEffect(() => {
    if (selectedId) rowRefs.current.get(selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  // Coming back from a park's details ("back to list"): focus returns to that park's row.
  useEffect(() => {
    const row = selectedId ? rowRefs.current.get(selectedId) : undefined;
    if (row && takeFocusHandoff()) row.focus();
    // Only on mount: later selections come from the map or the list itself and must not move focus.
  }, []);

  const moveFocus = (id: string | undefined) => {
    if (!id) return;
    setFocusId(id);
    rowRefs.current.get(id)?.focus();
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, i: number, id: string) => {
    if (e.key === 'ArrowDown') moveFocus(rows[Math.min(i + 1, rows.length - 1)]?.id);
    else if (e.key === 'ArrowUp') moveFocus(rows[Math.max(i - 1, 0)]?.id);
    else if (e.key === 'Home') moveFocus(rows[0]?.id);
    else if (e.key === 'End') moveFocus(rows[rows.length - 1]?.id);
    else if (e.key === 'Enter' || e.key === ' ') {
      requestFocusHandoff();
      openPark(index, id);
    }
    else return;
    e.preventDefault();
  };

  const industriesOf = (ids: readonly string[]) =>
    ids.map((id) => (index.industryById.get(id) ? nameOf(index.industryById.get(id)!, language) : id)).join(t('app.listSeparator'));

  return (
    <div className="park-list-wrap">
      <table className="park-list" data-testid="park-list" aria-label={t('list.label')} aria-describedby="list-help">
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <th
                key={col}
                scope="col"
                aria-sort={sort.key === col ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, col))}>
                  {t(`list.col.${col}`)}
                  <span className="sort-icon" aria-hidden="true">
                    {sort.key === col ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const board = index.boardById.get(row.board);
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                ref={(el) => {
                  if (el) rowRefs.current.set(row.id, el);
                  else rowRefs.current.delete(row.id);
                }}
                className="park-row"
                data-park={row.id}
                data-testid="park-row"
                tabIndex={row.id === tabStop ? 0 : -1}
                aria-current={selected ? 'true' : undefined}
                aria-label={t('list.rowLabel', {
                  name: nameOf(row, language),
                  board: board ? nameOf(board, language) : row.board,
                  status: t(`status.${row.status}`),
                })}
                onClick={() => {
                  setFocusId(row.id);
                  openPark(index, row.id);
                }}
                onFocus={() => {
                  setFocusId(row.id);
                  // The map shows this park's tooltip while its row has keyboard focus (the twin of hovering).
                  appStore.getState().setFocusedPark(row.id);
                }}
                onBlur={() => appStore.getState().setFocusedPark(null)}
                onKeyDown={(e) => onRowKey(e, i, row.id)}
              >
                <th scope="row" className="park-name">
                  <span className="park-name-text">{nameOf(row, language)}</span>
                  <span className="park-industries">
                    <span className="visually-hidden">{t('list.col.industries')}: </span>
                    {industriesOf(row.lead_industries) || t('list.noIndustries')}
                  </span>
                </th>
                <td>{t(`boardShort.${row.board}`)}</td>
                <td>{t(`categoryShort.${row.category}`)}</td>
                <td className="nowrap">
                  <span className={`status-dot status-${row.status}`} aria-hidden="true" />
                  {t(`status.${row.status}`)}
                </td>
                <td>{t(`precision.${row.precision}.short`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="list-help" className="visually-hidden">
        {t('list.help')}
      </p>
    </div>
  );
});
