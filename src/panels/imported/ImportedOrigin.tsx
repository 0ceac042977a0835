import './imported.css';
import { useTranslation } from 'react-i18next';
import { ImportedBadge } from '../../import-ui';
import type { ImportedDataset } from '../../schema';

/** The mark under every imported record's title: imported, from which dataset, and that it is not official data. */
export function ImportedOrigin({ dataset, sourceRow }: { dataset: ImportedDataset; sourceRow: number }) {
  const { t } = useTranslation();
  return (
    <div className="callout callout-imported" data-testid="imported-origin">
      <p>
        <ImportedBadge /> {t('imported.fromDataset', { name: dataset.meta.name })}
      </p>
      <p className="muted small">
        {t('imported.sourceRow', { row: sourceRow, file: dataset.meta.file_name })} · {t('imported.notOfficial')}
      </p>
    </div>
  );
}
