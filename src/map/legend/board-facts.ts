/**
 * What the map says about one board for the active thematic surfaces: its name and, per surface, the value with
 * its unit (or "no target" for a "-" cell) and where the figure comes from. One builder for the hover tooltip and
 * the legend's keyboard list, so both always say the same thing. Plain strings (never HTML).
 */
import type { TFunction } from 'i18next';
import type { BoardId, TargetRow } from '../../schema';
import type { Language } from '../../store';
import type { BoardValues } from '../../domain/board-values';
import type { ThematicSurface } from '../../domain/thematic';
import type { Choropleth } from '../../layers/choropleth';
import type { MapModel } from '../../layers/map-model';
import { documents } from '../../data/tables';
import { formatValue } from '../../layers/format-value';
import { INVESTMENT_METRIC } from '../../domain/heat-points';

export interface BoardFactLine {
  /** Surface and metric, e.g. "目标强度（模型） · 营收目标". */
  label: string;
  /** Value with its unit, or "no target". */
  value: string;
  source: string;
}

export interface BoardFacts {
  board: BoardId;
  name: string;
  target: BoardFactLine | null;
  choropleth: BoardFactLine | null;
}

export interface BoardFactInputs {
  model: MapModel;
  thematic: ThematicSurface;
  values: BoardValues | null;
  choropleth: Choropleth | null;
  language: Language;
  t: TFunction;
}

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

/** Null when the board is unknown or no surface with per-board values is on (then there is nothing to say). */
export function boardFacts(id: BoardId, { model, thematic, values, choropleth, language, t }: BoardFactInputs): BoardFacts | null {
  if (!values && !choropleth) return null;
  const board = model.boards.find((b) => b.id === id);
  if (!board) return null;
  const target = values?.values.find((v) => v.board === id);
  const metricName =
    thematic?.kind === 'targets' ? (thematic.metric === INVESTMENT_METRIC ? t('thematic.annex2') : t(`map.metrics.${thematic.metric}`)) : '';
  const chValue = choropleth?.values[id];
  return {
    board: id,
    name: language === 'en' ? board.name_en : board.name_zh,
    target:
      values && target
        ? {
            label: `${t('thematic.targets')} · ${metricName}`,
            value: target.value === null ? t('thematic.tooltip.noTarget') : formatValue(target.value, values.rows[0], language),
            source:
              t('thematic.tooltip.source', { source: sourceOf(values.rows, language) }) +
              (values.rows.length > 1 ? ` (${t('thematic.tooltip.rows', { count: values.rows.length })})` : ''),
          }
        : null,
    choropleth: choropleth
      ? {
          label: `${t('thematic.legend.choropleth')} · ${language === 'en' ? choropleth.row.label_en : choropleth.row.label_zh}`,
          value: chValue === undefined ? t('thematic.tooltip.noTarget') : formatValue(chValue, choropleth.row, language),
          source: t('map.choropleth.source', {
            document: sourceOf([choropleth.row], language),
            section: '',
            row: choropleth.row.source.row ?? choropleth.row.label_zh,
          }),
        }
      : null,
  };
}
