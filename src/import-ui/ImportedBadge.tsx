import { useTranslation } from 'react-i18next';

/** The mark every imported record carries wherever it appears, so it is never taken for official data. */
export function ImportedBadge() {
  const { t } = useTranslation();
  return (
    <span className="imp-badge" title={t('import.badgeTitle')} data-testid="imported-badge">
      {t('import.badge')}
    </span>
  );
}
