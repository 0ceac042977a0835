/** Loads the board tooltip the first time the pointer is over a board (nothing of it is needed to draw the map). */
import { lazy, Suspense } from 'react';
import { useBoardHover } from '../hover-state';

const BoardTooltip = lazy(() => import('./BoardTooltip'));

export function BoardTooltipHost() {
  const hovering = useBoardHover() !== null;
  if (!hovering) return null;
  return (
    <Suspense fallback={null}>
      <BoardTooltip />
    </Suspense>
  );
}
