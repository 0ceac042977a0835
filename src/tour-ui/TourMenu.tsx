import { useContext, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppIndexContext } from '../app/app-data';
import { ConfirmButton } from '../app/ConfirmButton';
import { appStore, useAppState } from '../store';
import { EXAMPLE_TOURS, buildExampleTour } from '../tour/examples';
import { enterFullscreen } from './fullscreen';
import { tourTitle } from './tour-title';
import './tour.css';
import './strings';

/** The header's tour menu: play or edit the current tour, or pick an example tour. */
export default function TourMenu({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const index = useContext(AppIndexContext);
  const language = useAppState((s) => s.language);
  const tour = useAppState((s) => s.tour);
  const ref = useRef<HTMLDivElement>(null);
  const ownTour = useMemo(() => {
    if (!tour || !index) return null;
    const same = (id: string) => JSON.stringify(buildExampleTour(id, index)) === JSON.stringify(tour);
    return EXAMPLE_TOURS.some((ex) => same(ex.id)) ? null : tour;
  }, [tour, index]);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: PointerEvent) => {
      const host = ref.current?.parentElement;
      if (host && !host.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [onClose]);

  const play = () => {
    onClose();
    enterFullscreen();
    appStore.getState().playTour(0);
  };
  const edit = () => {
    onClose();
    appStore.getState().setTourEditorOpen(true);
  };
  const example = (id: string) => {
    if (!index) return;
    const built = buildExampleTour(id, index);
    if (!built) return;
    appStore.getState().setTour(built);
    play();
  };

  return (
    <div
      ref={ref}
      className="tour-menu"
      role="group"
      aria-label={t('tour.menu.label')}
      data-testid="tour-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {tour ? (
        <>
          <p className="tour-menu-current">
            {t('tour.menu.current', { title: tourTitle(tour, language, t), count: tour.stops.length })}
          </p>
          <button type="button" className="tour-menu-item tour-menu-primary" data-testid="tour-play" onClick={play}>
            ▶ {t('tour.menu.play')}
          </button>
          <button type="button" className="tour-menu-item" data-testid="tour-edit" onClick={edit}>
            {t('tour.menu.edit')}
          </button>
        </>
      ) : (
        <>
          <p className="tour-menu-current">{t('tour.menu.none')}</p>
          <button type="button" className="tour-menu-item tour-menu-primary" data-testid="tour-edit" onClick={edit}>
            {t('tour.menu.create')}
          </button>
        </>
      )}
      <p className="tour-menu-heading">{t('tour.menu.examples')}</p>
      {EXAMPLE_TOURS.map((ex) =>
        ownTour ? (
          // A tour the user made is only in the link and the editor: replacing it is asked first.
          <ConfirmButton
            key={ex.id}
            className="tour-menu-item"
            testId={`tour-example-${ex.id}`}
            label={`▶ ${ex.title[language]}`}
            question={t('tour.menu.replace', { title: tourTitle(ownTour, language, t) })}
            onConfirm={() => example(ex.id)}
          />
        ) : (
          <button
            key={ex.id}
            type="button"
            className="tour-menu-item"
            data-testid={`tour-example-${ex.id}`}
            disabled={!index}
            onClick={() => example(ex.id)}
          >
            ▶ {ex.title[language]}
          </button>
        ),
      )}
    </div>
  );
}
