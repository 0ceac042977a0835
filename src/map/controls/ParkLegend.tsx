/** Park symbols by category (shape + colour), with counts; categories without data say so honestly. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parkCategories } from '../../schema/constants';
import type { MapModel } from '../../layers/map-model';
import { CATEGORY_STYLE } from '../../layers/palette';
import { APPROXIMATE_BOARD_RADIUS_M, TOWN_RING_RADIUS_M } from '../../layers/precision';
import { drawSymbol } from '../symbols';

function useSymbolUrl(shape: Parameters<typeof drawSymbol>[0], colour: string, hollow: boolean) {
  return useMemo(() => drawSymbol(shape, colour, hollow, 40).toDataURL('image/png'), [shape, colour, hollow]);
}

function Symbol({ category, hollow }: { category: (typeof parkCategories)[number]; hollow: boolean }) {
  const { shape, colour } = CATEGORY_STYLE[category];
  return <img className="lc-symbol" src={useSymbolUrl(shape, colour, hollow)} alt="" width={20} height={20} />;
}

export function ParkLegend({ model }: { model: MapModel | null }) {
  const { t } = useTranslation();
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const p of model?.parks ?? []) c.set(p.properties.category, (c.get(p.properties.category) ?? 0) + 1);
    return c;
  }, [model]);
  return (
    <div className="lc-legend" data-testid="park-legend">
      <h4 className="lc-subtitle">{t('map.legend.parks')}</h4>
      <ul className="lc-list">
        {parkCategories.map((category) => {
          const count = counts.get(category) ?? 0;
          return (
            <li key={category} className={count === 0 ? 'lc-muted' : undefined}>
              <Symbol category={category} hollow={false} />
              <span>{t(`map.categories.${category}`)}</span>
              <span className="lc-note">{count > 0 ? t('map.legend.count', { count }) : t('map.legend.noneNamed')}</span>
            </li>
          );
        })}
      </ul>
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
      </ul>
      <p className="lc-note">{t('map.legend.ringSizes', { town: TOWN_RING_RADIUS_M / 1000 })}</p>
      <p className="lc-note">{t('map.legend.approximateBoard', { radius: APPROXIMATE_BOARD_RADIUS_M / 1000 })}</p>
      <p className="lc-note">{t('map.legend.stackedNote')}</p>
    </div>
  );
}
