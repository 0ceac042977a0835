import { useEffect, useState } from 'react';
import type { FeatureCollection, MultiPolygon, Point, Polygon, LineString, MultiLineString } from 'geojson';
import type { DistrictProperties, ParkProperties, WaterProperties } from '../schema';
import districtsUrl from '../../geo/districts.geojson?url';
import parksUrl from '../../geo/parks.geojson?url';
import waterUrl from '../../geo/water.geojson?url';

export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon | Point, DistrictProperties>;
export type ParkCollection = FeatureCollection<Point, ParkProperties>;
export type WaterCollection = FeatureCollection<Polygon | MultiPolygon | LineString | MultiLineString, WaterProperties>;

export interface GeoData {
  districts: DistrictCollection;
  parks: ParkCollection;
  water: WaterCollection;
}

/**
 * The geo files are served as static assets next to the app (validated at build/test time by check:data),
 * fetched once in parallel rather than inlined into the JS bundle, so they cache separately.
 */
let pending: Promise<GeoData> | null = null;

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function loadGeo(): Promise<GeoData> {
  pending ??= Promise.all([
    getJson<DistrictCollection>(districtsUrl),
    getJson<ParkCollection>(parksUrl),
    getJson<WaterCollection>(waterUrl),
  ]).then(([districts, parks, water]) => ({ districts, parks, water }));
  return pending;
}

export type GeoState = { status: 'loading' } | { status: 'ready'; data: GeoData } | { status: 'error'; message: string };

export function useGeoData(): GeoState {
  const [state, setState] = useState<GeoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadGeo().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
