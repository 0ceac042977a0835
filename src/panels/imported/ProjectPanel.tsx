import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import { PanelHeading } from '../common/PanelHeading';
import { IndustryChips } from '../common/IndustryChips';
import { nameOf } from '../lib/names';
import { formatYuanYi } from '../lib/format';
import { openPark } from '../lib/actions';
import { BoardLink } from './BoardLink';
import { ImportedOrigin } from './ImportedOrigin';
import { useImportedRecord } from './use-imported-record';

/** An imported project: what the user's file says about it, marked as imported, never mixed with official data. */
export function ProjectPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useAppIndex();
  const found = useImportedRecord('project', id);
  if (found === 'loading') return <p className="panel-status">{t('app.loading')}</p>;
  if (!found || found.kind !== 'project') return <p className="panel-status">{t('imported.missing')}</p>;
  const p = found.record;
  const park = p.location.method === 'park' ? index.parkById.get(p.location.park_id) : undefined;

  return (
    <article className="detail" data-testid="project-panel" data-project={p.id} aria-labelledby="project-title">
      <PanelHeading
        id="project-title"
        kicker={t('imported.projectKicker')}
        title={p.name}
        badges={[{ text: t(`import.stage.${p.stage}`), tone: 'stage' }]}
      />
      <ImportedOrigin dataset={found.dataset} sourceRow={p.source_row} />
      <dl className="facts" data-testid="project-facts">
        <dt>{t('imported.stage')}</dt>
        <dd>{t(`import.stage.${p.stage}`)}</dd>
        <dt>{t('imported.investment')}</dt>
        <dd data-testid="project-investment">
          {p.investment_yi === null
            ? t('imported.notGiven')
            : formatYuanYi(p.investment_yi, language)}
        </dd>
        <dt>{t('imported.date')}</dt>
        <dd>{p.date ?? t('imported.notGiven')}</dd>
        <dt>{t('park.board')}</dt>
        <dd>
          <BoardLink board={p.board} />
        </dd>
      </dl>
      <section className="section" aria-labelledby="project-industry">
        <h3 id="project-industry" className="section-title">
          {t('imported.industry')}
        </h3>
        <IndustryChips ids={[p.industry]} />
      </section>
      <section className="section" aria-labelledby="project-position">
        <h3 id="project-position" className="section-title">
          {t('park.position')}
        </h3>
        {p.location.method === 'coordinates' ? (
          <p className="precision" data-precision="site">
            <span className="precision-badge precision-site">{t('imported.positionFile')}</span>{' '}
            {p.location.crs === 'wgs84'
              ? t('imported.positionFileNoteWgs')
              : t('imported.positionFileNote', { crs: t(`imported.crs.${p.location.crs}`) })}
          </p>
        ) : (
          <p className="precision" data-precision={p.location.precision}>
            <span className={`precision-badge precision-${p.location.precision}`}>{t(`precision.${p.location.precision}.label`)}</span>{' '}
            {t('imported.positionPark')}{' '}
            {park ? (
              <button type="button" className="link-button" onClick={() => openPark(index, park.props.id)}>
                {nameOf(park.props, language)}
              </button>
            ) : (
              p.location.park_id
            )}
          </p>
        )}
      </section>
    </article>
  );
}
