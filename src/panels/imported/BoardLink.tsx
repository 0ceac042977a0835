import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import type { BoardId } from '../../schema';
import { nameOf } from '../lib/names';
import { openBoard } from '../lib/actions';

/** An imported record's board as a link to the board panel, or "not given" when the file named none. */
export function BoardLink({ board: boardId }: { board: BoardId | null }) {
  const { t } = useTranslation();
  const index = useAppIndex();
  const language = useAppState((s) => s.language);
  const board = boardId ? index.boardById.get(boardId) : undefined;
  if (!board) return <>{t('imported.notGiven')}</>;
  return (
    <button type="button" className="link-button" onClick={() => openBoard(index, board.id)}>
      {nameOf(board, language)}
    </button>
  );
}
