import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { requestFocusHandoff, useFocusHandoff } from '../app/focus-handoff';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { nameOf, otherNameOf } from './lib/names';
import { targetsForPark, type ParkTarget } from './lib/park-targets';
import { FootnoteList } from './lib/sources';
import { openBoard } from './lib/actions';
import { useRomanizer } from './lib/use-romanizer';
import { townOf } from '../search/search-items';
import { IndustryChips } from './common/IndustryChips';
import { NoteMark, SourceNotes } from './common/SourceNotes';
import { ValueText } from './common/ValueText';
import { PanelHeading } from './common/PanelHeading';
import { PanelKitActions } from '../kit/PanelKitActions';

// The site part (source, place on map, remove, undo) loads with the first park panel, not with the first screen.
const SiteSection = lazy(() => import('./SiteSection').then((m) => ({ default: m.SiteSection })));

const NOTE_ID = 'park-note';

export function ParkPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const romanize = useRomanizer(language);
  const index = useAppIndex();
  const setTab = useAppState((s) => s.setPanelTab);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const entry = index.parkById.get(id);
  useFocusHandoff(titleRef, Boolean(entry));
  if (!entry) return <p className="panel-status">{t('park.missing')}</p>;
  const park = entry.props;
  const board = index.boardById.get(park.board);
  const notes = new FootnoteList();
  const parkNotes = park.sources.map((s) => notes.add(s));
  const targets = targetsForPark(park, index.data.tables);
  const byIndustry = new Map<string, ParkTarget[]>();
  for (const target of targets) byIndustry.set(target.industry, [...(byIndustry.get(target.industry) ?? []), target]);
  const basis = language === 'zh' ? park.position_basis : romanize.han(park.position_basis_en);
  const town = townOf(park.position_basis);
  const precisionNote = t(`precision.${park.precision}.note`, {
    town: town ? (language === 'zh' ? town : romanize.han(town)) : t('precision.itsTown'),
    board: board ? nameOf(board, language) : park.board,
  });

  return (
    <article className="detail" data-testid="park-panel" data-park={park.id} aria-labelledby="park-title">
      <button
        type="button"
        className="link-button back-link"
        data-testid="back-to-list"
        onClick={() => {
          requestFocusHandoff();
          setTab('list');
        }}
      >
        {t('park.backToList')}
      </button>
      <PanelHeading
        titleRef={titleRef}
        id="park-title"
        kicker={t(`category.${park.category}`)}
        title={nameOf(park, language)}
        subtitle={otherNameOf(park, language)}
        subtitleLang={language === 'zh' ? 'en' : 'zh-CN'}
        badges={[{ text: t(`status.${park.status}`), tone: park.status }]}
      />
      <PanelKitActions kind="park" id={park.id} />
      {park.status === 'suggested' && (
        <p className="callout callout-suggested" data-testid="suggested-note">
          {t('park.suggestedNote')}
        </p>
      )}

      <dl className="facts">
        <dt>{t('park.board')}</dt>
        <dd>
          {board ? (
            <button type="button" className="link-button" onClick={() => openBoard(index, board.id)}>
              {nameOf(board, language)}
            </button>
          ) : (
            park.board
          )}
        </dd>
        <dt>{t('park.mentionedIn')}</dt>
        <dd>
          {parkNotes.map((n) => (
            <NoteMark key={n} n={n} id={NOTE_ID} />
          ))}
        </dd>
        {park.aliases_zh.length > 0 && (
          <>
            <dt>{t('park.aliases')}</dt>
            <dd lang="zh-CN">{park.aliases_zh.join('、')}</dd>
          </>
        )}
      </dl>

      <section className="section" aria-labelledby="park-industries">
        <h3 id="park-industries" className="section-title">
          {t('park.leadIndustries')}
        </h3>
        {park.lead_industries.length ? (
          <IndustryChips ids={park.lead_industries} />
        ) : (
          <p className="muted">{t('park.noLeadIndustries')}</p>
        )}
      </section>

      <section className="section" aria-labelledby="park-position">
        <h3 id="park-position" className="section-title">
          {t('park.position')}
        </h3>
        <p className="precision" data-precision={park.precision}>
          <span className={`precision-badge precision-${park.precision}`}>{t(`precision.${park.precision}.label`)}</span>{' '}
          {park.site?.origin === 'user' ? t('sites.panel.userNote') : park.site ? t('sites.panel.publishedNote') : precisionNote}
        </p>
        <p className="muted small">{t('park.positionBasis', { basis })}</p>
        <Suspense fallback={null}>
          <SiteSection park={park} name={nameOf(park, language)} />
        </Suspense>
      </section>

      <section className="section" aria-labelledby="park-targets">
        <h3 id="park-targets" className="section-title">
          {t('park.targets')}
        </h3>
        <p className="callout callout-board-level" data-testid="board-level-note">
          {t('park.boardLevelNote', { board: board ? nameOf(board, language) : park.board })}
        </p>
        {targets.length === 0 && <p className="muted">{t('park.noTargets')}</p>}
        {targets.some((x) => x.value === null) && <p className="muted small value-legend">{t('value.legend')}</p>}
        {[...byIndustry.entries()].map(([industryId, rows]) => {
          const industry = index.industryById.get(industryId);
          return (
            <table key={industryId} className="data-table" data-testid="park-targets">
              <caption>{industry ? nameOf(industry, language) : industryId}</caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('table.indicator')}</th>
                  <th scope="col">{t('table.value')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((target) => (
                  <tr key={target.row.id}>
                    <th scope="row">
                      {language === 'zh' ? target.row.label_zh : target.row.label_en}
                      <span className="row-table"> · {t(`tables.short.${target.table}`)}</span>
                    </th>
                    <td className="num">
                      <ValueText value={target.value} unit={{ zh: target.row.unit_zh, en: target.row.unit_en }} />
                      <NoteMark n={notes.add(target.source)} id={NOTE_ID} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </section>

      <SourceNotes refs={notes.refs} id={NOTE_ID} />
    </article>
  );
}
