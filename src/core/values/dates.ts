/** Dates (contract 2): a real Excel serial first, else UK-order text. Never US order. */
import type { Cell } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Read } from '../model';
import { BLANK_READ } from './blank';
import type { Serial } from '../calendar';
import { daysInMonth, isValidYmd, serialFromYmd } from '../calendar';
import { expandYear, monthFromName } from './months';

/** Excel's own range: 1 Jan 1900 .. 31 Dec 9999. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
const MAX_SERIAL = 2958465;

function ymdSerial(year: number, month: number, day: number): Serial | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null;
}

function monthEnd(year: number, month: number): Serial | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  return serialFromYmd(year, month, daysInMonth(year, month));
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A text date with a day: `dd/mm/yyyy`, `d/m/yy`, `dd.mm.yyyy`, `dd-mm-yyyy`,
 * `yyyy-mm-dd`, `1 Dec 2016`, `01-Dec-16`, `1st December 2016`. Null otherwise.
 */
export function parseDayDateText(text: string): Serial | null {
  const s = normalise(text);
  let m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (m !== null) return ymdSerial(expandYear(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m !== null) return ymdSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\.?,?[ -](\d{2}|\d{4})$/.exec(s);
  if (m !== null) {
    const month = monthFromName(m[2]);
    return month === null ? null : ymdSerial(expandYear(m[3]), month, Number(m[1]));
  }
  return null;
}

/** `Dec 2016`, `December 2016`, `Dec-16`, `Dec 16` -> last day of that month. */
function parseMonthOnly(s: string): Serial | null {
  const m = /^([a-z]+)\.?[ -](\d{2}|\d{4})$/.exec(s);
  if (m === null) return null;
  const month = monthFromName(m[1]);
  return month === null ? null : monthEnd(expandYear(m[2]), month);
}

/** Quarter ends of the UK financial year: Q1 30 Jun, Q2 30 Sep, Q3 31 Dec, Q4 31 Mar (next year). */
const QUARTER_END_MONTH: ReadonlyArray<number> = [6, 9, 12, 3];

/** `Q3 2016/17`, `Q3 2016-17`, `Q3 16/17`, `Q3 2016/2017`, `2016/17 Q3`. */
function parseQuarter(s: string): Serial | null {
  let m = /^q([1-4]) ?(\d{2}|\d{4}) ?[/-] ?(\d{2}|\d{4})$/.exec(s);
  let q: string;
  let y1: string;
  let y2: string;
  if (m !== null) {
    q = m[1];
    y1 = m[2];
    y2 = m[3];
  } else {
    m = /^(\d{2}|\d{4}) ?[/-] ?(\d{2}|\d{4}) ?q([1-4])$/.exec(s);
    if (m === null) return null;
    y1 = m[1];
    y2 = m[2];
    q = m[3];
  }
  const start = expandYear(y1);
  const end = y2.length === 4 ? Number(y2) : expandYear(y2);
  // The second year must follow the first (`2016/17`); `2016/18` is not a financial year.
  if (end % 100 !== (start + 1) % 100 || (y2.length === 4 && end !== start + 1)) return null;
  const quarter = Number(q);
  const month = QUARTER_END_MONTH[quarter - 1];
  return monthEnd(quarter === 4 ? start + 1 : start, month);
}

/** Every text date form of contract 2; null for anything else (`Ongoing`, `12/31/2016`, `31/02/2016`). */
export function parseUkDateText(text: string): Serial | null {
  const s = normalise(text);
  if (s === '') return null;
  const day = parseDayDateText(s);
  if (day !== null) return day;
  const month = parseMonthOnly(s);
  if (month !== null) return month;
  return parseQuarter(s);
}

/** Reads a date cell: a real number is an Excel serial (its whole days); text goes through parseUkDateText. */
export function readDate(cell: Cell): Read<Serial> {
  const v = cell.value;
  if (typeof v === 'number') {
    if (Number.isFinite(v) && v >= 1 && v < MAX_SERIAL + 1) return serialRead(Math.floor(v));
    return { kind: 'invalid', text: shown(cell, String(v)) };
  }
  if (v === null) return BLANK_READ;
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'boolean') return { kind: 'invalid', text: shown(cell, v ? 'TRUE' : 'FALSE') };
  const t = v.trim();
  if (t === '') return BLANK_READ;
  const serial = parseUkDateText(t);
  return serial === null ? { kind: 'invalid', text: t } : serialRead(serial);
}

/** One shared Read per date: a plan repeats its dates, and each cell need not hold its own copy. */
const SERIAL_READS = new Map<number, Read<Serial>>();
const MAX_SHARED_SERIALS = 20000;

function serialRead(serial: Serial): Read<Serial> {
  let read = SERIAL_READS.get(serial);
  if (read === undefined) {
    read = { kind: 'value', value: serial };
    if (SERIAL_READS.size < MAX_SHARED_SERIALS) SERIAL_READS.set(serial, read);
  }
  return read;
}

function shown(cell: Cell, fallback: string): string {
  const t = typeof cell.text === 'string' ? cell.text.trim() : '';
  return t !== '' ? t : fallback;
}
