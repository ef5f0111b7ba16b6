/**
 * Why a date text is not a date, for the due-invalid message (contract 2:
 * never guess US order). `12/31/2016` -> reads as month 31, suggest
 * 31/12/2016; `31/02/2017` -> no such day.
 */
import { isValidYmd, pad2 } from '../calendar';
import { expandYear } from '../values/months';

export type DateHint =
  | { readonly kind: 'us-order'; readonly month: number; readonly suggestion: string }
  | { readonly kind: 'bad-month'; readonly month: number }
  | { readonly kind: 'no-such-day'; readonly day: number; readonly month: number; readonly year: number }
  | { readonly kind: 'not-a-date' };

export function dateHint(text: string): DateHint {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text.trim());
  if (m === null) return { kind: 'not-a-date' };
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = expandYear(m[4]);
  if (second > 12) {
    if (first >= 1 && first <= 12 && isValidYmd(year, first, second)) {
      return { kind: 'us-order', month: second, suggestion: pad2(second) + '/' + pad2(first) + '/' + String(year) };
    }
    return { kind: 'bad-month', month: second };
  }
  if (second < 1) return { kind: 'bad-month', month: second };
  if (!isValidYmd(year, second, first)) return { kind: 'no-such-day', day: first, month: second, year };
  return { kind: 'not-a-date' };
}

