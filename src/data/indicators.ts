/**
 * The goals and facts of the five documents (data/indicators.json, validated by `npm run check:data`). Imported only
 * by the lazily loaded views that show them, so the file stays out of the first screen's JavaScript.
 */
import type { Indicator } from '../schema';
import indicatorsJson from '../../data/indicators.json';

export const indicatorList = indicatorsJson as Indicator[];
