/**
 * The funds and policy tools register (data/funds.json): a static asset fetched the first time the funds panel or
 * the search needs it. Validated by check:data, not in the browser.
 */
import type { FundRecord } from '../schema';
import fundsUrl from '../../data/funds.json?url';
import { getJson } from './geo';

let pending: Promise<readonly FundRecord[]> | null = null;

export function loadFunds(): Promise<readonly FundRecord[]> {
  pending ??= getJson<FundRecord[]>(fundsUrl);
  return pending;
}
