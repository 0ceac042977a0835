import type { FeatureCollection, Point } from 'geojson';
import type { CommunityProperties, TownProperties } from '../schema';
import townsUrl from '../../geo/towns.geojson?url';
import communitiesUrl from '../../geo/communities.geojson?url';
import { getJson } from './geo';

export interface ContextGeo {
  towns: FeatureCollection<Point, TownProperties>;
  communities: FeatureCollection<Point, CommunityProperties>;
}

let pending: Promise<ContextGeo> | null = null;

/** Town seats and community names: map context, fetched after the first draw (src/map/context-overlay.ts). */
export function loadContextGeo(): Promise<ContextGeo> {
  pending ??= Promise.all([getJson<ContextGeo['towns']>(townsUrl), getJson<ContextGeo['communities']>(communitiesUrl)]).then(
    ([towns, communities]) => ({ towns, communities }),
  );
  return pending;
}
