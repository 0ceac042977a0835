/**
 * The map's legend, over the map on the first screen: the active thematic surface (target circles' scale or the
 * projects' heat ramp), imported projects per board, the board colours' classes with their break values, then
 * park symbols and position precision. Collapsible; the choice is remembered in this browser. On a phone it
 * starts as a small chip and expands over part of the map, never all of it.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_QUERY, useMediaQuery } from '../../app/use-media-query';
import '../controls/layer-controls.css';
import './map-legend.css';

/** The legend's content loads just after the first screen (it is not needed to draw the map). */
const LegendBody = lazy(() => import('./LegendBody'));

const STORAGE_KEY = 'wuxi-map.legend-open';

/** The remembered choice, or null when the user never chose (then desktop opens, phone starts collapsed). */
function readRemembered(): boolean | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === null ? null : v === '1';
  } catch {
    return null;
  }
}

function remember(open: boolean) {
  try {
    localStorage.setItem(STORAGE_KEY, open ? '1' : '0');
  } catch {
    // Private mode or storage off: the legend still toggles, it just is not remembered.
  }
}

export function MapLegend() {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [chosen, setChosen] = useState<boolean | null>(readRemembered);
  const open = chosen ?? !isPhone;

  const toggle = () => {
    setChosen(!open);
    remember(!open);
  };

  return (
    <aside className={`map-legend${open ? ' map-legend--open' : ''}`} data-testid="map-legend" data-open={open} aria-label={t('thematic.legend.title')}>
      <button type="button" className="map-legend__toggle" aria-expanded={open} aria-controls="map-legend-body" onClick={toggle} data-testid="map-legend-toggle">
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('thematic.legend.title')}
        <span className="visually-hidden"> — {open ? t('thematic.legend.hide') : t('thematic.legend.show')}</span>
      </button>
      {open && (
        <div className="map-legend__body layer-controls" id="map-legend-body" data-testid="map-legend-body">
          <Suspense fallback={null}>
            <LegendBody />
          </Suspense>
        </div>
      )}
    </aside>
  );
}
