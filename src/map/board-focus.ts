/**
 * Keyboard twin of hovering a board: while a board's row in the legend has focus, its tooltip stands at the
 * board's label point on the map (kept inside the map's box), so a keyboard user also sees where the board is.
 * Wired into the bridge, the only code that may project map coordinates.
 */
import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapModel } from '../layers/map-model';
import { hoverStore, setBoardHover } from './hover-state';

/** Room the tooltip needs right of and below its anchor (CSS max-width 300 px plus the 14 px offset). */
const TOOLTIP_ROOM: readonly [number, number] = [320, 130];

export function useBoardFocusTooltip(map: MaplibreMap | null, model: MapModel | null) {
  useEffect(() => {
    if (!map || !model) return;
    const place = (focused: string | null) => {
      const current = hoverStore.getState().board;
      const board = focused ? model.boards.find((b) => b.id === focused) : undefined;
      if (!board) {
        if (current?.via === 'focus') setBoardHover(null);
        return;
      }
      const p = map.project(board.label_point);
      const box = map.getContainer();
      const x = Math.max(0, Math.min(p.x, box.clientWidth - TOOLTIP_ROOM[0]));
      const y = Math.max(0, Math.min(p.y, box.clientHeight - TOOLTIP_ROOM[1]));
      setBoardHover({ board: board.id, x: Math.round(x), y: Math.round(y), via: 'focus' });
    };
    place(hoverStore.getState().focused);
    return hoverStore.subscribe((s, prev) => {
      if (s.focused !== prev.focused) place(s.focused);
    });
  }, [map, model]);
}
