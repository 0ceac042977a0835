import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import type { Industry } from '../../schema';
import { nameOf } from '../lib/names';
import { openIndustry } from '../lib/actions';

/** Groups in the order a reader meets them: the 465 clusters, then the "5+X" tracks, then the rest. */
const GROUP_ORDER: readonly Industry['group'][] = [
  'landmark_cluster',
  'sub_item',
  'advantage_cluster',
  'future_industry',
  'liangji',
  'new_track',
  'future_direction',
  'jiangyin_only',
];

/** Pick a cluster or a 5+X track: opens its panel and lights its parks on the map. */
export function IndustryPicker({ value }: { value: string | null }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const { data } = useAppIndex();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('industry.pick')}
      </label>
      <select
        id={id}
        className="select"
        data-testid="industry-picker"
        value={value ?? ''}
        onChange={(e) => e.target.value && openIndustry(e.target.value)}
      >
        {value === null && <option value="">{t('industry.pickPlaceholder')}</option>}
        {GROUP_ORDER.map((group) => {
          const items = data.taxonomy.filter((i) => i.group === group);
          if (!items.length) return null;
          return (
            <optgroup key={group} label={t(`industryGroup.${group}`)}>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {nameOf(i, language)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
