import { useMemo } from 'react';
import { useEffectiveGeo } from '../sites/user-sites';
import { tableData } from './table-data';
import { buildAppIndex, type AppIndex } from './app-data';

export type AppDataState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; index: AppIndex };

/** Geo files arrive by fetch; the tables are bundled. The index is built once both are there. */
export function useAppData(): AppDataState {
  const geo = useEffectiveGeo();
  return useMemo<AppDataState>(() => {
    if (geo.status !== 'ready') return geo;
    return { status: 'ready', index: buildAppIndex({ geo: geo.data, ...tableData }) };
  }, [geo]);
}
