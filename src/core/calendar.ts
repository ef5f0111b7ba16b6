/**
 * Calendar arithmetic on Excel serial day numbers (1900 date system, the one
 * Excel for Windows and Excel on the web use): serial 1 = 1900-01-01, and
 * serial 60 is Excel's phantom 29 Feb 1900, so real dates from 1 Mar 1900 on
 * are (days since 1899-12-30).
 */

/** An Excel date serial: whole days. */
export type Serial = number;

/** A calendar month as one comparable number: year * 12 + (month - 1). */
export type YearMonth = number;

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** True when year-month-day is a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function serialFromYmd(year: number, month: number, day: number): Serial {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
}

export function ymdFromSerial(serial: Serial): Ymd {
  const d = new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2016-10-31` -> serial; null when not a real ISO date. */
export function serialFromIso(iso: string): Serial | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : null;
}

export function isoFromSerial(serial: Serial): string {
  const { year, month, day } = ymdFromSerial(serial);
  return String(year).padStart(4, '0') + '-' + pad2(month) + '-' + pad2(day);
}

/** `31/10/2016`, for people in the UK. */
export function ukFromSerial(serial: Serial): string {
  const { year, month, day } = ymdFromSerial(serial);
  return pad2(day) + '/' + pad2(month) + '/' + String(year);
}

export function yearMonth(year: number, month: number): YearMonth {
  return year * 12 + (month - 1);
}

export function yearMonthOfSerial(serial: Serial): YearMonth {
  const { year, month } = ymdFromSerial(serial);
  return yearMonth(year, month);
}

export function yearOfYearMonth(ym: YearMonth): number {
  return Math.floor(ym / 12);
}

/** 1..12 */
export function monthOfYearMonth(ym: YearMonth): number {
  return (ym % 12) + 1;
}

/** `2016-09` */
export function formatYearMonth(ym: YearMonth): string {
  return String(yearOfYearMonth(ym)).padStart(4, '0') + '-' + pad2(monthOfYearMonth(ym));
}

/** `September 2016` (sheets and sentences). */
export function longYearMonth(ym: YearMonth): string {
  return MONTH_NAMES[monthOfYearMonth(ym) - 1] + ' ' + String(yearOfYearMonth(ym));
}

/** `Sep 2016`: a month as people name it in lists and tables (the command line's text, the task pane). */
export function shortYearMonth(ym: YearMonth): string {
  return MONTH_NAMES[monthOfYearMonth(ym) - 1].slice(0, 3) + ' ' + String(yearOfYearMonth(ym));
}

/** `2016-09` (formatYearMonth's form) -> the month; null for anything else. */
export function parseYearMonth(text: string): YearMonth | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (m === null) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? yearMonth(Number(m[1]), month) : null;
}

/** `2016-09` -> `Sep 2016`; any other text as it is. */
export function shortYearMonthText(yyyymm: string): string {
  const ym = parseYearMonth(yyyymm);
  return ym === null ? yyyymm : shortYearMonth(ym);
}

export function lastDayOfYearMonth(ym: YearMonth): Serial {
  const y = yearOfYearMonth(ym);
  const m = monthOfYearMonth(ym);
  return serialFromYmd(y, m, daysInMonth(y, m));
}

/**
 * Month of the plan year: 1 for April ... 12 for March, for a plan year that
 * starts on 1 April of `planYearStart` (contract 3.3, trajectory). Outside the
 * plan year the result is below 1 or above 12.
 */
export function planMonthNumber(ym: YearMonth, planYearStart: number): number {
  return ym - yearMonth(planYearStart, 4) + 1;
}

/** The year whose 1 April starts the April-to-March year containing the serial. */
export function financialYearStartOf(serial: Serial): number {
  const { year, month } = ymdFromSerial(serial);
  return month >= 4 ? year : year - 1;
}

export const MONTH_NAMES: ReadonlyArray<string> = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `7` -> `07` */
export function pad2(n: number): string {
  return n < 10 ? '0' + String(n) : String(n);
}
