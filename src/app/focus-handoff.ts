import { useEffect, type RefObject } from 'react';

/**
 * When an action replaces the part of the panel that had focus (Enter on a list row opens the park's
 * details; "back to list" brings the list back), focus would fall to <body> and a keyboard user would
 * start again from the top. The action asks for a hand-off; the newly shown part takes focus on mount.
 * Only then: on page load nothing steals focus.
 */
let pending = false;

export function requestFocusHandoff(): void {
  pending = true;
}

/** True once after a hand-off was requested: the caller then moves focus. */
export function takeFocusHandoff(): boolean {
  const was = pending;
  pending = false;
  return was;
}

export function useFocusHandoff(target: RefObject<HTMLElement | null>, ready = true): void {
  useEffect(() => {
    if (!ready || !target.current) return;
    if (takeFocusHandoff()) target.current.focus();
  }, [target, ready]);
}
