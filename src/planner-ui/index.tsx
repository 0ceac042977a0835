import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';

/**
 * Entry of the planner's tools (coverage matrix, QA list). Only the header button and this switch are in the
 * main bundle; the views load on first use.
 */
const PlannerView = lazy(() => import('./PlannerView'));

export function PlannerButton() {
  const { t } = useTranslation();
  const open = useAppState((s) => s.plannerView !== null);
  const kiosk = useAppState((s) => s.tourKioskIdleSec !== null);
  const openPlanner = useAppState((s) => s.openPlanner);
  const closePlanner = useAppState((s) => s.closePlanner);
  if (kiosk) return null;
  return (
    <button
      type="button"
      className="header-tool"
      aria-pressed={open}
      title={t('plannerEntry.openHint')}
      data-testid="planner-button"
      onClick={() => (open ? closePlanner() : openPlanner('coverage'))}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
        <path d="M3 3h14v14H3zM3 8h14M3 13h14M8 3v14M13 3v14" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span className="header-tool-text">{t('plannerEntry.open')}</span>
    </button>
  );
}

/** Mount once inside the data provider: hosts the planner view when it is open. */
export function PlannerRoot({ ready }: { ready: boolean }) {
  const open = useAppState((s) => s.plannerView !== null);
  return ready && open ? (
    <Suspense fallback={null}>
      <PlannerView />
    </Suspense>
  ) : null;
}
