/**
 * JS budget on the real build (npm run test:e2e builds dist/ first): initial JS ≤ bench/size-budget.json's
 * budget (1.15 × the MapLibre + deck.gl + React floor), and no lazy-only feature in the initial chunk set.
 * Same check as `npm run check:size`; the message names the largest chunks when it fails.
 */
import { describe, expect, it } from 'vitest';
import { checkSize } from '../../scripts/bench/check-size';

describe('JS size budget (issue 6)', () => {
  it('initial JS stays within 1.15 × the library floor and lazy features stay out of it', async () => {
    const { verdict } = await checkSize();
    expect(verdict.lazyViolations, verdict.message).toEqual([]);
    expect(verdict.initialGzip, verdict.message).toBeLessThanOrEqual(verdict.budget);
  });
});
