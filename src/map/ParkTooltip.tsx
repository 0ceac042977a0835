/**
 * A park's tooltip on the map: name, category, status, position precision. Shown while the pointer is over its
 * symbol (desktop) or while its row in the list has keyboard focus (the keyboard twin of hovering). React text
 * only; the list row already speaks the same facts to screen readers, so the tooltip is not announced twice.
 */
import { useTranslation } from 'react-i18next';
import type { ParkProperties } from '../schema';
import { useAppState } from '../store';

export interface TooltipTarget {
  park: ParkProperties;
  /** CSS px inside the map container: the symbol's centre. */
  x: number;
  y: number;
}

export function ParkTooltip({ target }: { target: TooltipTarget }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const { park, x, y } = target;
  return (
    <div className="wuxi-tooltip" data-testid="park-tooltip" data-park={park.id} aria-hidden="true" style={{ left: x, top: y }}>
      <strong className="wuxi-tooltip__name">{language === 'en' ? park.name_en : park.name_zh}</strong>
      <dl>
        <dt>{t('mapLabels.tooltip.category')}</dt>
        <dd>{t(`categoryShort.${park.category}`)}</dd>
        <dt>{t('mapLabels.tooltip.status')}</dt>
        <dd>{t(`status.${park.status}`)}</dd>
        <dt>{t('mapLabels.tooltip.precision')}</dt>
        <dd>{t(`precision.${park.precision}.short`)}</dd>
      </dl>
    </div>
  );
}
