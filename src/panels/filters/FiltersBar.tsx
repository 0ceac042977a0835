import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardIds, parkCategories } from '../../schema/constants';
import type { ParkProperties } from '../../schema';
import { useAppIndex } from '../../app/app-data';
import { useAppState, type Filters } from '../../store';
import { activeFilterCount, facetCounts } from '../../domain/park-filter';
import { nameOf } from '../lib/names';

const STATUSES = ['existing', 'planned', 'suggested'] as const;

/**
 * Category, status, board and industry filters as toggle chips with counts. The map, the heat and
 * the list read the same store filters, so they all follow.
 */
export function FiltersBar() {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const filters = useAppState((s) => s.filters);
  const clearFilters = useAppState((s) => s.clearFilters);
  const index = useAppIndex();
  const active = activeFilterCount(filters);
  // Open at start when a link arrived with filters; afterwards the user decides.
  const [open, setOpen] = useState(active > 0);
  const { parks, industryValues, industriesWithParks } = useMemo(() => {
    const parks = index.parks.map((p) => p.props);
    const industryValues = (p: Pick<ParkProperties, 'lead_industries'>) =>
      p.lead_industries.flatMap((id) => [id, index.parentOf(id)].filter((x): x is string => Boolean(x)));
    const industriesWithParks = index.data.taxonomy.filter((i) => parks.some((p) => industryValues(p).includes(i.id)));
    return { parks, industryValues, industriesWithParks };
  }, [index]);
  // The chips show the new choice at once; the counts beside them follow in a deferred render (as the list does).
  const countedFilters = useDeferredValue(filters);
  const counts = useMemo(
    () => ({
      categories: facetCounts(parks, countedFilters, 'categories', (p) => [p.category], index.parentOf),
      statuses: facetCounts(parks, countedFilters, 'statuses', (p) => [p.status], index.parentOf),
      boards: facetCounts(parks, countedFilters, 'boards', (p) => [p.board], index.parentOf),
      industries: facetCounts(parks, countedFilters, 'industries', industryValues, index.parentOf),
    }),
    [parks, countedFilters, industryValues, index],
  );

  return (
    <details className="filters" data-testid="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('filters.title')}
        {active > 0 && <span className="count-badge">{active}</span>}
      </summary>
      <FilterGroup
        name="categories"
        title={t('filters.category')}
        options={parkCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        counts={counts.categories}
      />
      <FilterGroup
        name="statuses"
        title={t('filters.status')}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        counts={counts.statuses}
      />
      <FilterGroup
        name="boards"
        title={t('filters.board')}
        options={boardIds.map((b) => ({ value: b, label: t(`boardShort.${b}`) }))}
        counts={counts.boards}
      />
      <FilterGroup
        name="industries"
        title={t('filters.industry')}
        options={industriesWithParks.map((i) => ({ value: i.id, label: nameOf(i, language) }))}
        counts={counts.industries}
      />
      {active > 0 && (
        <button type="button" className="button button-small" onClick={clearFilters} data-testid="clear-filters">
          {t('filters.clear')}
        </button>
      )}
    </details>
  );
}

function FilterGroup<K extends keyof Filters>(props: {
  name: K;
  title: string;
  options: { value: Filters[K][number]; label: string }[];
  counts: Map<string, number>;
}) {
  const filters = useAppState((s) => s.filters);
  const toggle = useAppState((s) => s.toggleFilter);
  const chosen = filters[props.name] as readonly string[];
  return (
    <fieldset className="filter-group" data-testid={`filter-${props.name}`}>
      <legend>{props.title}</legend>
      <ul className="chips">
        {props.options.map((o) => {
          const count = props.counts.get(o.value) ?? 0;
          const on = chosen.includes(o.value);
          return (
            <li key={o.value}>
              <button
                type="button"
                className="chip chip-toggle"
                aria-pressed={on}
                disabled={!on && count === 0}
                data-value={o.value}
                onClick={() => toggle(props.name, o.value)}
              >
                {o.label}
                <span className="chip-count">{count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
