import type { ImportedProject, ImportedZone } from '../../schema';

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

/**
 * Counts records as the pipeline accepts them, so it need not keep them (the worker encodes them into columns
 * as they come).
 */
export class SummaryCounter {
  private readonly byStage = new Map<string, number>();
  private readonly byBoard = new Map<string, number>();
  private readonly byIndustry = new Map<string, number>();
  private readonly byZoneKind = new Map<string, number>();
  private investmentYi = 0;

  add(r: ImportedProject | ImportedZone) {
    if ('stage' in r) this.addProject(r.board, r.stage, r.industry, r.investment_yi);
    else {
      count(this.byBoard, r.board);
      count(this.byZoneKind, r.zone_kind);
      for (const ind of r.lead_industries) count(this.byIndustry, ind);
    }
  }

  /** add() of a project with these values. */
  addProject(board: string | null, stage: string, industry: string, investmentYi: number | null) {
    count(this.byBoard, board);
    count(this.byStage, stage);
    count(this.byIndustry, industry);
    this.investmentYi += investmentYi ?? 0;
  }

  summary(valid: number, invalid: number): ImportSummary {
    return {
      valid,
      invalid,
      investmentYi: Math.round(this.investmentYi * 1e4) / 1e4,
      byStage: sorted(this.byStage),
      byBoard: sorted(this.byBoard),
      byIndustry: sorted(this.byIndustry),
      byZoneKind: sorted(this.byZoneKind),
    };
  }
}

export const emptySummary = (valid = 0, invalid = 0): ImportSummary => new SummaryCounter().summary(valid, invalid);
