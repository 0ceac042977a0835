import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipLists } from '../schema/constants';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { rowsForIndustry } from '../data';
import { nameOf } from './lib/names';
import { FootnoteList } from './lib/sources';
import { openPark } from './lib/actions';
import { useRomanizer } from './lib/use-romanizer';
import { parkMatchesFilters } from '../domain/park-filter';
import { NoteMark, SourceNotes } from './common/SourceNotes';
import { PanelHeading } from './common/PanelHeading';
import { PanelKitActions } from '../kit/PanelKitActions';
import { TimelineButton } from '../timeline/TimelineButton';
import { ValueText } from './common/ValueText';
import { BarList } from './common/BarList';
import { RowPicker } from './common/RowPicker';
import { IndustryPicker } from './common/IndustryPicker';
import { ImportedCounts } from './imported/ImportedCounts';
import { importedForIndustry } from '../domain/imported';
import { useProjectIndex, useVisibleZones } from '../map/use-imported';
import { IndustryPlatforms } from '../platforms/IndustryPlatforms';

const NOTE_ID = 'industry-note';
/** Chain coverage (targets vs parks per board) loads with the planner's chunk. */
const CoverageSection = lazy(() => import('../planner-ui/CoverageSection'));

export function IndustryPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const romanize = useRomanizer(language);
  const filters = useAppState((s) => s.filters);
  const setFilter = useAppState((s) => s.setFilter);
  const index = useAppIndex();
  const [rowId, setRowId] = useState<string | null>(null);
  const projectIndex = useProjectIndex();
  const zones = useVisibleZones();
  const industry = index.industryById.get(id);
  if (!industry) return <p className="panel-status">{t('industry.missing')}</p>;

  const notes = new FootnoteList();
  const rows = rowsForIndustry(id, { includeSubItems: true }, index.data.tables, index.data.taxonomy).filter(
    (r) => r.metric !== 'special_policy',
  );
  const row = rows.find((r) => r.id === rowId) ?? rows[0];
  const chiefs = index.data.chainChiefs.filter((c) => c.industry === id);
  const parks = index.parks.filter((p) =>
    parkMatchesFilters(p.props, { categories: [], boards: [], statuses: [], industries: [id] }, index.parentOf),
  );
  const lit = filters.industries.length === 1 && filters.industries[0] === id;
  const parent = industry.parent ? index.industryById.get(industry.parent) : undefined;

  return (
    <article className="detail" data-testid="industry-panel" data-industry={id} aria-labelledby="industry-title">
      <IndustryPicker value={id} />
      <PanelHeading
        id="industry-title"
        kicker={t(`industryGroup.${industry.group}`)}
        title={nameOf(industry, language)}
        subtitle={language === 'zh' ? industry.name_en : industry.name_zh}
        subtitleLang={language === 'zh' ? 'en' : 'zh-CN'}
      />
      <PanelKitActions kind="industry" id={industry.id} />
      <TimelineButton subject={{ kind: 'industry', id: industry.id }} />
      {parent && <p className="muted small">{t('industry.subItemOf', { parent: nameOf(parent, language) })}</p>}

      <div className="callout callout-filter" data-testid="industry-filter-state">
        {lit ? (
          <>
            <span>{t('industry.litOnMap', { count: parks.length })}</span>
            <button type="button" className="button button-small" onClick={() => setFilter('industries', [])}>
              {t('industry.clearFilter')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-small" onClick={() => setFilter('industries', [id])}>
            {t('industry.lightUp', { count: parks.length })}
          </button>
        )}
      </div>

      <section className="section" aria-labelledby="industry-lists">
        <h3 id="industry-lists" className="section-title">
          {t('industry.memberships')}
        </h3>
        <table className="data-table" data-testid="industry-memberships">
          <tbody>
            {membershipLists.map((list) => {
              const m = industry.memberships.find((x) => x.list === list);
              return (
                <tr key={list} data-member={m ? 'yes' : 'no'}>
                  <th scope="row">{t(`membership.list.${list}`)}</th>
                  <td>
                    {m ? (
                      <>
                        <span className="member-yes">{t(`membership.role.${m.role}`)}</span>
                        <NoteMark n={notes.add(m.source)} id={NOTE_ID} />
                      </>
                    ) : (
                      <span className="member-no">{t('membership.notListed')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="section" aria-labelledby="industry-chief">
        <h3 id="industry-chief" className="section-title">
          {t('industry.chainChief')}
        </h3>
        {chiefs.length === 0 && <p className="muted">{t('industry.noChainChief')}</p>}
        {chiefs.map((c) => (
          <dl key={c.number} className="facts" data-testid="chain-chief">
            <dt>{t('industry.chain')}</dt>
            <dd>
              {language === 'zh' ? c.chain_zh : nameOf(industry, language)}
              <NoteMark n={notes.add(c.source)} id={NOTE_ID} />
            </dd>
            <dt>{t('industry.chief')}</dt>
            <dd>{language === 'zh' ? c.chain_chief_zh : romanize.person(c.chain_chief_zh)}</dd>
            <dt>{t('industry.leadDepartment')}</dt>
            <dd>{language === 'zh' ? c.lead_department_zh : c.lead_department_en}</dd>
            <dt>{t('industry.taskForceHead')}</dt>
            <dd>{language === 'zh' ? c.task_force_head_zh : romanize.person(c.task_force_head_zh)}</dd>
          </dl>
        ))}
      </section>

      <section className="section" aria-labelledby="industry-targets">
        <h3 id="industry-targets" className="section-title">
          {t('industry.boardTargets')}
        </h3>
        {row ? (
          <>
            <RowPicker rows={rows} value={row.id} onChange={setRowId} label={t('industry.targetMetric')} />
            <BarList row={row} />
            <p className="muted small">
              {t('industry.cityTotal')}{' '}
              <ValueText value={row.values.city} unit={{ zh: row.unit_zh, en: row.unit_en }} />
              <NoteMark n={notes.add(row.source)} id={NOTE_ID} />
            </p>
          </>
        ) : (
          <p className="muted">{t('industry.noTargets')}</p>
        )}
      </section>

      <section className="section" aria-labelledby="industry-parks">
        <h3 id="industry-parks" className="section-title">
          {t('industry.parks', { count: parks.length })}
        </h3>
        {parks.length ? (
          <ul className="link-list">
            {parks.map((p) => (
              <li key={p.props.id}>
                <button type="button" className="link-button" onClick={() => openPark(index, p.props.id)}>
                  {nameOf(p.props, language)}
                </button>
                <span className="muted small">
                  {' · '}
                  {(() => {
                    const b = index.boardById.get(p.props.board);
                    return b ? nameOf(b, language) : p.props.board;
                  })()}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('industry.noParks')}</p>
        )}
      </section>

      <Suspense fallback={null}>
        <CoverageSection industryId={id} />
      </Suspense>
      <IndustryPlatforms id={id} />

      <ImportedCounts tally={importedForIndustry(projectIndex, zones, id, index.parentOf)} testId="industry-imported" />

      <SourceNotes refs={notes.refs} id={NOTE_ID} />
    </article>
  );
}
