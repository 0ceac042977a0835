/**
 * What the pointer is over on the map, for the board tooltip. Kept out of the app store on purpose: it changes
 * on every mouse move and belongs in no link.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { BoardId } from '../schema';

export interface BoardHover {
  board: BoardId;
  /** Pointer position in the map container's pixels. */
  x: number;
  y: number;
}

export const hoverStore = createStore<{ board: BoardHover | null }>()(() => ({ board: null }));
export const useBoardHover = () => useStore(hoverStore, (s) => s.board);

export function setBoardHover(next: BoardHover | null) {
  const current = hoverStore.getState().board;
  if (current === next || (current && next && current.board === next.board && current.x === next.x && current.y === next.y)) return;
  hoverStore.setState({ board: next });
}
