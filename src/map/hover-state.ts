/**
 * What the pointer is over on the map, for the board tooltip, and which board has keyboard focus in the legend's
 * board list (the keyboard twin of hovering). Kept out of the app store on purpose: it changes on every mouse move
 * and belongs in no link.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { BoardId } from '../schema';

export interface BoardHover {
  board: BoardId;
  /** Pointer position (or, for keyboard focus, the board's label point) in the map container's pixels. */
  x: number;
  y: number;
  /** Set when keyboard focus, not the pointer, shows the tooltip. */
  via?: 'focus';
}

/** The legend's board buttons point at the tooltip by this id (aria-describedby). */
export const BOARD_TOOLTIP_ID = 'board-tooltip';

export const hoverStore = createStore<{ board: BoardHover | null; focused: BoardId | null }>()(() => ({ board: null, focused: null }));
export const useBoardHover = () => useStore(hoverStore, (s) => s.board);

export function setBoardHover(next: BoardHover | null) {
  const current = hoverStore.getState().board;
  if (
    current === next ||
    (current && next && current.board === next.board && current.x === next.x && current.y === next.y && current.via === next.via)
  )
    return;
  hoverStore.setState({ board: next });
}

/** A board's row in the legend gained (id) or lost (null) keyboard focus; the map bridge places the tooltip. */
export function setFocusedBoard(board: BoardId | null) {
  if (hoverStore.getState().focused === board) return;
  hoverStore.setState({ focused: board });
}
