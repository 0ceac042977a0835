import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../schema';
import { useAppState } from '../../store';
import { formatCell } from '../lib/format';

/** A table figure: the number with its unit, or a distinct "no target" for the documents' "-". */
export function ValueText({ value, unit }: { value: CellValue | undefined; unit: { zh: string; en: string } | null }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const cell = formatCell(value, unit, language);
  if (cell.kind === 'no_target')
    return (
      <span className="value value-none" title={t('value.noTargetHint')}>
        {t('value.noTarget')}
      </span>
    );
  if (cell.kind === 'not_printed') return <span className="value value-absent">{t('value.notPrinted')}</span>;
  return <span className="value">{cell.text}</span>;
}
