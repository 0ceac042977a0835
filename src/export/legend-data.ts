/**
 * The legend as data, built from the same inputs the on-screen legends read (the Choropleth classes, the heat
 * ramp, the park category styles), so the exported image and the screen always agree. Drawn by draw-legend.ts.
 */
import type { TFunction } from 'i18next';
import type { Choropleth } from '../layers/choropleth';
import { CATEGORY_STYLE, HEAT_RAMP, type SymbolShape } from '../layers/palette';
import { parkCategories } from '../schema/constants';
import type { HeatSettings, Language, LayerVisibility } from '../store';

export type LegendItem =
  | { kind: 'swatch'; colour: string; label: string }
  | { kind: 'hatch'; label: string }
  | { kind: 'gradient'; colours: readonly string[]; low: string; high: string }
  | { kind: 'symbol'; shape: SymbolShape; colour: string; hollow: boolean; label: string };

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

export interface LegendInput {
  choropleth: Choropleth | null;
  heat: Pick<HeatSettings, 'kind'>;
  layers: Pick<LayerVisibility, 'parks'>;
  /** Park categories that have parks on the map (categories without any are left out of the image). */
  categoriesWithParks: ReadonlySet<string>;
  language: Language;
  t: TFunction;
}

const number = (v: number, language: Language) => v.toLocaleString(language === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 });

export function buildLegend({ choropleth, heat, layers, categoriesWithParks, language, t }: LegendInput): LegendSection[] {
  const sections: LegendSection[] = [];
  if (choropleth) {
    const row = choropleth.row;
    const unit = language === 'en' ? row.unit_en : row.unit_zh;
    const items: LegendItem[] = choropleth.classes.map((cls) => ({
      kind: 'swatch',
      colour: cls.colour,
      label:
        (cls.min === cls.max
          ? t('map.choropleth.single', { value: number(cls.min, language) })
          : t('map.choropleth.range', { min: number(cls.min, language), max: number(cls.max, language) })) + (unit ? ` ${unit}` : ''),
    }));
    if (choropleth.noTarget.length) items.push({ kind: 'hatch', label: t('map.choropleth.noTarget') });
    sections.push({ title: `${language === 'en' ? row.label_en : row.label_zh}${unit ? ` (${unit})` : ''}`, items });
  }
  if (heat.kind) {
    sections.push({
      title: `${t('map.heat.title')}: ${t(`map.heat.${heat.kind}`)}`,
      items: [{ kind: 'gradient', colours: HEAT_RAMP, low: t('map.heat.low'), high: t('map.heat.high') }],
    });
  }
  if (layers.parks) {
    const items: LegendItem[] = parkCategories
      .filter((c) => categoriesWithParks.has(c))
      .map((c) => ({ kind: 'symbol', shape: CATEGORY_STYLE[c].shape, colour: CATEGORY_STYLE[c].colour, hollow: false, label: t(`map.categories.${c}`) }));
    items.push({ kind: 'symbol', shape: 'circle', colour: CATEGORY_STYLE.future_park.colour, hollow: true, label: t('map.legend.approximate') });
    sections.push({ title: t('map.legend.parks'), items });
  }
  return sections;
}
