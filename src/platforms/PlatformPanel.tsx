import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './strings';
import './platforms.css';
import { useAppIndex } from '../app/app-data';
import { useFocusHandoff } from '../app/focus-handoff';
import { useAppState } from '../store';
import { usePlatforms } from '../data/platforms';
import { nameOf, otherNameOf } from '../panels/lib/names';
import { FootnoteList } from '../panels/lib/sources';
import { openBoard, openPark } from '../panels/lib/actions';
import { useRomanizer } from '../panels/lib/use-romanizer';
import { IndustryChips } from '../panels/common/IndustryChips';
import { NoteMark, SourceNotes } from '../panels/common/SourceNotes';
import { PanelHeading } from '../panels/common/PanelHeading';
import { parksSharingIndustries } from './platform-model';
import { openPlatform } from './actions';

const NOTE_ID = 'platform-note';

/** One platform: what kind of institution it is, what it serves, where (honestly), parks in its industries, sources. */
export function PlatformPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const romanize = useRomanizer(language);
  const index = useAppIndex();
  const data = usePlatforms();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const entry = data?.byId.get(id);
  useFocusHandoff(titleRef, Boolean(entry));
  if (!data) return <p className="panel-status">{t('app.loading')}</p>;
  if (!entry) return <p className="panel-status" data-testid="platform-missing">{t('platformUi.panel.missing')}</p>;
  const p = entry.record;
  const board = p.board ? index.boardById.get(p.board) : undefined;
  const notes = new FootnoteList();
  const marks = p.sources.map((s) => notes.add(s));
  const parks = parksSharingIndustries(p, index.parks.map((x) => x.props), index.parentOf);
  const town = p.town ? (language === 'zh' ? p.town.name_zh : romanize.han(p.town.name_zh)) : '';
  const basis = entry.positionBasis ? (language === 'zh' ? entry.positionBasis.zh : romanize.han(entry.positionBasis.en)) : null;
  const precisionNote =
    p.precision === 'town'
      ? t('platformUi.precision.townNote', { town })
      : p.precision === 'board'
        ? t('platformUi.precision.boardNote', { board: board ? nameOf(board, language) : p.board })
        : t('platformUi.precision.cityNote');

  return (
    <article className="detail" data-testid="platform-panel" data-platform={p.id} aria-labelledby="platform-title">
      <PanelHeading
        titleRef={titleRef}
        id="platform-title"
        kicker={t(`platformUi.kind.${p.kind}`)}
        title={nameOf(p, language)}
        subtitle={otherNameOf(p, language)}
        subtitleLang={language === 'zh' ? 'en' : 'zh-CN'}
        badges={[{ text: t(`platformUi.status.${p.status}`), tone: p.status }]}
      />
      {p.status === 'suggested' && <p className="callout callout-suggested">{t('platformUi.panel.suggestedNote')}</p>}

      <dl className="facts">
        <dt>{t('platformUi.panel.whatItIs')}</dt>
        <dd data-testid="platform-what">
          {t('platformUi.panel.whatItIsText', { kind: t(`platformUi.kind.${p.kind}`), description: t(`platformUi.kindDescription.${p.kind}`) })}
        </dd>
        <dt>{t('platformUi.panel.board')}</dt>
        <dd>
          {board ? (
            <button type="button" className="link-button" onClick={() => openBoard(index, board.id)}>
              {nameOf(board, language)}
            </button>
          ) : (
            <span className="muted">{t('platformUi.panel.boardUnknown')}</span>
          )}
        </dd>
        <dt>{t('platformUi.panel.mentionedIn')}</dt>
        <dd>
          {marks.map((n) => (
            <NoteMark key={n} n={n} id={NOTE_ID} />
          ))}
        </dd>
        {p.aliases_zh.length > 0 && (
          <>
            <dt>{t('platformUi.panel.aliases')}</dt>
            <dd lang="zh-CN">{p.aliases_zh.join('、')}</dd>
          </>
        )}
      </dl>

      <section className="section" aria-labelledby="platform-serves">
        <h3 id="platform-serves" className="section-title">
          {t('platformUi.panel.serves')}
        </h3>
        {p.serves.length ? <IndustryChips ids={p.serves} /> : <p className="muted">{t('platformUi.panel.servesNone')}</p>}
      </section>

      <section className="section" aria-labelledby="platform-position">
        <h3 id="platform-position" className="section-title">
          {t('platformUi.panel.position')}
        </h3>
        <p className="precision" data-precision={p.precision}>
          <span className={`precision-badge precision-${p.precision === 'board' ? 'district' : p.precision}`}>
            {t(`platformUi.precision.${p.precision}`)}
          </span>{' '}
          {precisionNote}
        </p>
        {basis && <p className="muted small">{t('platformUi.panel.positionBasis', { basis })}</p>}
        {entry.point && (
          <button type="button" className="button button-small" onClick={() => openPlatform(entry)}>
            {t('platformUi.panel.showOnMap')}
          </button>
        )}
      </section>

      {p.serves.length > 0 && (
        <section className="section" aria-labelledby="platform-parks">
          <h3 id="platform-parks" className="section-title">
            {t('platformUi.panel.parks')}
          </h3>
          <p className="muted small">{t('platformUi.panel.parksNote')}</p>
          {parks.length ? (
            <ul className="link-list" data-testid="platform-parks">
              {parks.map((park) => {
                const b = index.boardById.get(park.board);
                return (
                  <li key={park.id}>
                    <button type="button" className="link-button" onClick={() => openPark(index, park.id)}>
                      {nameOf(park, language)}
                    </button>
                    <span className="muted small"> · {b ? nameOf(b, language) : park.board}</span>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted">{t('platformUi.panel.parksNone')}</p>
          )}
        </section>
      )}

      <SourceNotes refs={notes.refs} id={NOTE_ID} />
    </article>
  );
}

export default PlatformPanel;
