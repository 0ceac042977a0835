import type { Tour, TourStop } from '../schema';
import { TOUR_CAPTION_MAX, TOUR_INTERVAL_RANGE, TOUR_MAX_STOPS } from '../tour/limits';
import { fromBase64Url, toBase64Url } from '../tour/base64url';

/**
 * The tour's part of a link: `tour=` holds the whole tour compactly and `kiosk=` asks for looping, unattended
 * play. Each stop's map state is written with the link codec itself (the same short `map=…&sel=…` form as the
 * rest of the link), so a stop is checked exactly like a link is; captions and the title are plain text.
 * The value is base64url of a small JSON array: [titleZh, titleEn, seconds or 0, [stop, zh, en], …].
 */
export interface TourLink {
  tour: Tour;
  /** Null = not a kiosk link; otherwise seconds of no interaction after which the tour resumes. */
  kioskIdleSec: number | null;
}

export const KIOSK_IDLE_DEFAULT_SEC = 60;
const KIOSK_IDLE_RANGE = { min: 10, max: 3600 };

export type StopState = Omit<TourStop, 'caption'>;

/** The link codec, passed in by src/url/url-state.ts (which imports this file). */
export interface StopCodec {
  encode: (stop: StopState) => string;
  /** null when any part of the fragment is unreadable. */
  decode: (fragment: string) => StopState | null;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= TOUR_CAPTION_MAX;
const isSeconds = (v: unknown): v is number =>
  v === 0 || (Number.isInteger(v) && (v as number) >= TOUR_INTERVAL_RANGE.min && (v as number) <= TOUR_INTERVAL_RANGE.max);
const isStop = (v: unknown): v is [string, string, string] =>
  Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && v[0].length <= 2000 && isText(v[1]) && isText(v[2]);

/** Keys a stop's fragment may never hold: a stop is a map state, not a language, a link version or another tour. */
const FORBIDDEN_IN_STOP = ['tour', 'kiosk', 'lang', 'v'];

export function encodeTourParams(params: URLSearchParams, link: TourLink, codec: StopCodec): void {
  const { tour } = link;
  const compact: unknown[] = [tour.title.zh, tour.title.en, tour.autoAdvanceSec ?? 0];
  for (const { caption, ...state } of tour.stops) compact.push([codec.encode(state), caption.zh, caption.en]);
  params.set('tour', toBase64Url(JSON.stringify(compact)));
  if (link.kioskIdleSec !== null) {
    params.set('kiosk', link.kioskIdleSec === KIOSK_IDLE_DEFAULT_SEC ? '1' : String(link.kioskIdleSec));
  }
}

/** The tour of a `tour=` value, or null when it cannot be read (any stop unreadable counts as the whole tour). */
export function decodeTourParam(value: string, codec: StopCodec): Tour | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(value));
  } catch {
    return null;
  }
  // Checked by hand rather than with the zod schema: this runs on every page load and zod is not on that path.
  if (!Array.isArray(raw) || raw.length < 4 || raw.length > 3 + TOUR_MAX_STOPS) return null;
  const [titleZh, titleEn, seconds, ...stopsRaw] = raw as unknown[];
  if (!isText(titleZh) || !isText(titleEn) || !isSeconds(seconds) || !stopsRaw.every(isStop)) return null;
  const stops: TourStop[] = [];
  for (const [fragment, zh, en] of stopsRaw) {
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(fragment);
    } catch {
      return null;
    }
    if (FORBIDDEN_IN_STOP.some((key) => params.has(key))) return null;
    const state = codec.decode(fragment);
    if (!state) return null;
    stops.push({ ...state, caption: { zh, en } });
  }
  return { title: { zh: titleZh, en: titleEn }, autoAdvanceSec: seconds || null, stops };
}

/** `kiosk=1` (default idle time) or `kiosk=<seconds>`; undefined when unreadable. */
export function decodeKioskParam(value: string): number | undefined {
  if (value === '1') return KIOSK_IDLE_DEFAULT_SEC;
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds >= KIOSK_IDLE_RANGE.min && seconds <= KIOSK_IDLE_RANGE.max ? seconds : undefined;
}
