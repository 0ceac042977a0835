/** Small statistics for bench results: medians and percentiles over a handful of runs. */
export function quantile(values: readonly number[], q: number): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const pos = (finite.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return finite[lo]! + (finite[hi]! - finite[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

export function ratio(app: number, baseline: number): number {
  return baseline > 0 && Number.isFinite(app) ? app / baseline : NaN;
}
