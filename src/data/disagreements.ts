/**
 * Where the documents disagree with themselves (data/disagreements.json, validated by `npm run check:data`).
 * Kept out of tables.ts so only the views that show them (timeline, review lists) bundle the file.
 */
import type { Disagreement } from '../schema';
import disagreementsJson from '../../data/disagreements.json';

export const disagreements = disagreementsJson as Disagreement[];

/** The disagreements that touch one indicator. */
export function disagreementsFor(indicatorId: string, all: readonly Disagreement[] = disagreements): Disagreement[] {
  return all.filter((d) => d.indicators.includes(indicatorId));
}
