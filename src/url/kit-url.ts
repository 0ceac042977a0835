/**
 * Optional link keys for the presentation kit, apart from the core codec so the format stays readable:
 * - `cmp=park:a,b` / `cmp=board:x,y`: the comparison's items; `cmpo=1` when the comparison is open;
 * - `trip=a,b,c`: the itinerary's parks in visiting order; `tripo=1` when its card is open;
 * - `print=selection|compare|itinerary` (+ `bi=1` for both languages): the print preview.
 * All optional: a link without them opens as before; unreadable values fall back and are reported.
 */
import { boardIds } from '../schema/constants';
import { MAX_COMPARE, type CompareSet, type PrintSubject } from '../store';
import { MAX_STOPS } from '../store/itinerary-slice';

export interface KitUrlState {
  compare: CompareSet;
  compareOpen: boolean;
  itinerary: string[];
  itineraryOpen: boolean;
  printSubject: PrintSubject | null;
  printBilingual: boolean;
}

export function defaultKitUrlState(): KitUrlState {
  return {
    compare: { kind: 'park', ids: [] },
    compareOpen: false,
    itinerary: [],
    itineraryOpen: false,
    printSubject: null,
    printBilingual: false,
  };
}

const PRINT_SUBJECTS: readonly PrintSubject[] = ['selection', 'compare', 'itinerary'];

export function encodeKitParams(p: URLSearchParams, kit: KitUrlState): void {
  if (kit.compare.ids.length) p.set('cmp', `${kit.compare.kind}:${kit.compare.ids.join(',')}`);
  if (kit.compareOpen) p.set('cmpo', '1');
  if (kit.itinerary.length) p.set('trip', kit.itinerary.join(','));
  if (kit.itineraryOpen) p.set('tripo', '1');
  if (kit.printSubject) p.set('print', kit.printSubject);
  if (kit.printSubject && kit.printBilingual) p.set('bi', '1');
}

const flag = (p: URLSearchParams, key: string, problems: string[]): boolean => {
  const v = p.get(key);
  if (v === null) return false;
  if (v === '1') return true;
  problems.push(key);
  return false;
};

const KEYS = ['cmp', 'cmpo', 'trip', 'tripo', 'print', 'bi'];

/** undefined when the link has none of these keys (an older link, or nothing of the kit in use). */
export function decodeKitParams(p: URLSearchParams, parkIds: ReadonlySet<string>, problems: string[]): KitUrlState | undefined {
  if (!KEYS.some((k) => p.has(k))) return undefined;
  const kit = defaultKitUrlState();
  const cmp = p.get('cmp');
  if (cmp !== null) {
    const sep = cmp.indexOf(':');
    const kind = cmp.slice(0, sep);
    const ids = [...new Set(cmp.slice(sep + 1).split(',').filter(Boolean))];
    const known = (id: string) => (kind === 'park' ? parkIds.has(id) : (boardIds as readonly string[]).includes(id));
    if ((kind === 'park' || kind === 'board') && ids.length > 0 && ids.length <= MAX_COMPARE && ids.every(known)) {
      kit.compare = { kind, ids };
    } else problems.push('cmp');
  }
  kit.compareOpen = flag(p, 'cmpo', problems);
  const trip = p.get('trip');
  if (trip !== null) {
    const ids = [...new Set(trip.split(',').filter(Boolean))];
    if (ids.length > 0 && ids.length <= MAX_STOPS && ids.every((id) => parkIds.has(id))) kit.itinerary = ids;
    else problems.push('trip');
  }
  kit.itineraryOpen = flag(p, 'tripo', problems);
  const print = p.get('print');
  if (print !== null) {
    if ((PRINT_SUBJECTS as readonly string[]).includes(print)) kit.printSubject = print as PrintSubject;
    else problems.push('print');
  }
  kit.printBilingual = flag(p, 'bi', problems);
  return kit;
}
