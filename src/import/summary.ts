import type { ImportKind, ImportedProject, ImportedZone } from '../schema';

/** What the preview shows besides problems: counts by stage/board/industry/kind and the investment total. */
export interface ImportSummary {
  valid: number;
  invalid: number;
  investmentYi: number;
  byStage: Array<[string, number]>;
  byBoard: Array<[string, number]>;
  byIndustry: Array<[string, number]>;
  byZoneKind: Array<[string, number]>;
}

const count = (map: Map<string, number>, key: string | null) => {
  const k = key ?? '-';
  map.set(k, (map.get(k) ?? 0) + 1);
};
const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);

export function summarise(kind: ImportKind, records: ReadonlyArray<ImportedProject | ImportedZone>, valid: number, invalid: number): ImportSummary {
  const byStage = new Map<string, number>();
  const byBoard = new Map<string, number>();
  const byIndustry = new Map<string, number>();
  const byZoneKind = new Map<string, number>();
  let investmentYi = 0;
  for (const r of records) {
    count(byBoard, r.board);
    if ('stage' in r) {
      count(byStage, r.stage);
      count(byIndustry, r.industry);
      investmentYi += r.investment_yi ?? 0;
    } else {
      count(byZoneKind, r.zone_kind);
      for (const ind of r.lead_industries) count(byIndustry, ind);
    }
  }
  void kind;
  return {
    valid,
    invalid,
    investmentYi: Math.round(investmentYi * 1e4) / 1e4,
    byStage: sorted(byStage),
    byBoard: sorted(byBoard),
    byIndustry: sorted(byIndustry),
    byZoneKind: sorted(byZoneKind),
  };
}
