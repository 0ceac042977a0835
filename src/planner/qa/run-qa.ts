import type { QaCheck, QaInput, QaItem } from './types';
import { QA_CHECKS } from './checks';

export interface QaResult {
  check: QaCheck;
  items: readonly QaItem[];
}

/** Every registered check over the same input, in registry order (checks with no findings included, count 0). */
export function runQa(input: QaInput, checks: readonly QaCheck[] = QA_CHECKS): QaResult[] {
  return checks.map((check) => ({ check, items: check.run(input) }));
}
