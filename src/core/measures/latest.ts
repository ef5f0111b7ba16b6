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
  // Indexes into the series rather than a pair object per entry: this runs for every measure.
  let latest = -1;
  let previous = -1;
  for (let i = 0; i < series.length; i++) {
    const entry = series[i];
    if (entry.value === null || entry.month > asOfMonth) continue;
    if (latest < 0 || entry.month >= series[latest].month) {
      if (latest >= 0 && series[latest].month < entry.month) previous = latest;
      latest = i;
    } else if (previous < 0 || entry.month >= series[previous].month) {
      previous = i;
    }
  }
  if (latest < 0) return null;
  return { latest: monthValue(series[latest]), previous: previous < 0 ? null : monthValue(series[previous]) };
}

function monthValue(entry: { readonly month: YearMonth; readonly value: number | null }): MonthValue {
  return { month: entry.month, value: entry.value === null ? 0 : entry.value };
}
