import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './strings';
import './platforms.css';
import type { FundRecord } from '../schema';
import { useAppIndex } from '../app/app-data';
import { useFocusHandoff } from '../app/focus-handoff';
import { useAppState } from '../store';
import { loadFunds } from '../data/funds';
import { nameOf, otherNameOf } from '../panels/lib/names';
import { IndustryChips } from '../panels/common/IndustryChips';
import { SourceCitation } from '../panels/common/SourceNotes';
import { PanelHeading } from '../panels/common/PanelHeading';
import { FUNDS_ALL } from '../url/platform-url';
import { openFunds } from './actions';

type Loaded = { status: 'loading' } | { status: 'ready'; funds: readonly FundRecord[] } | { status: 'error' };

export function useFunds(): Loaded {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadFunds().then(
      (funds) => live && setState({ status: 'ready', funds }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Text a filter query is matched against: both names, aliases, kind and the industries' names. */
function haystack(f: FundRecord, kindText: string, industryNames: string[]): string {
  return [f.name_zh, f.name_en, ...f.aliases_zh, f.purpose_zh, f.purpose_en, kindText, ...industryNames].join(' ').toLowerCase();
}

/**
 * Funds, vouchers, loan tools and policy measures the documents name: a list (not a map layer), filterable, with
 * one item highlighted when the link names it (`sel=funds:<id>`).
 */
export function FundsPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useAppIndex();
  const loaded = useFunds();
  const [query, setQuery] = useState('');
  const titleRef = useRef<HTMLHeadingElement>(null);
  useFocusHandoff(titleRef, loaded.status === 'ready');
  const funds = loaded.status === 'ready' ? loaded.funds : [];
  const current = id === FUNDS_ALL ? null : (funds.find((f) => f.id === id) ?? null);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return funds;
    return funds.filter((f) =>
      haystack(
        f,
        t(`platformUi.funds.kind.${f.kind}`),
        f.clusters.map((c) => index.industryById.get(c)).flatMap((i) => (i ? [i.name_zh, i.name_en] : [])),
      ).includes(q),
    );
  }, [funds, query, t, index]);
  useEffect(() => {
    if (current) document.getElementById(`fund-${current.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <article className="detail" data-testid="funds-panel" aria-labelledby="funds-title">
      <PanelHeading titleRef={titleRef} id="funds-title" kicker={t('platformUi.funds.kicker')} title={t('platformUi.funds.title')} />
      <p className="lead">{t('platformUi.funds.lead')}</p>
      {loaded.status === 'loading' && <p className="panel-status">{t('platformUi.funds.loading')}</p>}
      {loaded.status === 'error' && <p className="panel-status" role="alert">{t('platformUi.funds.error')}</p>}
      {loaded.status === 'ready' && id !== FUNDS_ALL && !current && (
        <p className="callout" data-testid="fund-missing">{t('platformUi.funds.missing')}</p>
      )}
      {loaded.status === 'ready' && (
        <>
          <label className="visually-hidden" htmlFor="funds-search">
            {t('platformUi.funds.search')}
          </label>
          <input
            id="funds-search"
            className="funds-search"
            type="search"
            data-testid="funds-search"
            placeholder={t('platformUi.funds.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="muted small" aria-live="polite" data-testid="funds-count">
            {t('platformUi.funds.count', { count: shown.length, total: funds.length })}
          </p>
          {shown.length === 0 && <p className="muted">{t('platformUi.funds.none')}</p>}
          <ul className="funds-list" data-testid="funds-list">
            {shown.map((f) => (
              <FundItem key={f.id} fund={f} current={f.id === current?.id} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** One fund or policy tool: names, kind, status, our summary of its purpose, industries named, its sources. */
function FundItem({ fund, current: isCurrent }: { fund: FundRecord; current: boolean }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useAppIndex();
  const colon = language === 'zh' ? '：' : ': ';
  const board = fund.board ? index.boardById.get(fund.board) : undefined;
  return (
    <li id={`fund-${fund.id}`} className="fund-item" data-testid="fund-item" data-fund={fund.id} data-current={isCurrent}>
      <h4>
        <button type="button" className="link-button" onClick={() => openFunds(fund.id)} aria-current={isCurrent || undefined}>
          {nameOf(fund, language)}
        </button>
      </h4>
      <p className="fund-meta">
        <span lang={language === 'zh' ? 'en' : 'zh-CN'}>{otherNameOf(fund, language)}</span>
        {' · '}
        {t(`platformUi.funds.kind.${fund.kind}`)}
        {' · '}
        {t(`platformUi.funds.status.${fund.status}`)}
        {board && (
          <>
            {' · '}
            {t('platformUi.funds.boardOwn', { board: nameOf(board, language) })}
          </>
        )}
      </p>
      <p>
        <strong>{t('platformUi.funds.purpose')}{colon}</strong>
        {language === 'zh' ? fund.purpose_zh : fund.purpose_en}
      </p>
      <div>
        <strong>{t('platformUi.funds.clusters')}{colon}</strong>
        {fund.clusters.length ? <IndustryChips ids={fund.clusters} /> : <span>{t(`platformUi.funds.scope.${fund.scope}`)}</span>}
      </div>
      <ul className="source-list">
        {fund.sources.map((s, i) => (
          <li key={i} className="source-item">
            <SourceCitation source={s} />
          </li>
        ))}
      </ul>
    </li>
  );
}

export default FundsPanel;
