/**
 * Months as people write them in a CSV or a history sheet (contract 6):
 * `2016-09`, `09/2016`, `Sep-16`, `Sep 2016`, `September 2016`, and a date in
 * that month (`30/09/2016`, `2016-09-30`, `30 Sep 2016`; UK order only, so
 * `09/30/2016` is not a month). A bare month name (`Sep`) belongs to the plan
 * year (April to March) when one is given.
 */
import { isValidYmd, yearMonth } from '../calendar';
import type { YearMonth } from '../calendar';
import { expandYear, monthFromName } from '../values';

/** `sep`, `Sept.`, `September` -> 9; 0 when not a month name (values' monthFromName). */
function monthNumber(text: string): number {
  const m = monthFromName(text);
  return m === null ? 0 : m;
}

function ym(year: number, month: number): YearMonth | null {
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  return yearMonth(year, month);
}

function ymFromDate(year: number, month: number, day: number): YearMonth | null {
  return isValidYmd(year, month, day) ? ym(year, month) : null;
}

/**
 * The month a period text names; null when it is not one. `planYearStart`
 * (1 April of that year starts the plan year) places a bare month name.
 */
export function parsePeriodText(text: string, planYearStart: number | null): YearMonth | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m !== null) return ym(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m !== null) return ym(Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m !== null) return ymFromDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(t);
  if (m !== null) return ymFromDate(expandYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s-]+([A-Za-z.]+)[\s-]+(\d{4}|\d{2})$/.exec(t);
  if (m !== null) {
    const month = monthNumber(m[2]);
    return month === 0 ? null : ymFromDate(expandYear(m[3]), month, Number(m[1]));
  }
  m = /^([A-Za-z.]+)[\s\-'/]*(\d{4}|\d{2})$/.exec(t);
  if (m !== null) {
    const month = monthNumber(m[1]);
    return month === 0 ? null : ym(expandYear(m[2]), month);
  }
  if (/^[A-Za-z.]+$/.test(t) && planYearStart !== null) {
    const month = monthNumber(t);
    if (month === 0) return null;
    return ym(month >= 4 ? planYearStart : planYearStart + 1, month);
  }
  return null;
}
