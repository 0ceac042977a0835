/**
 * The list of parks that share one approximate point, opened from their badge (loaded on demand: nobody needs it
 * before the first click). Choosing a park selects it and closes the list; Esc, the close button or a click on the
 * map closes it too. Focus moves into the list when it opens and back to the map when it closes.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkProperties } from '../schema';
import { appStore, useAppState } from '../store';
import type { ParkGroup } from '../layers/park-groups';

export interface GroupPopoverProps {
  group: ParkGroup;
  parks: readonly ParkProperties[];
  /** Badge centre, CSS px inside the map container; the popover is kept inside the container. */
  x: number;
  y: number;
  containerWidth: number;
  containerHeight: number;
  onClose: () => void;
}

const WIDTH = 300;

export default function GroupPopover({ group, parks, x, y, containerWidth, containerHeight, onClose }: GroupPopoverProps) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, [group.key]);

  const board = t(`boardShort.${group.board}`);
  const basis =
    group.precision === 'district'
      ? t('mapLabels.group.basisDistrict', { board })
      : ((language === 'en' ? parks[0]?.position_basis_en : parks[0]?.position_basis) ?? t('precision.itsTown'));
  // Below the badge when there is room, else above it; always inside the map.
  const left = Math.max(8, Math.min(x - WIDTH / 2, containerWidth - WIDTH - 8));
  const below = y + 20 < containerHeight / 2;
  const style = below ? { left, top: y + 16 } : { left, bottom: Math.max(8, containerHeight - y + 16) };
  return (
    <div
      ref={ref}
      className="wuxi-group"
      role="dialog"
      aria-label={t('mapLabels.group.title', { board, count: group.parkIds.length })}
      data-testid="park-group"
      data-group={group.key}
      style={style}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="wuxi-group__head">
        <h2>{t('mapLabels.group.title', { board, count: group.parkIds.length })}</h2>
        <button type="button" className="wuxi-group__close" aria-label={t('mapLabels.group.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="wuxi-group__note">{t('mapLabels.group.note', { basis })}</p>
      <ul aria-label={t('mapLabels.group.listLabel')}>
        {parks.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              data-park={p.id}
              onClick={() => {
                appStore.getState().select({ kind: 'park', id: p.id });
                onClose();
              }}
            >
              <span>{language === 'en' ? p.name_en : p.name_zh}</span>
              <small>{t(`categoryShort.${p.category}`)}</small>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
