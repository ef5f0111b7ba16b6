/** Numbers and no-data markers (contract 2). */
import type { Cell } from '../snapshot';
import { isCellError } from '../snapshot';
import type { RawNumber, Read } from '../model';
import { BLANK_READ } from './blank';
import { matchKey } from '../text';

const NO_DATA_WORDS: ReadonlyArray<string> = ['c', 'x', 'na', 'tbc'];
const NO_DATA_SYMBOLS: ReadonlyArray<string> = ['~', '-', '\u2013', '\u2014', '..', '...'];

/**
 * `c`, `~`, `x`, `n/a`, `N/A`, `-`, `TBC`, `..` (trimmed, any case; also `NA`,
 * `n.a.`, en/em dashes and `...`): suppressed or missing, never zero.
 */
export function isNoDataMarker(text: string): boolean {
  // Every marker has at most three letters or digits (`tbc`): anything with more, such as most text, is not one.
  if (alphanumericsOver3(text)) return false;
  const t = text.trim();
  if (t === '') return false;
  if (NO_DATA_SYMBOLS.indexOf(t.replace(/\s+/g, '')) >= 0) return true;
  // Letters-only markers: `N/A`, `n.a.`, `TBC`; `c1` or `tbc soon` are not markers.
  if (!/^[a-z./ ]+$/i.test(t)) return false;
  return NO_DATA_WORDS.indexOf(matchKey(t)) >= 0;
}

/** True when the text has more than three ASCII letters or digits (a cheap scan that stops at the fourth). */
function alphanumericsOver3(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      n++;
      if (n > 3) return true;
    }
  }
  return false;
}

export interface ParsedNumber {
  readonly value: number;
  readonly percentMarked: boolean;
}

/**
 * `58%` and `58 %` -> 0.58 (percent-marked); `1,234` -> 1234 (commas only as
 * thousands separators); `0.58`, `-3`, `+3`, `.5`; a leading `£` is allowed
 * (`£1,200` -> 1200). Null for anything else, including exponents and `1,23`.
 */
export function parseNumberText(text: string): ParsedNumber | null {
  let s = text.trim().replace(/\u2212/g, '-');
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const m = /^([+-])?\s*£?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/.exec(s);
  if (m === null) return null;
  const magnitude = Number(m[2].replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return null;
  const signed = m[1] === '-' ? -magnitude : magnitude;
  const value = percent ? signed / 100 : signed;
  return { value: value === 0 ? 0 : value, percentMarked: percent };
}

/** True when a number format shows a percentage (a `%` outside quotes). */
export function isPercentFormat(format: string): boolean {
  if (typeof format !== 'string' || format.indexOf('%') < 0) return false;
  return format.replace(/"[^"]*"/g, '').replace(/\\%/g, '').indexOf('%') >= 0;
}

/** Reads a number cell: a real number, number text, a no-data marker, or invalid. */
export function readNumber(cell: Cell): Read<RawNumber> {
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    return numberRead(v, isPercentFormat(cell.format));
  }
  if (v === null) return BLANK_READ;
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'TRUE' : 'FALSE' };
  const t = v.trim();
  if (t === '') return BLANK_READ;
  if (isNoDataMarker(t)) return { kind: 'no-data', marker: t };
  const parsed = parseNumberText(t);
  if (parsed === null) return { kind: 'invalid', text: t };
  return { kind: 'value', value: { value: parsed.value, percentMarked: parsed.percentMarked, fromText: true } };
}

/**
 * One shared Read per number of a real number cell (one table for plain cells,
 * one for `%`-formatted ones): measure tables repeat their targets, tolerances
 * and values, and each cell need not hold its own two objects. Reads are never
 * changed. -0 is not shared: a Map takes it for 0.
 */
const PLAIN_NUMBER_READS = new Map<number, Read<RawNumber>>();
const PERCENT_NUMBER_READS = new Map<number, Read<RawNumber>>();
const MAX_SHARED_NUMBERS = 20000;

function numberRead(value: number, percentMarked: boolean): Read<RawNumber> {
  const shared = value !== 0 || 1 / value > 0;
  const reads = percentMarked ? PERCENT_NUMBER_READS : PLAIN_NUMBER_READS;
  let read = shared ? reads.get(value) : undefined;
  if (read === undefined) {
    read = { kind: 'value', value: { value, percentMarked, fromText: false } };
    if (shared && reads.size < MAX_SHARED_NUMBERS) reads.set(value, read);
  }
  return read;
}
