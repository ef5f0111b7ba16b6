/**
 * Reading custom-function arguments as Excel passes them: numbers, strings,
 * booleans, null (or undefined) for omitted arguments and empty cells, `''` for
 * empty text. Every reader goes through the same src/core value parsers the
 * check uses, so a formula and the check read a value alike.
 */
import type { Polarity, RawNumber, Status, ToleranceType, Unit } from '../core/model';
import type { Serial } from '../core/calendar';
import { serialOfDate } from '../core/as-of';
import {
  isNoDataMarker,
  parseNumberText,
  parsePolarity,
  parseStatus,
  parseToleranceType,
  parseUkDateText,
  parseUnit,
} from '../core/values';
import type { Outcome } from './outcome';
import { fail, ok } from './outcome';
import { memoText } from './memo';

/** Number text as the check reads it: a no-data marker (null), a number, or not a number (undefined). */
const readNumberText = memoText((text: string): RawNumber | null | undefined => {
  if (isNoDataMarker(text)) return null;
  const parsed = parseNumberText(text);
  return parsed === null ? undefined : { value: parsed.value, percentMarked: parsed.percentMarked, fromText: true };
});
const polarityOf = memoText(parsePolarity);
const unitOf = memoText(parseUnit);
const toleranceTypeOf = memoText(parseToleranceType);
const statusOf = memoText(parseStatus);
const ukDateOf = memoText(parseUkDateText);

/** One argument as Excel passes it. */
export type ExcelValue = number | string | boolean | null | undefined;

/** Excel's last date, 31 Dec 9999. */
const MAX_SERIAL = 2958465;

/** Omitted, empty cell, or text that is only spaces. */
export function isBlank(value: ExcelValue): value is null | undefined | string {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The value as a person would see it in a message: `'lots'`, `TRUE`, `-3`. */
export function shown(value: ExcelValue): string {
  if (typeof value === 'string') return "'" + value.trim() + "'";
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' || value === null || value === undefined) return String(value);
  // Excel may pass a data type (entity) to an `any` parameter.
  return 'a data value';
}

/** A number argument: null when blank or a no-data marker (`c`, `n/a`, `-`, ...); `58%` text is a marked fraction. */
export function numberArg(value: ExcelValue, name: string): Outcome<RawNumber | null> {
  if (typeof value === 'number') {
    return isFinite(value) ? ok({ value, percentMarked: false, fromText: false }) : fail(notNumber(name, value));
  }
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string') return fail(notNumber(name, value));
  const read = readNumberText(value);
  return read === undefined ? fail(notNumber(name, value)) : ok(read);
}

function notNumber(name: string, value: ExcelValue): string {
  return name + ' ' + shown(value) + ' is not a number. Give a number or a percentage like 58%, or leave it blank.';
}

/** An enumerated word: null when blank; a word not in the list is an error naming what is accepted. */
function wordArg<T>(value: ExcelValue, name: string, parse: (text: string) => T | null, expected: string): Outcome<T | null> {
  if (isBlank(value)) return ok(null);
  const found = typeof value === 'string' ? parse(value) : null;
  return found !== null ? ok(found) : fail(name + ' ' + shown(value) + ' is not recognised. Use ' + expected + '.');
}

export function polarityArg(value: ExcelValue): Outcome<Polarity | null> {
  return wordArg(value, 'polarity', polarityOf, 'Higher is better, Lower is better, Target (close to target is best) or Context');
}

export function unitArg(value: ExcelValue): Outcome<Unit | null> {
  return wordArg(value, 'unit', unitOf, '%, Number, Days or Rate');
}

export function toleranceTypeArg(value: ExcelValue): Outcome<ToleranceType | null> {
  return wordArg(value, 'tolerance_type', toleranceTypeOf, 'points, relative or value');
}

export function statusArg(value: ExcelValue): Outcome<Status | null> {
  return wordArg(
    value,
    'status',
    statusOf,
    'Not started, On track, At risk, Off track, Complete, Awaiting sign-off or Deferred',
  );
}

/**
 * A date argument: an Excel serial (whole days) or UK date text. Null when
 * blank. Text that is not a date is null when `textNotDate` is 'none' (a due
 * date of `Ongoing` is "no valid due date", contract 4.2) and an error when 'error'.
 */
export function dateArg(value: ExcelValue, name: string, textNotDate: 'none' | 'error'): Outcome<Serial | null> {
  if (typeof value === 'number') {
    return isFinite(value) && value >= 1 && value < MAX_SERIAL + 1 ? ok(Math.floor(value)) : fail(notDate(name, value));
  }
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string') return fail(notDate(name, value));
  const serial = ukDateOf(value);
  if (serial !== null) return ok(serial);
  return textNotDate === 'none' ? ok(null) : fail(notDate(name, value));
}

function notDate(name: string, value: ExcelValue): string {
  return name + ' ' + shown(value) + ' is not a date. Give a date, or UK date text like 31/12/2016, Dec 2016 or Q3 2016/17.';
}

/** Today's date as an Excel serial, in the local time zone (as Excel's TODAY()). */
export function todaySerial(now?: Date): Serial {
  return serialOfDate(now !== undefined ? now : new Date(), false);
}

/** The as-of date: today when left out. */
export function asOfArg(value: ExcelValue, now?: Date): Outcome<Serial> {
  const read = dateArg(value, 'as_of', 'error');
  if (!read.ok) return read;
  return ok(read.value !== null ? read.value : todaySerial(now));
}
