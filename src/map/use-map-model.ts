/**
 * Loads what the map draws (geo files + bundled tables) and derives the model once per load.
 * Also shared by LayerControls, which needs the same choropleth and heat summaries for its legends.
 */
import { useMemo } from 'react';
import { useEffectiveGeo } from '../sites/user-sites';
import { targetTables, taxonomy } from '../data/tables';
import { buildMapModel, type MapData, type MapModel } from '../layers/map-model';
import type { TargetRow } from '../schema';

/** Annex 1 and 2 rows: the per-board × cluster tables the choropleth and heat read. */
export const ANNEX_ROWS: readonly TargetRow[] = targetTables
  .filter((table) => table.id === 'wp2024_annex1' || table.id === 'wp2024_annex2')
  .flatMap((table) => table.rows);

export type MapModelState = { status: 'loading' } | { status: 'ready'; model: MapModel } | { status: 'error'; message: string };

export function useMapModel(): MapModelState {
  const geo = useEffectiveGeo();
  return useMemo(() => {
    if (geo.status !== 'ready') return geo;
    const data: MapData = { ...geo.data, rows: ANNEX_ROWS, industries: taxonomy };
    return { status: 'ready', model: buildMapModel(data) };
  }, [geo]);
}
