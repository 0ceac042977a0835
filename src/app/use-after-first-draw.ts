import { useEffect, useState } from 'react';
import { afterFirstDraw } from './after-first-draw';

/**
 * False until the map has drawn its default layers (see afterFirstDraw), then true for good; `now()` makes it
 * true at once (a user asked for the thing). For views that may wait: a lazy chunk, a fetched register, a list
 * below the fold all compete with the first draw on a slow machine.
 */
export function useAfterFirstDraw(): [boolean, () => void] {
  const [ready, setReady] = useState(false);
  useEffect(() => (ready ? undefined : afterFirstDraw(() => setReady(true))), [ready]);
  return [ready, () => setReady(true)];
}
