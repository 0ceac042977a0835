/**
 * The board under the pointer, or the board whose row in the legend has keyboard focus: its name and, for each
 * surface on, the value with its unit and where the figure comes from (src/map/legend/board-facts.ts). React text
 * only (names and values are never HTML).
 */
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';
import { BOARD_TOOLTIP_ID, useBoardHover } from '../hover-state';
import { useMapModel } from '../use-map-model';
import { useBoardValues, useChoropleth, useThematic } from '../use-derived-layers';
import { boardFacts, type BoardFactLine } from './board-facts';

function Line({ line, testId }: { line: BoardFactLine; testId: string }) {
  return (
    <p data-testid={testId}>
      {line.label}: <b>{line.value}</b>
      <br />
      <span className="board-tooltip__source">{line.source}</span>
    </p>
  );
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
  const facts = hover && model ? boardFacts(hover.board, { model, thematic, values, choropleth, language, t }) : null;
  if (!hover || !facts) return null;
  return (
    <div
      className="board-tooltip"
      id={BOARD_TOOLTIP_ID}
      role="tooltip"
      data-testid="board-tooltip"
      data-board={facts.board}
      data-via={hover.via ?? 'pointer'}
      style={{ left: hover.x + 14, top: hover.y + 14 }}
    >
      <strong>{facts.name}</strong>
      {facts.target && <Line line={facts.target} testId="board-tooltip-target" />}
      {facts.choropleth && <Line line={facts.choropleth} testId="board-tooltip-choropleth" />}
    </div>
  );
}
