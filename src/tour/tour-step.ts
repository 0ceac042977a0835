/**
 * Moving through a tour. Presenting stops at either end (→ on the last stop stays there); a kiosk loops
 * back to the first stop.
 */
export function stepIndex(index: number, delta: 1 | -1, count: number, loop: boolean): number {
  if (count <= 0) return 0;
  const next = index + delta;
  if (loop) return ((next % count) + count) % count;
  return Math.min(count - 1, Math.max(0, next));
}

/** Keys a presenter's clicker or keyboard sends; everything else is left to the page. */
export function keyAction(key: string): 'next' | 'previous' | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}

/** A horizontal swipe longer than this many CSS pixels (and mostly horizontal) turns the page. */
export const SWIPE_MIN_PX = 48;

export function swipeAction(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** Reordering the editor's list: the stops with the one at `from` moved to `to` (clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.min(out.length - 1, Math.max(0, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}
