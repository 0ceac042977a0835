import { useEffect } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { ParkProperties } from '../schema';

const SOURCE = 'park-site-outlines';
const FILL = 'park-site-outline-fill';
const LINE = 'park-site-outline-line';

/** Outlines of sited parks (drawn or published): the user's own dashed in orange, published ones solid. */
export function siteOutlines(parks: FeatureCollection<Point, ParkProperties>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: parks.features.flatMap((f) => {
      const site = f.properties.site;
      if (!site?.outline) return [];
      return [{ type: 'Feature' as const, geometry: site.outline, properties: { id: f.properties.id, origin: site.origin } }];
    }),
  };
}

/** Keeps the outline source in step with the parks; adds its layers on first use only (no cost without sites). */
export function SiteOutlines({ map, parks }: { map: MaplibreMap | null; parks: FeatureCollection<Point, ParkProperties> | null }) {
  useEffect(() => {
    if (!map || !parks) return;
    const data = siteOutlines(parks);
    const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
    if (source) {
      source.setData(data);
      return;
    }
    if (data.features.length === 0) return;
    map.addSource(SOURCE, { type: 'geojson', data });
    map.addLayer({ id: FILL, type: 'fill', source: SOURCE, paint: { 'fill-color': '#c2410c', 'fill-opacity': 0.12 } });
    map.addLayer({
      id: LINE,
      type: 'line',
      source: SOURCE,
      paint: {
        'line-color': ['case', ['==', ['get', 'origin'], 'user'], '#c2410c', '#1d4ed8'],
        'line-width': 2,
        'line-dasharray': ['case', ['==', ['get', 'origin'], 'user'], ['literal', [2, 1]], ['literal', [1, 0]]],
      },
    });
  }, [map, parks]);
  return null;
}
