import type { BoardId, ParkStatus, ProjectStage, ZoneKind } from '../../schema';
import { boardIds } from '../../schema/constants';
import type { ReferenceData, ReferencePark } from './reference';
import { lookupKey } from '../read/text';
import { BOARD_WORDS, STAGE_WORDS, STATUS_WORDS, ZONE_KIND_WORDS } from './vocab';

/**
 * Name → id indexes built once per import. Plain Maps (never user keys on plain objects).
 * A name that is ambiguous (two ids share it) resolves to nothing rather than to a guess.
 */
export interface Lookups {
  industry: Map<string, string>;
  industryNames: Array<{ key: string; id: string }>;
  board: Map<string, BoardId>;
  stage: Map<string, ProjectStage>;
  zoneKind: Map<string, ZoneKind>;
  status: Map<string, ParkStatus>;
  park: Map<string, ReferencePark>;
}

function addName<T>(map: Map<string, T | null>, name: string, value: T) {
  const key = lookupKey(name);
  if (!key) return;
  const existing = map.get(key);
  if (existing === undefined) map.set(key, value);
  else if (existing !== value) map.set(key, null); // ambiguous
}

function finish<T>(map: Map<string, T | null>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of map) if (v !== null) out.set(k, v);
  return out;
}

function fromWords<T extends string>(words: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T | null>();
  for (const id of Object.keys(words) as T[]) {
    addName(map, id, id);
    for (const w of words[id]) addName(map, w, id);
  }
  return finish(map);
}

export function buildLookups(ref: ReferenceData): Lookups {
  const industry = new Map<string, string | null>();
  for (const ind of ref.industries) {
    addName(industry, ind.id, ind.id);
    addName(industry, ind.name_zh, ind.id);
    addName(industry, ind.name_en, ind.id);
    for (const a of ind.aliases_zh) addName(industry, a, ind.id);
  }
  const board = new Map<string, BoardId | null>();
  for (const id of boardIds) {
    addName(board, id, id);
    for (const w of BOARD_WORDS[id]) addName(board, w, id);
  }
  for (const b of ref.boards) {
    addName(board, b.name_zh, b.id);
    addName(board, b.name_en, b.id);
  }
  const park = new Map<string, ReferencePark | null>();
  for (const p of ref.parks) {
    addName(park, p.id, p);
    addName(park, p.name_zh, p);
    addName(park, p.name_en, p);
    for (const a of p.aliases_zh) addName(park, a, p);
  }
  const industryMap = finish(industry);
  return {
    industry: industryMap,
    // Longest names first, for finding an industry inside a row label such as "其中：车联网（核心产业）营收".
    industryNames: [...industryMap].map(([key, id]) => ({ key, id })).sort((a, b) => b.key.length - a.key.length),
    board: finish(board),
    stage: fromWords(STAGE_WORDS),
    zoneKind: fromWords(ZONE_KIND_WORDS),
    status: fromWords(STATUS_WORDS),
    park: finish(park),
  };
}

/**
 * Columns repeat a handful of values (industries, stages, boards) over 100k rows: remember what each raw text
 * resolved to, per index, so lookupKey's normalising runs once per distinct text. Bounded; beyond the bound
 * texts are simply resolved each time.
 */
const MEMO_LIMIT = 5000;
const memos = new WeakMap<Map<string, unknown>, Map<string, unknown>>();

export function resolve<T>(map: Map<string, T>, text: string): T | undefined {
  let memo = memos.get(map);
  if (!memo) memos.set(map, (memo = new Map()));
  if (memo.has(text)) return memo.get(text) as T | undefined;
  const value = map.get(lookupKey(text));
  if (memo.size < MEMO_LIMIT) memo.set(text, value);
  return value;
}
