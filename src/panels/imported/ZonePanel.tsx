import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';
import { PanelHeading } from '../common/PanelHeading';
import { IndustryChips } from '../common/IndustryChips';
import { formatNumber } from '../lib/format';
import { BoardLink } from './BoardLink';
import { ImportedOrigin } from './ImportedOrigin';
import { useImportedRecord } from './use-imported-record';

/** An imported zone (connected zone, upgrade zone, extra park) from a user's register. */
export function ZonePanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const found = useImportedRecord('zone', id);
  if (found === 'loading') return <p className="panel-status">{t('app.loading')}</p>;
  if (!found || found.kind !== 'zone') return <p className="panel-status">{t('imported.missing')}</p>;
  const z = found.record;

  return (
    <article className="detail" data-testid="zone-panel" data-zone={z.id} aria-labelledby="zone-title">
      <PanelHeading
        id="zone-title"
        kicker={t(`import.zoneKind.${z.zone_kind}`)}
        title={z.name}
        badges={z.status ? [{ text: t(`status.${z.status}`), tone: z.status }] : []}
      />
      <ImportedOrigin dataset={found.dataset} sourceRow={z.source_row} />
      <dl className="facts" data-testid="zone-facts">
        <dt>{t('park.board')}</dt>
        <dd>
          <BoardLink board={z.board} />
        </dd>
        <dt>{t('imported.area')}</dt>
        <dd>{z.area_km2 === null ? t('imported.notGiven') : t('imported.areaValue', { value: formatNumber(z.area_km2, language) })}</dd>
        <dt>{t('imported.status')}</dt>
        <dd>{z.status ? t(`status.${z.status}`) : t('imported.notGiven')}</dd>
        <dt>{t('imported.shape')}</dt>
        <dd>{t(z.geometry.type === 'Point' ? 'imported.shapePoint' : 'imported.shapeArea')}</dd>
      </dl>
      <section className="section" aria-labelledby="zone-industries">
        <h3 id="zone-industries" className="section-title">
          {t('park.leadIndustries')}
        </h3>
        {z.lead_industries.length ? <IndustryChips ids={z.lead_industries} /> : <p className="muted">{t('imported.notGiven')}</p>}
      </section>
    </article>
  );
}
