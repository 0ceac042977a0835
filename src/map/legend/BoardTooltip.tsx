/**
 * The board under the pointer: its name and, for each surface on, the value with its unit (or "no target" for a
 * "-" cell) and where the figure comes from. React text only (names and values are never HTML).
 */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';
import type { TargetRow } from '../../schema';
import { documents } from '../../data/tables';
import { formatValue } from '../../layers/format-value';
import { INVESTMENT_METRIC } from '../../domain/heat-points';
import { useBoardHover } from '../hover-state';
import { useMapModel } from '../use-map-model';
import { useBoardValues, useChoropleth, useThematic } from '../use-derived-layers';

function sourceOf(rows: readonly TargetRow[], language: string): string {
  const docs = [...new Set(rows.map((r) => `${r.source.document}|${r.source.section}`))];
  return docs
    .map((key) => {
      const [id, section] = key.split('|');
      const doc = documents.find((d) => d.id === id);
      return `${doc ? (language === 'en' ? doc.title_en : doc.title_zh) : id} ${section}`;
    })
    .join('; ');
}

export default function BoardTooltip() {
  const { t } = useTranslation();
  const hover = useBoardHover();
  const language = useAppState((s) => s.language);
  const modelState = useMapModel();
  const model = modelState.status === 'ready' ? modelState.model : null;
  const thematic = useThematic();
  const values = useBoardValues(model);
  const choropleth = useChoropleth(model);
  if (!hover || !model || (!values && !choropleth)) return null;
  const board = model.boards.find((b) => b.id === hover.board);
  if (!board) return null;
  const target = values?.values.find((v) => v.board === hover.board);
  const chValue = choropleth?.values[hover.board];
  const metricName =
    thematic?.kind === 'targets' ? (thematic.metric === INVESTMENT_METRIC ? t('thematic.annex2') : t(`map.metrics.${thematic.metric}`)) : '';
  return (
    <div className="board-tooltip" role="tooltip" data-testid="board-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{language === 'en' ? board.name_en : board.name_zh}</strong>
      {values && target && (
        <p data-testid="board-tooltip-target">
          {t('thematic.targets')} · {metricName}:{' '}
          <b>{target.value === null ? t('thematic.tooltip.noTarget') : formatValue(target.value, values.rows[0], language)}</b>
          <br />
          <span className="board-tooltip__source">
            {t('thematic.tooltip.source', { source: sourceOf(values.rows, language) })}
            {values.rows.length > 1 ? ` (${t('thematic.tooltip.rows', { count: values.rows.length })})` : ''}
          </span>
        </p>
      )}
      {choropleth && (
        <p data-testid="board-tooltip-choropleth">
          {t('thematic.legend.choropleth')} · {language === 'en' ? choropleth.row.label_en : choropleth.row.label_zh}:{' '}
          <b>{chValue === undefined ? t('thematic.tooltip.noTarget') : formatValue(chValue, choropleth.row, language)}</b>
          <br />
          <span className="board-tooltip__source">
            {t('map.choropleth.source', { document: sourceOf([choropleth.row], language), section: '', row: choropleth.row.source.row ?? choropleth.row.label_zh })}
          </span>
        </p>
      )}
    </div>
  );
}
