import { TOUR_FILE_FORMAT, TOUR_FILE_VERSION, TourFileSchema, type Tour, type TourFile } from '../schema';
import { decodeUrlState, encodeUrlState, type UrlDecodeContext } from '../url/url-state';

/**
 * A tour as a small JSON file (versioned like the link) and back. Reading checks the shape with the app's
 * schema, then every stop's map state with the link codec, so a file is accepted exactly when its stops
 * would open from a link. Problems name the stop (1-based) and the field as written in the file.
 */
export interface TourProblem {
  /** 1-based stop number; null for the file as a whole (format, version, title …). */
  stop: number | null;
  /** Field path inside the stop (or the file), e.g. "selection", "caption.en", "view.zoom". */
  field: string;
  reason: 'json' | 'shape' | 'value';
}

export type TourReadResult = { ok: true; tour: Tour } | { ok: false; problems: TourProblem[] };

export function tourToFile(tour: Tour): string {
  const file: TourFile = { format: TOUR_FILE_FORMAT, version: TOUR_FILE_VERSION, ...tour };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Link parameter → the stop field it comes from, so a value the codec rejects is named as the file names it. */
const FIELD_OF_PARAM: Record<string, string> = {
  map: 'view',
  rot: 'view',
  layers: 'layers',
  heat: 'heat.kind',
  hi: 'heat.industry',
  hm: 'heat.metric',
  ho: 'heat.opacity',
  hr: 'heat.radiusPixels',
  ch: 'choropleth.metric',
  ci: 'choropleth.industry',
  cat: 'filters.categories',
  ind: 'filters.industries',
  board: 'filters.boards',
  st: 'filters.statuses',
  sel: 'selection',
};

/** Values the schema cannot know (ids that must exist, a camera inside Wuxi), checked with the link codec. */
export function checkTourValues(tour: Tour, ctx: UrlDecodeContext): TourProblem[] {
  const problems: TourProblem[] = [];
  tour.stops.forEach(({ caption: _caption, ...state }, i) => {
    const fragment = encodeUrlState({ ...state, language: 'zh' });
    for (const param of decodeUrlState(fragment, ctx).problems) {
      problems.push({ stop: i + 1, field: FIELD_OF_PARAM[param] ?? param, reason: 'value' });
    }
  });
  return problems;
}

export function readTourFile(text: string, ctx: UrlDecodeContext): TourReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ stop: null, field: 'file', reason: 'json' }] };
  }
  const parsed = TourFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): TourProblem => {
      const [head, index, ...rest] = issue.path.map(String);
      if (head === 'stops' && index !== undefined && /^\d+$/.test(index)) {
        return { stop: Number(index) + 1, field: rest.join('.') || 'stop', reason: 'shape' };
      }
      return { stop: null, field: [head, index, ...rest].filter(Boolean).join('.') || 'file', reason: 'shape' };
    });
    return { ok: false, problems: dedupe(problems) };
  }
  const { format: _format, version: _version, ...tour } = parsed.data;
  const problems = checkTourValues(tour, ctx);
  return problems.length ? { ok: false, problems } : { ok: true, tour };
}

function dedupe(problems: TourProblem[]): TourProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.stop}|${p.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
