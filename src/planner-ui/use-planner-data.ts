import { useEffect, useMemo, useState } from 'react';
import type { AppIndex } from '../app/app-data';
import { loadPlatforms, type PlatformData } from '../data/platforms';
import { buildCoverage, type PlannerSourceData } from '../planner/planner-data';
import { platformCarriers } from '../planner/coverage-sources';
import type { Coverage } from '../planner/coverage';

/** The app's loaded data in the shape the planner's pure functions read. */
export function plannerSourceData(index: AppIndex): PlannerSourceData {
  return {
    parks: index.parks,
    boards: index.boards,
    taxonomy: index.data.taxonomy,
    tables: index.data.tables,
    futureParkPlans: index.data.futureParkPlans,
    chainChiefs: index.data.chainChiefs,
    documents: index.data.documents,
    parentOf: index.parentOf,
  };
}

/**
 * The platform register as the planner sees it. It is a static asset fetched once; if it fails or does not
 * arrive in time the coverage goes on with parks only and says so, rather than waiting forever.
 */
export type PlatformRegister = { status: 'loading' } | { status: 'ready'; data: PlatformData } | { status: 'failed' };

const REGISTER_WAIT_MS = 8000;
let settled: PlatformRegister | null = null;
let pending: Promise<PlatformRegister> | null = null;

function loadRegister(): Promise<PlatformRegister> {
  pending ??= Promise.race([
    loadPlatforms().then((data): PlatformRegister => ({ status: 'ready', data })),
    new Promise<PlatformRegister>((resolve) => setTimeout(() => resolve({ status: 'failed' }), REGISTER_WAIT_MS)),
  ])
    .catch((error: unknown): PlatformRegister => {
      console.warn('platform register not loaded; coverage counts parks only', error);
      return { status: 'failed' };
    })
    .then((state) => (settled = state));
  return pending;
}

export function usePlatformRegister(): PlatformRegister {
  const [state, setState] = useState<PlatformRegister>(() => settled ?? { status: 'loading' });
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    void loadRegister().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}

export interface PlannerCoverage {
  data: PlannerSourceData;
  /** null while the platform register loads (briefly; see REGISTER_WAIT_MS). */
  coverage: Coverage | null;
  register: PlatformRegister;
  platforms: PlatformData | null;
}

/** Coverage over the app's data, rebuilt only when the data changes (e.g. a user's site moves a park). */
export function useCoverage(index: AppIndex): PlannerCoverage {
  const register = usePlatformRegister();
  return useMemo(() => {
    const data = plannerSourceData(index);
    const platforms = register.status === 'ready' ? register.data : null;
    if (register.status === 'loading') return { data, coverage: null, register, platforms };
    const carriers = platforms ? platformCarriers(platforms.platforms.map((p) => p.record)) : [];
    return { data, coverage: buildCoverage(data, { carriers }), register, platforms };
  }, [index, register]);
}
