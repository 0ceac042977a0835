import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetRow } from '../../schema';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import { nameOf } from '../lib/names';
import { groupRows } from '../lib/row-groups';

/** Long lists get a search field; short ones (an industry's own rows) do not need it. */
const SEARCH_FROM = 20;

/** Choose one table row for a comparison chart, grouped by annex and cluster, with a search over long lists. */
export function RowPicker(props: { rows: readonly TargetRow[]; value: string; onChange: (id: string) => void; label: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const { industryById } = useAppIndex();
  const id = useId();
  const [query, setQuery] = useState('');
  const industryName = (industry: string) => {
    const found = industryById.get(industry);
    return found ? `${found.name_zh} ${found.name_en}` : industry;
  };
  const groups = groupRows(props.rows, industryName, query, props.value);
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  const groupLabel = (table: TargetRow['table'], industry: string | null) => {
    const found = industry ? industryById.get(industry) : undefined;
    return found ? `${t(`tables.short.${table}`)} · ${nameOf(found, language)}` : t(`tables.short.${table}`);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {props.rows.length >= SEARCH_FROM && (
        <input
          type="search"
          className="select row-picker-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('picker.search', { count: shown })}
          placeholder={t('picker.search', { count: shown })}
          aria-controls={id}
          data-testid="row-picker-search"
        />
      )}
      <select id={id} className="select" value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid="row-picker">
        {groups.map((group) => (
          <optgroup key={group.key} label={groupLabel(group.table, group.industry)}>
            {group.rows.map((row) => (
              <option key={row.id} value={row.id}>
                {/* The cluster again in the option: a closed select shows only the chosen option, not its group. */}
                {row.industry && industryById.get(row.industry) ? `${nameOf(industryById.get(row.industry)!, language)} · ` : ''}
                {language === 'zh' ? row.label_zh : row.label_en}
                {(language === 'zh' ? row.scope_zh : row.scope_en) ? ` · ${language === 'zh' ? row.scope_zh : row.scope_en}` : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
