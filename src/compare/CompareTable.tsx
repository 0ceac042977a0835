/**
 * The comparison as one table, items as columns: the same on screen and on paper. Figures carry footnote marks
 * into the shared source list, like the panels.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { parkCategories } from '../schema/constants';
import { nameOf } from '../panels/lib/names';
import { FootnoteList } from '../panels/lib/sources';
import { NoteMark, SourceNotes } from '../panels/common/SourceNotes';
import { ValueText } from '../panels/common/ValueText';
import { buildCompareModel } from './compare-model';

const NOTE_ID = 'compare-note';

export function CompareTable({ editable = false }: { editable?: boolean }) {
  const { t } = useTranslation();
  const index = useAppIndex();
  const language = useAppState((s) => s.language);
  const set = useAppState((s) => s.compare);
  const remove = useAppState((s) => s.removeFromCompare);
  const model = useMemo(() => buildCompareModel(index, set), [index, set]);
  const notes = new FootnoteList();
  const shared = new Set(model.shared);
  const industryName = (id: string) => {
    const i = index.industryById.get(id);
    return i ? nameOf(i, language) : id;
  };
  const boardName = (id: string | undefined) => {
    const b = id ? index.boardById.get(id as never) : undefined;
    return b ? nameOf(b, language) : (id ?? '');
  };
  const row = (label: string, cells: React.ReactNode[], testId?: string) => (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      {cells.map((c, i) => (
        <td key={model.columns[i]?.id ?? i}>{c}</td>
      ))}
    </tr>
  );
  const cols = model.columns;
  const none = t('kit.compare.none');

  return (
    <div className="compare" data-testid="compare-table" data-kind={model.kind}>
      <div className="compare-scroll">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <td />
              {cols.map((c) => (
                <th key={c.id} scope="col" data-testid="compare-column" data-id={c.id}>
                  <span className="compare-name">{nameOf(c, language)}</span>
                  {editable && (
                    <button
                      type="button"
                      className="link-button compare-remove"
                      aria-label={`${t('kit.compare.remove')}: ${nameOf(c, language)}`}
                      onClick={() => remove(c.id)}
                    >
                      ×
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.kind === 'park' && (
              <>
                {row(t('kit.compare.rows.category'), cols.map((c) => (c.category ? t(`category.${c.category}`) : none)))}
                {row(t('kit.compare.rows.status'), cols.map((c) => (c.status ? t(`status.${c.status}`) : none)))}
                {row(t('kit.compare.rows.board'), cols.map((c) => boardName(c.board)))}
                {row(
                  t('kit.compare.rows.precision'),
                  cols.map((c) => (c.precision ? <span className={`precision-badge precision-${c.precision}`}>{t(`precision.${c.precision}.label`)}</span> : none)),
                )}
              </>
            )}
            {model.kind === 'board' && (
              <>
                {row(t('kit.compare.rows.parks'), cols.map((c) => String(Object.values(c.parksPerCategory ?? {}).reduce((a, b) => a + b, 0))))}
                {parkCategories.map((cat) => (
                  <tr key={cat}>
                    <th scope="row" className="compare-sub">
                      {t(`category.${cat}`)}
                    </th>
                    {cols.map((c) => (
                      <td key={c.id} className="num">
                        {c.parksPerCategory?.[cat] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </>
            )}
            {row(
              t('kit.compare.rows.industries'),
              cols.map((c) =>
                c.industries.length ? (
                  <ul className="compare-industries">
                    {c.industries.map((id) => (
                      <li key={id} className={shared.has(id) ? 'compare-shared' : undefined} data-shared={shared.has(id) ? 'true' : undefined}>
                        {shared.has(id) ? <strong>{industryName(id)}</strong> : industryName(id)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  none
                ),
              ),
              'compare-industries',
            )}
            {model.targets.length > 0 && (
              <tr>
                <th scope="rowgroup" colSpan={cols.length + 1} className="compare-group">
                  {t(model.targetScope === 'shared' ? 'kit.compare.rows.targets' : 'kit.compare.rows.targetsAll')}
                </th>
              </tr>
            )}
            {model.targets.map((r) => (
              <tr key={r.row.id}>
                <th scope="row" className="compare-sub">
                  {industryName(r.industry)} · {language === 'zh' ? r.row.label_zh : r.row.label_en}
                </th>
                {r.cells.map((cell, i) => (
                  <td key={cols[i]?.id ?? i} className="num">
                    {cell ? (
                      <>
                        <ValueText value={cell.value} unit={{ zh: cell.row.unit_zh, en: cell.row.unit_en }} />
                        <NoteMark n={notes.add(cell.source)} id={NOTE_ID} />
                      </>
                    ) : (
                      none
                    )}
                  </td>
                ))}
              </tr>
            ))}
            {model.kind === 'park' &&
              row(
                t('kit.compare.rows.sources'),
                cols.map((c) => c.sources.map((s) => <NoteMark key={notes.add(s)} n={notes.add(s)} id={NOTE_ID} />)),
              )}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        {t('kit.compare.sharedNote')} {model.kind === 'park' && t('kit.compare.boardLevel')}
      </p>
      <SourceNotes refs={notes.refs} id={NOTE_ID} />
    </div>
  );
}
