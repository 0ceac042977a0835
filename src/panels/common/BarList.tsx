import { useTranslation } from 'react-i18next';
import type { BoardId, TargetRow } from '../../schema';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import { compareBoards, rankedCount } from '../lib/board-compare';
import { nameOf } from '../lib/names';
import { ValueText } from './ValueText';

/**
 * The eight boards on one table row as horizontal bars (CSS widths, no chart library),
 * largest first; "-" boards listed last with "no target" and no bar.
 */
export function BarList({ row, highlight, onPick }: { row: TargetRow; highlight?: BoardId; onPick?: (b: BoardId) => void }) {
  const { t } = useTranslation();
  const { boardById } = useAppIndex();
  const language = useAppState((s) => s.language);
  const bars = compareBoards(row).sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
  const unit = language === 'zh' ? row.unit_zh : row.unit_en;
  const highlighted = bars.find((b) => b.board === highlight);
  return (
    <figure className="bar-figure">
      {highlighted && (
        <figcaption className="bar-rank" data-testid="board-rank">
          {highlighted.rank
            ? t('board.rank', { rank: highlighted.rank, count: rankedCount(bars) })
            : t('board.unranked')}
        </figcaption>
      )}
      {unit && unit !== 'count' && unit !== 'not printed' && unit !== '未注明' && (
        <p className="bar-unit muted small">{t('board.unit', { unit })}</p>
      )}
      <ul className="bars">
        {bars.map((bar) => {
          const board = boardById.get(bar.board);
          const label = board ? nameOf(board, language) : bar.board;
          return (
            <li key={bar.board} className="bar-row" data-highlight={bar.board === highlight || undefined}>
              {onPick ? (
                <button type="button" className="bar-label link-button" onClick={() => onPick(bar.board)}>
                  {label}
                </button>
              ) : (
                <span className="bar-label">{label}</span>
              )}
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${Math.round(bar.share * 1000) / 10}%` }} />
              </span>
              <span className="bar-value">
                <ValueText value={bar.value} unit={null} />
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
