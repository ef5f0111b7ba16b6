/**
 * The as-of date, the same way in every face (contract 8): a date given
 * explicitly, else the Settings sheet's `As of` when it is a valid date, else
 * today. Every output says the date and where it came from.
 */
import type { Serial, YearMonth } from './calendar';
import { daysInMonth, MONTH_NAMES, pad2, serialFromYmd, ukFromSerial, yearMonthOfSerial } from './calendar';
import type { WorkbookSnapshot } from './snapshot';
import { readSettings } from './read/settings';
import { parseUkDateText } from './values/dates';
import { dateHint } from './check/date-hint';

import type { Analysis, AsOfSource } from './model';

export interface AsOf {
  readonly date: Serial;
  readonly source: AsOfSource;
}

/** Today's date as an Excel serial, from the clock the face trusts (local, or UTC in a flow). */
export function serialOfDate(now: Date, utc: boolean): Serial {
  return utc
    ? serialFromYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
    : serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Contract 8. `given` is the explicit date (null when none was given) with the
 * name of where it was given; `today` is today's serial, from `serialOfDate`.
 */
export function resolveAsOf(snapshot: WorkbookSnapshot, given: { readonly date: Serial; readonly label: string } | null, today: Serial): AsOf {
  if (given !== null) return { date: given.date, source: { kind: 'given', label: given.label } };
  const settings = readSettings(snapshot);
  const cell = settings.cells['As of'];
  if (settings.asOf !== null && settings.sheet !== null && cell !== undefined) {
    return { date: settings.asOf, source: { kind: 'settings', sheet: settings.sheet, cell } };
  }
  return { date: today, source: { kind: 'today' } };
}

/** A date a person typed: read, or why not (an impossible date is told apart from a wrong format). */
export type GivenDate =
  | { readonly ok: true; readonly date: Serial }
  | { readonly ok: false; readonly problem: 'empty' | 'impossible' | 'us-order' | 'format'; readonly message: string };

/**
 * Reads an explicit as-of date (`--as-of`, the pane's field, a script's
 * parameter) with the contract's own UK date reader (section 2): `30/09/2016`,
 * `2016-09-30`, `30 Sep 2016`, also `Sep 2016` (its last day). Never US order.
 * `name` starts the message (`--as-of`, `The as-of date`).
 */
export function readGivenDate(text: string, name: string): GivenDate {
  const t = text.trim();
  const example = ' Give it day first, as 30/09/2016, or as 2016-09-30.';
  if (t === '') return { ok: false, problem: 'empty', message: name + ' is empty.' + example };
  const date = parseUkDateText(t);
  if (date !== null) return { ok: true, date };
  const seen = name + ' "' + t + '"';
  const hint = dateHint(t);
  if (hint.kind === 'no-such-day') {
    const last = daysInMonth(hint.year, hint.month);
    return {
      ok: false,
      problem: 'impossible',
      message: seen + ' is not a real date: ' + MONTH_NAMES[hint.month - 1] + ' ' + String(hint.year) + ' has ' + String(last) +
        ' days. Check the day (the last day of that month is ' + pad2(last) + '/' + pad2(hint.month) + '/' + String(hint.year) + ').',
    };
  }
  if (hint.kind === 'bad-month') {
    return { ok: false, problem: 'impossible', message: seen + ' is not a real date: there is no month ' + String(hint.month) + '.' + example };
  }
  if (hint.kind === 'out-of-range') {
    return { ok: false, problem: 'impossible', message: seen + ' is outside the years Excel can hold (1900 to 9999).' + example };
  }
  if (hint.kind === 'us-order') {
    return {
      ok: false,
      problem: 'us-order',
      message: seen + ' reads as month ' + String(hint.month) + ': dates are day first (UK order). Did you mean ' + hint.suggestion + '?',
    };
  }
  return { ok: false, problem: 'format', message: seen + ' is not a date.' + example };
}

/** Where the date came from, for a person: `Settings!B5`, `--as-of`, `today`. */
export function describeAsOfSource(source: AsOfSource): string {
  if (source.kind === 'given') return source.label;
  if (source.kind === 'settings') return quoteSheet(source.sheet) + '!' + source.cell;
  return 'today';
}

/** `as of 30/09/2016 (Settings!B5)` */
export function describeAsOf(asOf: AsOf): string {
  return 'as of ' + ukFromSerial(asOf.date) + ' (' + describeAsOfSource(asOf.source) + ')';
}

/** The as-of date an analysis was made for, with where it came from. */
export function asOfOf(analysis: Analysis): AsOf {
  return { date: analysis.asOf, source: analysis.asOfSource };
}

/** The month a roll-up is for: always the as-of month (contract 8). */
export function rollupMonthOf(asOf: AsOf): YearMonth {
  return yearMonthOfSerial(asOf.date);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}
