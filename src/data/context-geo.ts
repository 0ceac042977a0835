import type { FeatureCollection, Point } from 'geojson';
import type { AirportProperties, CommunityProperties, TownProperties } from '../schema';
import townsUrl from '../../geo/towns.geojson?url';
import communitiesUrl from '../../geo/communities.geojson?url';
import airportsUrl from '../../geo/airports.geojson?url';
import { getJson } from './geo';

export interface ContextGeo {
  towns: FeatureCollection<Point, TownProperties>;
  communities: FeatureCollection<Point, CommunityProperties>;
  airports: FeatureCollection<Point, AirportProperties>;
}

let pending: Promise<ContextGeo> | null = null;

/** Town seats, community names and airports: map context, fetched after the first draw (src/map/context-overlay.ts). */
export function loadContextGeo(): Promise<ContextGeo> {
  pending ??= Promise.all([
    getJson<ContextGeo['towns']>(townsUrl),
    getJson<ContextGeo['communities']>(communitiesUrl),
    getJson<ContextGeo['airports']>(airportsUrl),
  ]).then(([towns, communities, airports]) => ({ towns, communities, airports }));
  return pending;
}
