import { useContext, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppIndexContext, type AppIndex } from '../app/app-data';
import { useAppState } from '../store';
import type { BoardId } from '../schema';
import { nameOf, otherNameOf } from '../panels/lib/names';
import { openBoard, openIndustry, openPark } from '../panels/lib/actions';
import type { SearchHit, SearchIndex } from './search-index';
import { searchItemsFrom } from './search-items';
import { useAfterFirstDraw } from '../app/use-after-first-draw';

type SearchModule = typeof import('./search-index');
interface LoadedSearch {
  index: SearchIndex;
  query: SearchModule['searchIndex'];
}

/** The search chunk loads once the map has drawn (it must not compete with the first draw), or on first use. */
const useSearchWanted = useAfterFirstDraw;

/**
 * The index needs pinyin-pro's dictionary, which is too big for the first download: the search module is
 * its own chunk, fetched when someone reaches for the search box or once the page is idle after start-up
 * (queries typed before it arrives are answered as soon as it does).
 */
function useLazySearch(index: AppIndex | null, wanted: boolean): LoadedSearch | null {
  const [search, setSearch] = useState<LoadedSearch | null>(null);
  useEffect(() => {
    if (!index || !wanted) return;
    let live = true;
    // Platforms and funds come from fetched registers, loaded with the search.
    void Promise.all([import('./search-index'), import('../platforms/search-items').then((m) => m.loadPlatformSearchItems())]).then(([m, extra]) => {
      const items = [...searchItemsFrom(index), ...extra];
      if (live) setSearch({ index: m.buildSearchIndex(items), query: m.searchIndex });
    });
    return () => {
      live = false;
    };
  }, [index, wanted]);
  return search;
}

function choose(index: AppIndex, hit: SearchHit) {
  const { kind, id } = hit.item;
  if (kind === 'park') openPark(index, id);
  else if (kind === 'board') openBoard(index, id as BoardId);
  else if (kind === 'platform' || kind === 'fund') void import('../platforms/search-items').then((m) => m.choosePlatformOrFund(kind, id));
  else openIndustry(id);
}

/**
 * Search box following the ARIA combobox pattern (list autocomplete): ↑/↓ move through the results,
 * Enter chooses, Escape closes (a second Escape clears). Choosing flies to the place and opens its panel.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useContext(AppIndexContext);
  const [searchWanted, wantSearch] = useSearchWanted();
  const search = useLazySearch(index, searchWanted);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const hits = useMemo(() => (search ? search.query(search.index, query, 8) : []), [search, query]);
  const expanded = open && query.trim() !== '';

  const pick = (hit: SearchHit | undefined) => {
    if (!hit || !index) return;
    choose(index, hit);
    setQuery('');
    setOpen(false);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // A closed list opens on ↓/↑ at its first/last result (APG combobox); an open one moves the highlight.
    if (e.key === 'ArrowDown') {
      if (!expanded) setActive(0);
      else setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
      setOpen(true);
    } else if (e.key === 'ArrowUp') {
      if (!expanded) setActive(Math.max(0, hits.length - 1));
      else setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
      setOpen(true);
    } else if (e.key === 'Enter') {
      if (expanded) pick(hits[active]);
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    } else return;
    e.preventDefault();
  };

  // Parks: where they are (board, and the town when that is how they were found); others: the other-language name.
  const secondary = (hit: SearchHit) => {
    if (hit.item.kind === 'park' && index) {
      const park = index.parkById.get(hit.item.id);
      const board = park ? index.boardById.get(park.props.board) : undefined;
      const town = language === 'zh' ? hit.item.places_zh?.[0] : undefined;
      if (board) return town ? `${nameOf(board, language)} · ${town}` : nameOf(board, language);
    }
    return otherNameOf(hit.item, language);
  };

  return (
    <div className="search" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="M13 13l4.5 4.5" />
      </svg>
      <input
        id={id}
        className="search-input"
        data-testid="search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('search.placeholder')}
        value={query}
        aria-busy={!search}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          wantSearch();
          setOpen(true);
        }}
        onPointerEnter={wantSearch}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      <ul id={listId} role="listbox" className="search-results" data-testid="search-results" hidden={!expanded} aria-label={t('search.results')}>
        {expanded && !search && (
          <li className="search-empty" role="presentation">
            {t('search.loading')}
          </li>
        )}
        {expanded && search && hits.length === 0 && (
          <li className="search-empty" role="presentation">
            {t('search.none')}
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.item.kind}:${hit.item.id}`}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-option"
              data-kind={hit.item.kind}
              data-id={hit.item.id}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className={`kind-tag kind-${hit.item.kind}`}>
                {hit.item.kind === 'platform' || hit.item.kind === 'fund' ? t(`platforms.searchKind.${hit.item.kind}`) : t(`search.kind.${hit.item.kind}`)}
              </span>
              <span className="search-name">{nameOf(hit.item, language)}</span>
              <span className="search-secondary">{secondary(hit)}</span>
            </li>
          ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {expanded ? t('search.count', { count: hits.length }) : ''}
      </span>
    </div>
  );
}
