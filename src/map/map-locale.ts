/**
 * MapLibre's own control texts ("Zoom in", "Drag to rotate map…", scale units) in the UI language. MapLibre reads
 * its `locale` table when a control is added, and has no API to switch it later; on a language change the table
 * is patched and the titles of the controls already on the map are rewritten in place.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Language } from '../store';

const ZH: Record<string, string> = {
  'Map.Title': '地图',
  'NavigationControl.ResetBearing': '拖动旋转地图，点击恢复正北',
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'ScaleControl.Meters': '米',
  'ScaleControl.Kilometers': '公里',
  'Popup.Close': '关闭',
};

const EN: Record<string, string> = {
  'Map.Title': 'Map',
  'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'Popup.Close': 'Close popup',
};

export function mapLocale(language: Language): Record<string, string> {
  return { ...(language === 'en' ? EN : ZH) };
}

/** Button class → locale key, for the navigation control's buttons already on the map. */
const BUTTONS: ReadonlyArray<[string, string]> = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
];

export function applyMapLocale(map: MaplibreMap, language: Language): void {
  const table = mapLocale(language);
  Object.assign(map._locale, table);
  const container = map.getContainer();
  for (const [selector, key] of BUTTONS) {
    const button = container.querySelector<HTMLButtonElement>(selector);
    if (!button) continue;
    button.title = table[key]!;
    button.setAttribute('aria-label', table[key]!);
  }
  // The scale bar re-reads its unit on the next camera move; redraw it now.
  map.fire('move');
}
