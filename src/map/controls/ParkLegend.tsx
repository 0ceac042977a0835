/** Park symbols by category (shape + colour), with counts; categories without data say so honestly. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parkCategories } from '../../schema/constants';
import type { MapModel } from '../../layers/map-model';
import { CATEGORY_STYLE } from '../../layers/palette';
import { APPROXIMATE_BOARD_RADIUS_M, TOWN_RING_RADIUS_M } from '../../layers/precision';
import { IMPORTED_EXTRA_PARK_STYLE } from '../../layers/palette';
import { zoneCountsByKind } from '../../domain/imported';
import { drawSymbol } from '../symbols';
import { useVisibleZones } from '../use-imported';

function useSymbolUrl(shape: Parameters<typeof drawSymbol>[0], colour: string, hollow: boolean) {
  return useMemo(() => drawSymbol(shape, colour, hollow, 40).toDataURL('image/png'), [shape, colour, hollow]);
}

function Symbol({ category, hollow }: { category: (typeof parkCategories)[number] | 'imported_park'; hollow: boolean }) {
  const { shape, colour } = category === 'imported_park' ? IMPORTED_EXTRA_PARK_STYLE : CATEGORY_STYLE[category];
  return <img className="lc-symbol" src={useSymbolUrl(shape, colour, hollow)} alt="" width={20} height={20} />;
}

export function ParkLegend({ model }: { model: MapModel | null }) {
  const { t } = useTranslation();
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const p of model?.parks ?? []) c.set(p.properties.category, (c.get(p.properties.category) ?? 0) + 1);
    return c;
  }, [model]);
  const zones = useVisibleZones();
  const imported = useMemo(() => zoneCountsByKind(zones), [zones]);
  const importedFor = (category: string): number =>
    category === 'connected_zone' || category === 'upgrade_zone' ? (imported[category] ?? 0) : 0;
  return (
    <div className="lc-legend" data-testid="park-legend">
      <h4 className="lc-subtitle">{t('map.legend.parks')}</h4>
      <ul className="lc-list">
        {parkCategories.map((category) => {
          const count = counts.get(category) ?? 0;
          const mine = importedFor(category);
          return (
            <li key={category} className={count === 0 && mine === 0 ? 'lc-muted' : undefined} data-category={category}>
              <Symbol category={category} hollow={false} />
              <span>{t(`map.categories.${category}`)}</span>
              <span className="lc-note">
                {/* The official count (or the documents' silence) first; imported zones are counted apart. */}
                {count > 0 ? t('map.legend.count', { count }) : t(mine > 0 ? 'map.legend.noneOfficial' : 'map.legend.noneNamed')}
                {mine > 0 && (
                  <span className="lc-imported-tag" data-testid={`legend-imported-${category}`}>
                    {t('map.legend.importedCount', { count: mine })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
        {(imported.extra_park ?? 0) > 0 && (
          <li data-category="imported_park">
            <Symbol category="imported_park" hollow={false} />
            <span>{t('map.legend.extraParks')}</span>
            <span className="lc-note">
              <span className="lc-imported-tag" data-testid="legend-imported-extra_park">
                {t('map.legend.importedCount', { count: imported.extra_park })}
              </span>
            </span>
          </li>
        )}
      </ul>
      {zones.length > 0 && (
        <p className="lc-note lc-imported-key">
          <span className="lc-dash" aria-hidden="true" /> {t('map.legend.importedZones')}
        </p>
      )}
      <h4 className="lc-subtitle">{t('map.legend.precisionTitle')}</h4>
      <ul className="lc-list">
        <li>
          <Symbol category="future_park" hollow={false} />
          <span>{t('map.legend.site')}</span>
        </li>
        <li>
          <span className="lc-ring" aria-hidden="true">
            <Symbol category="future_park" hollow />
          </span>
          <span>{t('map.legend.approximate')}</span>
        </li>
        {/* 无锡经开区: a grey dot in a ring, and the only board with no area; the entry says what the ring means. */}
        <li data-testid="legend-approximate-board">
          <span className="lc-ring lc-ring--board" aria-hidden="true">
            <span className="lc-board-dot" />
          </span>
          <span>{t('map.legend.approximateBoard', { radius: APPROXIMATE_BOARD_RADIUS_M / 1000 })}</span>
        </li>
      </ul>
      <p className="lc-note">{t('map.legend.ringSizes', { town: TOWN_RING_RADIUS_M / 1000 })}</p>
      <p className="lc-note">{t('map.legend.stackedNote')}</p>
    </div>
  );
}
