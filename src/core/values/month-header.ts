/** Month column headers (contract 3.1). */
import type { Cell } from '../snapshot';
import type { YearMonth } from '../calendar';
import { serialFromYmd, yearMonth, yearMonthOfSerial } from '../calendar';
import { expandYear, monthFromName } from './months';
import { parseDayDateText } from './dates';

export type MonthHeader =
  | { readonly kind: 'dated'; readonly month: YearMonth }
  | { readonly kind: 'bare'; readonly monthOfYear: number };

/** Real dates in headers are taken from 1 Jan 1950 to 31 Dec 2100; other numbers are not months. */
const MIN_HEADER_SERIAL = serialFromYmd(1950, 1, 1);
const MAX_HEADER_SERIAL = serialFromYmd(2100, 12, 31);

function dated(year: number, month: number): MonthHeader | null {
  if (month < 1 || month > 12 || year < 1950 || year > 2100) return null;
  return { kind: 'dated', month: yearMonth(year, month) };
}

/**
 * A real date, or `Apr`, `April`, `Apr-16`, `Apr 16`, `Apr 2016`, `April 2016`,
 * `2016-04`, `04/2016` (and a full UK date text such as `30/04/2016`).
 * `Target 2016/17`, `Baseline 2015/16`, `Due`, `Measure` are not months.
 */
export function parseMonthHeader(cell: Cell): MonthHeader | null {
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < MIN_HEADER_SERIAL || v > MAX_HEADER_SERIAL) return null;
    return { kind: 'dated', month: yearMonthOfSerial(Math.floor(v)) };
  }
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\s+/g, ' ').toLowerCase();
  if (s === '') return null;
  let m = /^([a-z]+)\.?$/.exec(s);
  if (m !== null) {
    const month = monthFromName(m[1]);
    return month === null ? null : { kind: 'bare', monthOfYear: month };
  }
  m = /^([a-z]+)\.?[ \-/']{1,2}(\d{2}|\d{4})$/.exec(s);
  if (m !== null) {
    const month = monthFromName(m[1]);
    return month === null ? null : dated(expandYear(m[2]), month);
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m !== null) return dated(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m !== null) return dated(Number(m[2]), Number(m[1]));
  const day = parseDayDateText(s);
  return day === null ? null : { kind: 'dated', month: yearMonthOfSerial(day) };
}

/** The month a header stands for in a plan year starting 1 April `planYearStart` (Apr-Dec first year, Jan-Mar next). */
export function monthInPlanYear(header: MonthHeader, planYearStart: number): YearMonth {
  if (header.kind === 'dated') return header.month;
  const year = header.monthOfYear >= 4 ? planYearStart : planYearStart + 1;
  return yearMonth(year, header.monthOfYear);
}
