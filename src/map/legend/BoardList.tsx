/**
 * The boards with their values, as buttons in the legend: the keyboard way to what hovering a board shows. Focus
 * on a board shows its tooltip on the map (board, value, unit, source — the same facts as hovering); Enter or a
 * click opens the board. Only while a surface with per-board values is on (otherwise there is nothing to show).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, appStore } from '../../store';
import type { BoardId } from '../../schema';
import type { BoardValues } from '../../domain/board-values';
import type { ThematicSurface } from '../../domain/thematic';
import type { Choropleth } from '../../layers/choropleth';
import type { MapModel } from '../../layers/map-model';
import { BOARD_TOOLTIP_ID, setFocusedBoard } from '../hover-state';
import { boardFacts } from './board-facts';
import './board-list-strings';

interface Props {
  model: MapModel;
  thematic: ThematicSurface;
  values: BoardValues | null;
  choropleth: Choropleth | null;
}

export function BoardList({ model, thematic, values, choropleth }: Props) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  // Leaving the legend (it collapses, the surface goes off) must not leave a focus tooltip behind.
  useEffect(() => () => setFocusedBoard(null), []);
  if (!values && !choropleth) return null;
  const open = (board: BoardId) => appStore.getState().select({ kind: 'board', id: board });
  return (
    <section className="lg-section" data-testid="legend-boards">
      <h4 className="lc-subtitle">{t('boardList.title')}</h4>
      <ul className="lc-list lg-boards">
        {model.boards.map((b) => {
          const facts = boardFacts(b.id, { model, thematic, values, choropleth, language, t });
          if (!facts) return null;
          const value = (facts.target ?? facts.choropleth)?.value;
          return (
            <li key={b.id}>
              <button
                type="button"
                className="lg-board"
                data-testid={`legend-board-${b.id}`}
                aria-label={value ? t('boardList.item', { board: facts.name, value }) : t('boardList.itemNoValue', { board: facts.name })}
                aria-describedby={BOARD_TOOLTIP_ID}
                onFocus={() => setFocusedBoard(b.id)}
                onBlur={() => setFocusedBoard(null)}
                onClick={() => open(b.id)}
              >
                <span className="lg-board__name">{facts.name}</span>
                {value && <span className="lg-board__value">{value}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="lc-note">{t('boardList.hint')}</p>
    </section>
  );
}
