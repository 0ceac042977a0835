import { useEffect } from 'react';
import { appStore, useAppState } from '../store';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Kiosk links: the tour starts by itself and loops. A visitor who touches the map takes over (the tour steps
 * aside); after `tourKioskIdleSec` seconds with no input it starts again from the first stop.
 */
export default function KioskKeeper() {
  const playing = useAppState((s) => s.tourPlay !== null);
  const idleSec = useAppState((s) => s.tourKioskIdleSec);

  // Opening the kiosk link starts the tour at once.
  useEffect(() => {
    if (!appStore.getState().tourPlay) appStore.getState().playTour(0, true);
  }, []);

  useEffect(() => {
    if (idleSec === null) return;
    if (playing) {
      // Touching the map (not the tour's own caption and buttons) hands it to the visitor.
      const takeOver = (e: Event) => {
        const target = e.target as Element | null;
        if (target?.closest?.('.tour-caption-card, .tour-facts')) return;
        if (e.type === 'keydown') return;
        appStore.getState().stopTour();
      };
      for (const type of INPUT_EVENTS) window.addEventListener(type, takeOver, { capture: true, passive: true });
      return () => {
        for (const type of INPUT_EVENTS) window.removeEventListener(type, takeOver, { capture: true });
      };
    }
    let timer = 0;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => appStore.getState().playTour(0, true), idleSec * 1000);
    };
    restart();
    for (const type of INPUT_EVENTS) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, restart, { capture: true });
    };
  }, [playing, idleSec]);

  return null;
}
