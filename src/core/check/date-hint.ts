/**
 * Why a date text is not a date, for the due-invalid message and the as-of
 * date a person types (contract 2: never guess US order). `12/31/2016` ->
 * reads as month 31, suggest 31/12/2016; `31/02/2017` and `2016-02-30` -> no
 * such day; `30/09/1850` -> outside Excel's years.
 */
import { isValidYmd, pad2 } from '../calendar';
import { expandYear, monthFromName } from '../values/months';
import { MAX_YEAR, MIN_YEAR } from '../values/dates';

export type DateHint =
  | { readonly kind: 'us-order'; readonly month: number; readonly suggestion: string }
  | { readonly kind: 'bad-month'; readonly month: number }
  | { readonly kind: 'no-such-day'; readonly day: number; readonly month: number; readonly year: number }
  | { readonly kind: 'out-of-range'; readonly year: number }
  | { readonly kind: 'not-a-date' };

export function dateHint(text: string): DateHint {
  const s = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso !== null) return dayMonthYear(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\.?,?[ -](\d{2}|\d{4})$/.exec(s);
  if (named !== null) {
    const month = monthFromName(named[2]);
    return month === null ? { kind: 'not-a-date' } : dayMonthYear(Number(named[1]), month, expandYear(named[3]));
  }
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (m === null) return { kind: 'not-a-date' };
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = expandYear(m[4]);
  if (second > 12 && first >= 1 && first <= 12 && isValidYmd(year, first, second)) {
    return { kind: 'us-order', month: second, suggestion: pad2(second) + '/' + pad2(first) + '/' + String(year) };
  }
  return dayMonthYear(first, second, year);
}

function dayMonthYear(day: number, month: number, year: number): DateHint {
  if (month < 1 || month > 12) return { kind: 'bad-month', month };
  if (!isValidYmd(year, month, day)) return { kind: 'no-such-day', day, month, year };
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: 'out-of-range', year };
  return { kind: 'not-a-date' };
}
