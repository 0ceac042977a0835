/**
 * Reconciles the style layers returned by buildStyleLayers() with the live map, by id: adds missing layers in
 * order, updates only the paint/layout properties and filters that changed, removes layers it added that are no
 * longer listed. Sources are not touched here (the bridge sets their data once per load), so a state change
 * never re-uploads geometry.
 */
import type { FilterSpecification, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';

type Props = Record<string, unknown>;

function props(layer: LayerSpecification, key: 'paint' | 'layout'): Props {
  return ((layer as unknown as Record<string, Props | undefined>)[key] ?? {}) as Props;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function applyStyleLayers(
  map: MaplibreMap,
  next: readonly LayerSpecification[],
  previous: ReadonlyMap<string, LayerSpecification>,
): Map<string, LayerSpecification> {
  const applied = new Map<string, LayerSpecification>();
  for (const layer of next) {
    const before = previous.get(layer.id);
    if (!map.getLayer(layer.id)) {
      map.addLayer(layer);
    } else if (before) {
      for (const key of ['paint', 'layout'] as const) {
        const now = props(layer, key);
        const was = props(before, key);
        for (const name of new Set([...Object.keys(now), ...Object.keys(was)])) {
          if (same(now[name], was[name])) continue;
          // Names come from our own typed layer specs, so the casts only widen what the compiler already checked.
          type Paint = Parameters<MaplibreMap['setPaintProperty']>;
          type Layout = Parameters<MaplibreMap['setLayoutProperty']>;
          if (key === 'paint') map.setPaintProperty(layer.id, name as Paint[1], now[name] as Paint[2]);
          else map.setLayoutProperty(layer.id, name as Layout[1], now[name] as Layout[2]);
        }
      }
      const filter = 'filter' in layer ? layer.filter : undefined;
      const oldFilter = 'filter' in before ? before.filter : undefined;
      if (!same(filter, oldFilter)) map.setFilter(layer.id, (filter ?? null) as FilterSpecification | null);
    }
    applied.set(layer.id, layer);
  }
  for (const id of previous.keys()) if (!applied.has(id) && map.getLayer(id)) map.removeLayer(id);
  return applied;
}
