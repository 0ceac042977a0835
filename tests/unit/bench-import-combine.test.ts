import { describe, expect, it } from 'vitest';
import { combineImports, type ImportSample } from '../../scripts/bench/measure-interaction';

const sample = (workerMs: number, longestTaskMs: number, openLongestTaskMs = 50): ImportSample => ({
  rows: 100_000,
  valid: 97_000,
  workerMs,
  roundTripMs: workerMs + 100,
  totalMs: workerMs + 300,
  openLongestTaskMs,
  heatDrawnMs: workerMs + 400,
  longestTaskMs,
  longTasks: longestTaskMs > 50 ? 1 : 0,
  pipeline: 'test',
});

describe('bench: several imports as one row', () => {
  it('reports the median of the times and the worst of the longest tasks', () => {
    const combined = combineImports([sample(1200, 40), sample(800, 95, 120), sample(900, 60)]);
    expect(combined.workerMs).toBe(900);
    expect(combined.roundTripMs).toBe(1000);
    expect(combined.heatDrawnMs).toBe(1300);
    expect(combined.longestTaskMs).toBe(95);
    expect(combined.openLongestTaskMs).toBe(120);
    expect(combined.runs).toBe(3);
  });

  it('refuses to combine nothing', () => {
    expect(() => combineImports([])).toThrow();
  });
});
