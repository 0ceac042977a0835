/**
 * The innovation-platform register (data/platforms.json) and where the platforms with a board are drawn
 * (geo/platforms.geojson, built from the register by `npm run build:platforms`). Both are static assets fetched
 * once, like the geo files, so neither adds to the initial JavaScript. Validated by check:data, not in the browser.
 *
 * For other views (chain coverage …): `loadPlatforms()` → `PlatformData`, or `usePlatforms()` in React.
 */
import { useEffect, useState } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import type { PlatformPointProperties, PlatformRecord } from '../schema';
import platformsUrl from '../../data/platforms.json?url';
import platformPointsUrl from '../../geo/platforms.geojson?url';
import { getJson } from './geo';

export interface PlatformEntry {
  record: PlatformRecord;
  /** [lon, lat] of the town seat or board label point; null for a platform known only as "in Wuxi". */
  point: [number, number] | null;
  /** Why it is drawn there (zh, en); null when it is not drawn. */
  positionBasis: { zh: string; en: string } | null;
}

export interface PlatformData {
  platforms: readonly PlatformEntry[];
  byId: ReadonlyMap<string, PlatformEntry>;
}

export function joinPlatforms(records: readonly PlatformRecord[], points: FeatureCollection<Point, PlatformPointProperties>): PlatformData {
  const pointById = new Map(points.features.map((f) => [f.properties.id, f]));
  const platforms = records.map((record): PlatformEntry => {
    const f = pointById.get(record.id);
    return {
      record,
      point: f ? [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] : null,
      positionBasis: f ? { zh: f.properties.position_basis, en: f.properties.position_basis_en } : null,
    };
  });
  return { platforms, byId: new Map(platforms.map((p) => [p.record.id, p])) };
}

let pending: Promise<PlatformData> | null = null;

export function loadPlatforms(): Promise<PlatformData> {
  pending ??= Promise.all([
    getJson<PlatformRecord[]>(platformsUrl),
    getJson<FeatureCollection<Point, PlatformPointProperties>>(platformPointsUrl),
  ]).then(([records, points]) => joinPlatforms(records, points));
  return pending;
}

/** The register once loaded; null while it loads (or if it failed: the rest of the app does not depend on it). */
export function usePlatforms(): PlatformData | null {
  const [data, setData] = useState<PlatformData | null>(null);
  useEffect(() => {
    let live = true;
    loadPlatforms().then(
      (d) => live && setData(d),
      (error: unknown) => console.warn('platform register not loaded', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return data;
}
