import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetRow } from '../../schema';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import { nameOf } from '../lib/names';

/** Choose one table row (industry + indicator) for a comparison chart, grouped by annex. */
export function RowPicker(props: { rows: readonly TargetRow[]; value: string; onChange: (id: string) => void; label: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const { industryById } = useAppIndex();
  const id = useId();
  const groups = new Map<string, TargetRow[]>();
  for (const row of props.rows) groups.set(row.table, [...(groups.get(row.table) ?? []), row]);
  const labelOf = (row: TargetRow) => {
    const industry = row.industry ? industryById.get(row.industry) : undefined;
    const label = language === 'zh' ? row.label_zh : row.label_en;
    return industry ? `${nameOf(industry, language)} · ${label}` : label;
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <select id={id} className="select" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {[...groups.entries()].map(([table, rows]) => (
          <optgroup key={table} label={t(`tables.short.${table}`)}>
            {rows.map((row) => (
              <option key={row.id} value={row.id}>
                {labelOf(row)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
