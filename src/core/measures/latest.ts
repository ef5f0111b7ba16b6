/** Latest and previous values of a month series (contract 3.3). */
import type { YearMonth } from '../calendar';

export interface MonthValue {
  readonly month: YearMonth;
  readonly value: number;
}

export interface LatestPair {
  readonly latest: MonthValue;
  /** The month before `latest` that has a value; null with only one value. */
  readonly previous: MonthValue | null;
}

/**
 * The last month at or before `asOfMonth` with a value (blank and no-data
 * months are null and skipped), and the one before it. Null when there is none.
 * Months need not be in order; for two entries of the same month the later one wins.
 */
export function latestValue(
  series: ReadonlyArray<{ readonly month: YearMonth; readonly value: number | null }>,
  asOfMonth: YearMonth,
): LatestPair | null {
  let latest: MonthValue | null = null;
  let previous: MonthValue | null = null;
  for (const entry of series) {
    const value = entry.value;
    if (value === null || entry.month > asOfMonth) continue;
    const item: MonthValue = { month: entry.month, value };
    if (latest === null || item.month >= latest.month) {
      if (latest !== null && latest.month < item.month) previous = latest;
      latest = item;
    } else if (previous === null || item.month >= previous.month) {
      previous = item;
    }
  }
  return latest === null ? null : { latest, previous };
}
