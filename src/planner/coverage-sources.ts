/**
 * Adapters from the registers to the coverage inputs. Each is a pure function; a new register (platforms,
 * per-year targets) gets its own adapter here and its result is concatenated with the others.
 */
import type { BoardId, FutureParkPlan, ParkProperties, PlatformRecord, TargetTable } from '../schema';
import { boardColumnByHeader, boardIds } from '../schema/constants';
import type { BoardTarget, Carrier } from './coverage';

/** Parks as carriers: each serves its lead industries on its board. */
export function parkCarriers(parks: readonly Pick<ParkProperties, 'id' | 'board' | 'lead_industries'>[]): Carrier[] {
  return parks.map((p) => ({ kind: 'park', id: p.id, board: p.board, industries: p.lead_industries }));
}

/**
 * Platforms as carriers: a platform with a board serves its industries on that board. A platform the documents
 * place only "in Wuxi" (no board) carries nothing on any one board; the industry panel lists it per track instead.
 */
export function platformCarriers(platforms: readonly Pick<PlatformRecord, 'id' | 'board' | 'serves'>[]): Carrier[] {
  return platforms.flatMap((p) => (p.board === null ? [] : [{ kind: 'platform' as const, id: p.id, board: p.board, industries: p.serves }]));
}

/**
 * Every printed board figure of the 2024 Annex 1/2 tables with an industry is a target of that board for the
 * track; "-" (null) is no target and is left out.
 */
export function tableTargets(tables: readonly TargetTable[]): BoardTarget[] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) => {
      const industry = row.industry;
      if (industry === null) return [];
      return boardIds.flatMap((board): BoardTarget[] => {
        const value = row.values[board];
        if (typeof value !== 'number') return [];
        return [{
          kind: 'annex_cell',
          industry,
          board,
          label_zh: row.scope_zh && !row.label_zh.includes(row.scope_zh) ? `${row.label_zh}（${row.scope_zh}）` : row.label_zh,
          label_en: row.scope_en && !row.label_en.includes(row.scope_en) ? `${row.label_en} (${row.scope_en})` : row.label_en,
          value,
          unit_zh: row.unit_zh,
          unit_en: row.unit_en,
          source: { ...row.source, column: boardHeader(board) },
        }];
      });
    }),
  );
}

/** Board id → the column header the annexes print (江阴 … 经开). */
const HEADERS = new Map(Object.entries(boardColumnByHeader).map(([header, column]) => [column, header]));
const boardHeader = (board: BoardId) => HEADERS.get(board) ?? board;

/**
 * The opinions' Annex 2 gives each board its focus directions for future-industry characteristic parks to build by
 * 2027: a direction, not a figure, but a target the board must carry.
 */
export function futureParkTargets(plans: readonly FutureParkPlan[]): BoardTarget[] {
  return plans.flatMap((plan) =>
    plan.focus_industries.map((industry) => ({
      kind: 'future_park_focus' as const,
      industry,
      board: plan.board,
      label_zh: '未来产业特色园区重点方向（到2027年）',
      label_en: 'Focus direction of future-industry characteristic parks (by 2027)',
      value: null,
      unit_zh: null,
      unit_en: null,
      source: { ...plan.source, column: '重点发展方向' },
    })),
  );
}
