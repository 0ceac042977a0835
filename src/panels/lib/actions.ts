import { appStore } from '../../store';
import type { BoardId } from '../../schema';
import type { AppIndex } from '../../app/app-data';
import { PHONE_QUERY } from '../../app/use-media-query';

/** Zoom levels the camera flies to when something is chosen in a list or in search. */
export const PARK_ZOOM = 13;
export const BOARD_ZOOM = 10;

/**
 * On a phone the bottom sheet (half open) covers the lower half of the map, so a place flown to would sit
 * under it. Aim the camera that many pixels south, so the place lands in the middle of the visible part.
 * Web Mercator: one pixel spans 360 / (512 · 2^zoom) degrees of longitude; latitude scales by cos(lat).
 */
export function sheetAwareLatitude(latitude: number, zoom: number, hiddenPixels: number): number {
  const degreesPerPixel = (360 / (512 * 2 ** zoom)) * Math.cos((latitude * Math.PI) / 180);
  return latitude - (hiddenPixels / 2) * degreesPerPixel;
}

function hiddenBySheet(): number {
  if (typeof window === 'undefined' || !window.matchMedia(PHONE_QUERY).matches) return 0;
  const map = document.querySelector('.map-area');
  return map ? map.clientHeight * SHEET_HALF_SHARE : 0;
}

/** Share of the map the half-open sheet covers (matches .panel[data-sheet='half'] in the CSS). */
const SHEET_HALF_SHARE = 0.52;

function flyToPoint(point: [number, number], zoom: number) {
  appStore.getState().flyTo({ longitude: point[0], latitude: sheetAwareLatitude(point[1], zoom, hiddenBySheet()), zoom });
}

/** Select a park and (unless the map itself chose it) fly to its point. */
export function openPark(index: AppIndex, id: string, options: { fly?: boolean } = {}): void {
  const park = index.parkById.get(id);
  if (!park) return;
  const s = appStore.getState();
  s.select({ kind: 'park', id });
  if (options.fly ?? true) flyToPoint(park.point, Math.max(PARK_ZOOM, s.view.zoom));
}

export function openBoard(index: AppIndex, id: BoardId, options: { fly?: boolean } = {}): void {
  const board = index.boardById.get(id);
  const s = appStore.getState();
  s.select({ kind: 'board', id });
  if (board && (options.fly ?? true)) flyToPoint(board.label_point, BOARD_ZOOM);
}

/** Open an industry and make its parks light up: the industry filter becomes exactly this industry. */
export function openIndustry(id: string): void {
  const s = appStore.getState();
  s.select({ kind: 'industry', id });
  s.setFilter('industries', [id]);
}
