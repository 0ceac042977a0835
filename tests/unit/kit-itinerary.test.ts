import { describe, expect, it } from 'vitest';
import { buildItinerary, itineraryGeoJson, roundKm, type StopInput } from '../../src/itinerary/itinerary-model';
import { moved } from '../../src/store/itinerary-slice';
import { buildItineraryLayers } from '../../src/layers/itinerary-layers';

const stop = (id: string, point: [number, number], precision: StopInput['precision'] = 'site'): StopInput => ({
  id,
  name_zh: id,
  name_en: id,
  point,
  precision,
});

describe('itinerary', () => {
  it('measures straight-line legs on the sphere and adds them up', () => {
    // One degree of latitude is ~111.2 km; one degree of longitude at 31.5° N is ~94.8 km.
    const it3 = buildItinerary([stop('a', [120.3, 31.5]), stop('b', [120.3, 32.5]), stop('c', [121.3, 32.5], 'town')]);
    expect(it3.legs.map((l) => [l.from, l.to])).toEqual([[1, 2], [2, 3]]);
    expect(it3.legs[0]!.km).toBeCloseTo(111.2, 0);
    expect(it3.legs[1]!.km).toBeCloseTo(93.8, 0);
    expect(it3.totalKm).toBeCloseTo(it3.legs[0]!.km + it3.legs[1]!.km, 9);
    expect(it3.stops.map((s) => [s.n, s.approximate])).toEqual([[1, false], [2, false], [3, true]]);
  });

  it('has no legs for one stop', () => {
    const one = buildItinerary([stop('a', [120.3, 31.5])]);
    expect(one.legs).toEqual([]);
    expect(one.totalKm).toBe(0);
  });

  it('exports GeoJSON points in order and straight legs with their length', () => {
    const geo = itineraryGeoJson(buildItinerary([stop('a', [120, 31]), stop('b', [120.1, 31]), stop('c', [120.1, 31.1], 'district')]));
    expect(geo.type).toBe('FeatureCollection');
    const points = geo.features.filter((f) => f.geometry.type === 'Point');
    const legs = geo.features.filter((f) => f.geometry.type === 'LineString');
    expect(points.map((f) => f.properties.kind === 'stop' && [f.properties.order, f.properties.precision])).toEqual([
      [1, 'site'],
      [2, 'site'],
      [3, 'district'],
    ]);
    expect(legs).toHaveLength(2);
    const first = legs[0]!;
    expect(first.properties.kind === 'leg' && first.properties.straight_line_km).toBe(roundKm(9.53));
    expect(geo.note).toMatch(/straight lines/);
  });

  it('reorders stops within the list', () => {
    expect(moved(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'a', 5)).toEqual(['b', 'c', 'a']);
  });

  it('draws legs, discs and numbers only when there are stops', () => {
    expect(buildItineraryLayers([])).toEqual([]);
    const layers = buildItineraryLayers([
      { n: 1, position: [120, 31], approximate: false },
      { n: 2, position: [120.1, 31], approximate: true },
    ]);
    expect(layers.map((l) => l.id)).toEqual(['itinerary-legs', 'itinerary-stops', 'itinerary-numbers']);
    expect((layers[0]!.props.data as unknown[]).length).toBe(1);
  });
});
