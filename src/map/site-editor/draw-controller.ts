import type { Map as MaplibreMap } from 'maplibre-gl';
import type { SiteGeometry } from '../../schema';

export type DrawShape = 'point' | 'polygon';

export interface DrawController {
  setShape(shape: DrawShape): void;
  clear(): void;
  stop(): void;
}

/**
 * Drawing on the map with terra-draw and its MapLibre adapter, loaded only when the editor opens (it is not part
 * of the first screen). One shape at a time: a finished shape replaces the previous one; a placed point can be
 * dragged (select mode). Every change reports the current shape as WGS84 GeoJSON, rounded to 6 decimals (~0.1 m).
 */
export async function startDrawing(map: MaplibreMap, shape: DrawShape, onShape: (geometry: SiteGeometry | null) => void): Promise<DrawController> {
  const [{ TerraDraw, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode }, { TerraDrawMapLibreGLAdapter }] = await Promise.all([
    import('terra-draw'),
    import('terra-draw-maplibre-gl-adapter'),
  ]);
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPointMode({ styles: { pointColor: '#c2410c', pointWidth: 7, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 } }),
      new TerraDrawPolygonMode({ styles: { fillColor: '#c2410c', fillOpacity: 0.15, outlineColor: '#c2410c', outlineWidth: 2 } }),
      new TerraDrawSelectMode({
        flags: {
          point: { feature: { draggable: true } },
          polygon: { feature: { draggable: true, coordinates: { draggable: true, midpoints: true } } },
        },
      }),
    ],
  });
  const report = () => {
    const last = draw.getSnapshot().filter((f) => f.geometry.type === 'Point' || f.geometry.type === 'Polygon').at(-1);
    onShape(last ? toSiteGeometry(last.geometry as { type: 'Point' | 'Polygon'; coordinates: unknown }) : null);
  };
  let current: DrawShape = shape;
  draw.on('finish', (id, context) => {
    if (context.action !== 'draw') {
      report();
      return;
    }
    // One shape per site: the new one replaces what was there.
    const others = draw.getSnapshot().map((f) => f.id).filter((fid): fid is string | number => fid !== undefined && fid !== id);
    if (others.length) draw.removeFeatures(others);
    report();
    // A placed point is then dragged to adjust; drawing again starts from the toolbar.
    if (current === 'point') {
      draw.setMode('select');
      draw.selectFeature(id);
    }
  });
  draw.on('change', (_ids, type) => {
    if (type === 'update' || type === 'delete') report();
  });
  await new Promise<void>((resolve) => {
    draw.on('ready', () => resolve());
    draw.start();
  });
  draw.setMode(shape);
  return {
    setShape(next) {
      current = next;
      draw.setMode(next);
    },
    clear() {
      draw.clear();
      onShape(null);
    },
    stop() {
      draw.stop();
    },
  };
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

function toSiteGeometry(g: { type: 'Point' | 'Polygon'; coordinates: unknown }): SiteGeometry {
  if (g.type === 'Point') {
    const [x, y] = g.coordinates as [number, number];
    return { type: 'Point', coordinates: [r6(x), r6(y)] };
  }
  const rings = (g.coordinates as [number, number][][]).map((ring) => ring.map(([x, y]) => [r6(x), r6(y)] as [number, number]));
  // RFC 7946: the outer ring counter-clockwise.
  const outer = rings[0] ?? [];
  let area2 = 0;
  for (let i = 0; i + 1 < outer.length; i++) area2 += outer[i]![0] * outer[i + 1]![1] - outer[i + 1]![0] * outer[i]![1];
  if (area2 < 0) rings[0] = [...outer].reverse();
  return { type: 'Polygon', coordinates: rings };
}
