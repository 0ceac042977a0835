import './imported.css';
import { useTranslation } from 'react-i18next';
import { ImportedBadge } from '../../import-ui';
import { zoneKinds } from '../../schema/constants';
import { useAppState } from '../../store';
import type { ImportedTally } from '../../domain/imported';
import { formatYuanYi } from '../lib/format';

/**
 * Imported projects and zones for a board or an industry, in a box of their own under the official data, with
 * the imported badge: never added into the documents' figures. Renders nothing when nothing is imported.
 */
export function ImportedCounts({ tally, testId }: { tally: ImportedTally; testId: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const hasData = useAppState((s) => s.importedDatasets.some((d) => d.kind !== 'targets'));
  if (!hasData) return null;
  return (
    <section className="section callout callout-imported" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h3 id={`${testId}-title`} className="section-title">
        {t('imported.countsTitle')} <ImportedBadge />
      </h3>
      <dl className="facts">
        <dt>{t('imported.projects')}</dt>
        <dd data-testid={`${testId}-projects`} data-count={tally.projects}>
          {t('imported.projectsValue', { count: tally.projects, amount: formatYuanYi(Math.round(tally.investmentYi * 100) / 100, language) })}
          {tally.projectsWithoutAmount > 0 && (
            <span className="muted small"> · {t('imported.withoutAmount', { count: tally.projectsWithoutAmount })}</span>
          )}
        </dd>
        <dt>{t('imported.zones')}</dt>
        <dd data-testid={`${testId}-zones`} data-count={tally.zones}>
          {t('imported.zonesValue', { count: tally.zones })}
          {tally.zones > 0 && (
            <span className="muted small">
              {' · '}
              {zoneKinds
                .filter((k) => tally.zonesByKind[k])
                .map((k) => `${t(`import.zoneKind.${k}`)} ${tally.zonesByKind[k]}`)
                .join('、')}
            </span>
          )}
        </dd>
      </dl>
      <p className="muted small">{t('imported.countsNote')}</p>
    </section>
  );
}
