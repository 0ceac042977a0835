/**
 * geo/airports.geojson: built from the vendored OurAirports row(s); checked against the raw extract, the Wuxi box
 * and the zoom range it is drawn at.
 */
import fs from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildAirports, parseAirportCsv } from '../../scripts/geo/build-airports';
import { INPUT, OUTPUT } from '../../scripts/geo/geo-paths';
import { AirportPropertiesSchema, type AirportProperties } from '../../src/schema/geo';
import { WUXI_BBOX } from '../../src/geo/validate-geometry';
import { buildContextLayers, CONTEXT_LAYERS } from '../../src/layers/context-layers';

const airports = JSON.parse(fs.readFileSync(OUTPUT.airports, 'utf8')) as FeatureCollection<Point, AirportProperties>;

describe('airports (geo/airports.geojson)', () => {
  it('holds Sunan Shuofang (ZSWX / WUX) at the source coordinate, WGS84, inside the Wuxi box', () => {
    const [west, south, east, north] = WUXI_BBOX;
    expect(airports.features.map((f) => f.properties.icao)).toEqual(['ZSWX']);
    for (const f of airports.features) {
      AirportPropertiesSchema.parse(f.properties);
      const [lon = NaN, lat = NaN] = f.geometry.coordinates;
      expect(lon >= west && lon <= east && lat >= south && lat <= north, f.properties.icao).toBe(true);
    }
    const wux = airports.features[0]!;
    expect(wux.properties).toMatchObject({ iata: 'WUX', name_en: 'Sunan Shuofang International Airport' });
    // The source's own (WGS84) reference point, unshifted: 120.43038, 31.496952. A GCJ-02 shift would move it
    // ~0.0046° east; the runway (OurAirports runways.csv, WGS84) runs from 31.4838, 120.4247 to 31.5109, 120.4364.
    expect(wux.geometry.coordinates).toEqual([120.43038, 31.496952]);
  });

  it('has an English name from the source and no invented Chinese one; the Chinese label falls back to the IATA code', () => {
    for (const f of airports.features) {
      expect(f.properties.name_en.length).toBeGreaterThan(0);
      expect(f.properties.name_zh).toBeNull();
    }
    const field = (lang: 'zh' | 'en') => {
      const layer = buildContextLayers(lang).find((l) => l.id === CONTEXT_LAYERS.airports.id);
      return JSON.stringify(layer?.type === 'symbol' ? layer.layout?.['text-field'] : null);
    };
    expect(field('zh')).toBe('["coalesce",["get","name_zh"],["get","iata"],["get","name_en"]]');
    expect(field('en')).toBe('["get","name_en"]');
    expect(CONTEXT_LAYERS.airports.minzoom).toBe(8);
  });

  it('stops the build on a row outside the Wuxi box, naming the line and field', () => {
    const csv = fs.readFileSync(INPUT.ourAirports, 'utf8').replace('31.496952,120.43038', '31.143400,121.805000');
    expect(() => buildAirports(parseAirportCsv(csv))).toThrow(/line 2 \(ZSWX\): longitude_deg\/latitude_deg .* outside the Wuxi box/);
  });
});
