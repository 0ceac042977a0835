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

/** Counts per key in order of first appearance: one look-up per count (a Map of counts took a get and a set). */
class Tally {
  private readonly slot = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly counts: number[] = [];

  add(key: string | null) {
    const k = key ?? '-';
    let i = this.slot.get(k);
    if (i === undefined) {
      i = this.keys.length;
      this.slot.set(k, i);
      this.keys.push(k);
      this.counts.push(0);
    }
    this.counts[i]! += 1;
  }

  /** Largest count first; equal counts in order of first appearance. */
  sorted(): Array<[string, number]> {
    return this.keys.map((k, i): [string, number] => [k, this.counts[i]!]).sort((a, b) => b[1] - a[1]);
  }
}

/**
 * Counts records as the pipeline accepts them, so it need not keep them (the worker encodes them into columns
 * as they come).
 */
export class SummaryCounter {
  private readonly byStage = new Tally();
  private readonly byBoard = new Tally();
  private readonly byIndustry = new Tally();
  private readonly byZoneKind = new Tally();
  private investmentYi = 0;

  add(r: ImportedProject | ImportedZone) {
    if ('stage' in r) this.addProject(r.board, r.stage, r.industry, r.investment_yi);
    else {
      this.byBoard.add(r.board);
      this.byZoneKind.add(r.zone_kind);
      for (const ind of r.lead_industries) this.byIndustry.add(ind);
    }
  }

  /** add() of a project with these values. */
  addProject(board: string | null, stage: string, industry: string, investmentYi: number | null) {
    this.byBoard.add(board);
    this.byStage.add(stage);
    this.byIndustry.add(industry);
    this.investmentYi += investmentYi ?? 0;
  }

  summary(valid: number, invalid: number): ImportSummary {
    return {
      valid,
      invalid,
      investmentYi: Math.round(this.investmentYi * 1e4) / 1e4,
      byStage: this.byStage.sorted(),
      byBoard: this.byBoard.sorted(),
      byIndustry: this.byIndustry.sorted(),
      byZoneKind: this.byZoneKind.sorted(),
    };
  }
}

export const emptySummary = (valid = 0, invalid = 0): ImportSummary => new SummaryCounter().summary(valid, invalid);
