import { useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppIndexContext } from '../app/app-data';
import { appStore, useAppState } from '../store';
import { keyAction, stepIndex, swipeAction } from '../tour/tour-step';
import { keyFactsOf } from '../tour/key-facts';
import { leaveFullscreen } from './fullscreen';
import { captionOf, tourTitle } from './tour-title';
import './tour.css';
import './strings';

/** Seconds per stop in a kiosk whose tour sets no interval. */
export const KIOSK_DEFAULT_INTERVAL_SEC = 15;

function step(delta: 1 | -1) {
  const s = appStore.getState();
  if (!s.tour || !s.tourPlay) return;
  const loop = s.tourKioskIdleSec !== null;
  const next = stepIndex(s.tourPlay.index, delta, s.tour.stops.length, loop);
  if (next !== s.tourPlay.index) s.goToTourStop(next);
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Presenting: the map full screen with the stop's caption in big type, the selection's name and key figures,
 * a progress bar and the controls. Keyboard and presenter clickers (→ ← PageDown PageUp Space, Esc exits),
 * a swipe on the caption on a tablet, and optional advancing on a timer.
 */
export default function TourPlayer() {
  const { t } = useTranslation();
  const index = useContext(AppIndexContext);
  const language = useAppState((s) => s.language);
  const tour = useAppState((s) => s.tour);
  const play = useAppState((s) => s.tourPlay);
  const selection = useAppState((s) => s.selection);
  const kiosk = useAppState((s) => s.tourKioskIdleSec !== null);
  const swipeStart = useRef<{ x: number; y: number } | null>(null);

  // Presenting hides the header and the side panel (CSS keyed on this attribute); leaving restores both.
  useEffect(() => {
    document.documentElement.dataset.tour = 'playing';
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      // Esc in full screen is taken by the browser to leave full screen: treat leaving it as leaving the tour.
      if (wasFullscreen && !document.fullscreenElement) appStore.getState().stopTour();
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const action = keyAction(e.key);
      if (!action) return;
      e.preventDefault();
      if (action === 'exit') appStore.getState().stopTour();
      else step(action === 'next' ? 1 : -1);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey);
      delete document.documentElement.dataset.tour;
      leaveFullscreen();
    };
  }, []);

  const interval = tour?.autoAdvanceSec ?? (kiosk ? KIOSK_DEFAULT_INTERVAL_SEC : null);
  const auto = Boolean(play?.auto && interval);
  useEffect(() => {
    if (!auto || !interval || !play || !tour) return;
    // Without looping, advancing stops on the last stop.
    if (!kiosk && play.index >= tour.stops.length - 1) return;
    const timer = window.setTimeout(() => step(1), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [auto, interval, play, tour, kiosk]);

  if (!tour || !play) return null;
  const stop = tour.stops[play.index];
  if (!stop) return null;
  const facts = index ? keyFactsOf(selection, index, language, t) : null;
  const count = tour.stops.length;
  const caption = captionOf(stop.caption, language);

  return (
    <section className="tour-player" data-testid="tour-player" data-stop={play.index + 1} aria-label={t('tour.play.label')}>
      <div className="tour-progress" aria-hidden="true">
        <div className="tour-progress-bar" style={{ width: `${((play.index + 1) / count) * 100}%` }} />
      </div>
      <header className="tour-top">
        <p className="tour-title">{tourTitle(tour, language, t)}</p>
        <p className="tour-counter" data-testid="tour-counter" aria-live="polite">
          {t('tour.play.progress', { n: play.index + 1, count })}
        </p>
      </header>
      {facts && (
        <aside className="tour-facts" data-testid="tour-facts">
          <p className="tour-facts-kicker">{facts.kicker}</p>
          <h2 className="tour-facts-title">{facts.title}</h2>
          <dl>
            {facts.facts.map((f) => (
              <div key={f.label} className="tour-fact">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </aside>
      )}
      <div
        className="tour-caption-card"
        onPointerDown={(e) => {
          if ((e.target as HTMLElement).closest('button')) return;
          swipeStart.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerUp={(e) => {
          const start = swipeStart.current;
          swipeStart.current = null;
          if (!start) return;
          const action = swipeAction(e.clientX - start.x, e.clientY - start.y);
          if (action) step(action === 'next' ? 1 : -1);
        }}
        onPointerCancel={() => {
          swipeStart.current = null;
        }}
      >
        {caption && (
          <p className="tour-caption" data-testid="tour-caption" lang={language === 'zh' ? 'zh-CN' : 'en'}>
            {caption}
          </p>
        )}
        <div className="tour-controls">
          <button type="button" className="tour-ctl" onClick={() => step(-1)} disabled={!kiosk && play.index === 0} data-testid="tour-prev">
            ← <span className="tour-ctl-text">{t('tour.play.previous')}</span>
          </button>
          <ol className="tour-dots" aria-hidden="true">
            {tour.stops.map((_, i) => (
              <li key={i} className={i === play.index ? 'is-current' : i < play.index ? 'is-done' : ''} />
            ))}
          </ol>
          <button type="button" className="tour-ctl" onClick={() => step(1)} disabled={!kiosk && play.index === count - 1} data-testid="tour-next">
            <span className="tour-ctl-text">{t('tour.play.next')}</span> →
          </button>
          {interval !== null && !kiosk && (
            <button
              type="button"
              className="tour-ctl"
              aria-pressed={auto}
              data-testid="tour-auto"
              onClick={() => appStore.getState().setTourAuto(!auto)}
            >
              {auto ? `❚❚ ${t('tour.play.pause')}` : `▶ ${t('tour.play.resume')}`}
            </button>
          )}
          {!kiosk && (
            <button type="button" className="tour-ctl tour-exit" onClick={() => appStore.getState().stopTour()} data-testid="tour-exit">
              {t('tour.play.exit')}
            </button>
          )}
        </div>
        {!kiosk && <p className="tour-keys">{t('tour.play.keysHint')}</p>}
      </div>
    </section>
  );
}
