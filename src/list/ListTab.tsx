import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAfterFirstDraw } from '../app/use-after-first-draw';
import { useAppState } from '../store';
import { parkMatchesFilters } from '../domain/park-filter';
import { FiltersBar } from '../panels/filters/FiltersBar';
import { ParkList } from './ParkList';

// Platforms below the parks: their register is fetched once the map has drawn.
const PlatformList = lazy(() => import('../platforms/PlatformList'));

/**
 * Filters above the list; the count is announced politely when it changes.
 * The list follows the filters as a deferred value: a filter change redraws the map (and the chips) first, and
 * React renders the rows right after, in an interruptible pass, so the map frame does not wait for the table.
 */
export function ListTab() {
  const { t } = useTranslation();
  const filters = useDeferredValue(useAppState((s) => s.filters));
  const index = useAppIndex();
  const [platformsWanted] = useAfterFirstDraw();
  const visible = useMemo(
    () => index.parks.filter((p) => parkMatchesFilters(p.props, filters, index.parentOf)),
    [index, filters],
  );
  return (
    <div className="list-tab">
      <FiltersBar />
      <p className="list-count" aria-live="polite" data-testid="list-count">
        {t('list.count', { count: visible.length, total: index.parks.length })}
      </p>
      {visible.length ? <ParkList parks={visible} /> : <p className="muted">{t('list.empty')}</p>}
      {platformsWanted && (
        <Suspense fallback={null}>
          <PlatformList />
        </Suspense>
      )}
    </div>
  );
}
