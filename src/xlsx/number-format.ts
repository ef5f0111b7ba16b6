/**
 * The text Excel would show for a value under a number format, for the formats
 * trackers use: General, fixed decimals, thousands separators, percentages,
 * currency and literal text, and dates/times (`dd/mm/yyyy`, `d-mmm-yy`,
 * `mmm-yy`, `mmmm yyyy`, ...). exceljs's own `cell.text` ignores number formats.
 *
 * Locale: en-GB. Excel's built-in short date (format id 14, which exceljs names
 * `mm-dd-yy`) shows `dd/mm/yyyy` on a UK machine, so it is reported that way.
 */
import type { CellValue } from '../core/snapshot';
import { ymdFromSerial } from '../core/calendar';

/** Built-in formats whose look depends on the machine's locale, as a UK machine shows them. */
const LOCALE_FORMATS: Readonly<Record<string, string>> = {
  'mm-dd-yy': 'dd/mm/yyyy',
  'm/d/yy "h":mm': 'dd/mm/yyyy hh:mm',
  'm/d/yy h:mm': 'dd/mm/yyyy hh:mm',
};

/** The number format as a UK user sees it in Excel (`General` when none). */
export function normaliseFormat(format: string | undefined | null): string {
  if (format === undefined || format === null || format === '') return 'General';
  const local = LOCALE_FORMATS[format];
  return local !== undefined ? local : format;
}

/** The text Excel shows for `value` under `format` (already normalised). */
export function shownText(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return formatNumber(value, format);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatNumber(n: number, format: string): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const trimmed = format.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'general') return formatGeneral(n);
  const sections = parsedSections(trimmed);
  let section = sections[0];
  let value = n;
  let addMinus = n < 0;
  if (n < 0 && sections.length >= 2) {
    section = sections[1];
    value = -n;
    addMinus = false;
  } else if (n === 0 && sections.length >= 3) {
    section = sections[2];
  }
  if (addMinus) value = -n;
  const body = section.isDate ? formatDate(value, section.tokens) : formatDigits(value, section.tokens);
  if (body === null) return formatGeneral(n);
  return addMinus ? '-' + body : body;
}

/** Excel's General: up to 11 characters, scientific for very large or very small numbers. */
export function formatGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1e11 || abs < 1e-5) {
    const [mantissa, exponent] = abs.toExponential(5).split('e');
    const exp = Number(exponent);
    const m = trimZeros(mantissa);
    return sign + m + 'E' + (exp < 0 ? '-' : '+') + pad2(Math.abs(exp));
  }
  const intDigits = Math.floor(abs) === 0 ? 1 : String(Math.floor(abs)).length;
  const decimals = Math.max(0, 10 - intDigits);
  const text = trimZeros(roundTo(abs, decimals).toFixed(decimals));
  return text === '0' ? '0' : sign + text;
}

// ---------------------------------------------------------------------------
// Tokens

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string };

interface ParsedSection {
  readonly tokens: ReadonlyArray<Token>;
  readonly isDate: boolean;
}

/** Parsed formats, by format text: a sheet uses a handful of formats over many cells. */
const PARSED = new Map<string, ReadonlyArray<ParsedSection>>();
const PARSED_LIMIT = 500;

function parsedSections(format: string): ReadonlyArray<ParsedSection> {
  const known = PARSED.get(format);
  if (known !== undefined) return known;
  const parsed = splitSections(format).map((text) => {
    const tokens = tokenize(text);
    return { tokens, isDate: isDateFormat(tokens) };
  });
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(format, parsed);
  return parsed;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !inQuote && i + 1 < format.length) {
      current += ch + format[i + 1];
      i++;
      continue;
    }
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '[' && !inQuote) inBracket = true;
    else if (ch === ']' && !inQuote) inBracket = false;
    if (ch === ';' && !inQuote && !inBracket) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section.slice(i + 1, i + 2) });
      i += 2;
    } else if (ch === '_') {
      tokens.push({ kind: 'literal', text: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      // [$£-809] -> £ ; [Red], [$-809], [>=100] -> nothing
      if (inner.startsWith('$')) {
        const symbol = inner.slice(1).split('-')[0];
        if (symbol !== '') tokens.push({ kind: 'literal', text: symbol });
      }
      i = stop + 1;
    } else if (/^(AM\/PM|am\/pm)/.test(section.slice(i, i + 5))) {
      tokens.push({ kind: 'code', text: 'AM/PM' });
      i += 5;
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'code', text: section.slice(i, j).toLowerCase() });
      i = j;
    } else if (/[0#?.,%eE+@]/.test(ch)) {
      tokens.push({ kind: 'code', text: ch });
      i += 1;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i += 1;
    }
  }
  return tokens;
}

function isDateFormat(tokens: ReadonlyArray<Token>): boolean {
  let dateCodes = 0;
  for (const t of tokens) {
    if (t.kind !== 'code') continue;
    if (/^[dmyhs]+$/.test(t.text) || t.text === 'AM/PM') dateCodes++;
    else if (t.text === '0' || t.text === '#' || t.text === '?') return false;
  }
  return dateCodes > 0;
}

// ---------------------------------------------------------------------------
// Dates

function formatDate(serial: number, tokens: ReadonlyArray<Token>): string | null {
  if (serial < 0 || serial >= 2958466) return null;
  const day = Math.floor(serial);
  const { year, month, day: dom } = ymdFromSerial(day);
  const weekday = new Date(Date.UTC(year, month - 1, dom)).getUTCDay();
  const seconds = Math.round((serial - day) * 86400) % 86400;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  const twelveHour = tokens.some((t) => t.kind === 'code' && t.text === 'AM/PM');
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    const code = t.text;
    if (code === 'AM/PM') {
      out += hours < 12 ? 'AM' : 'PM';
    } else if (code[0] === 'y') {
      out += code.length <= 2 ? pad2(year % 100) : String(year);
    } else if (code[0] === 'd') {
      if (code.length === 1) out += String(dom);
      else if (code.length === 2) out += pad2(dom);
      else if (code.length === 3) out += DAYS[weekday];
      else out += DAYS_LONG[weekday];
    } else if (code[0] === 'h') {
      const h = twelveHour ? (hours % 12 === 0 ? 12 : hours % 12) : hours;
      out += code.length === 1 ? String(h) : pad2(h);
    } else if (code[0] === 's') {
      out += code.length === 1 ? String(secs) : pad2(secs);
    } else if (code[0] === 'm') {
      if (code.length <= 2 && isMinuteContext(tokens, k)) {
        out += code.length === 1 ? String(minutes) : pad2(minutes);
      } else if (code.length === 1) out += String(month);
      else if (code.length === 2) out += pad2(month);
      else if (code.length === 3) out += MONTHS[month - 1];
      else if (code.length === 4) out += MONTHS_LONG[month - 1];
      else out += MONTHS_LONG[month - 1].charAt(0);
    } else {
      out += code;
    }
  }
  return out;
}

/** `m`/`mm` means minutes right after an hour code or right before a seconds code. */
function isMinuteContext(tokens: ReadonlyArray<Token>, index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'code') return t.text[0] === 'h';
  }
  for (let k = index + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'code') return t.text[0] === 's';
  }
  return false;
}

// ---------------------------------------------------------------------------
// Digits

function formatDigits(value: number, tokens: ReadonlyArray<Token>): string | null {
  const codes = tokens.filter((t) => t.kind === 'code').map((t) => t.text);
  if (codes.indexOf('e') >= 0 || codes.indexOf('E') >= 0) return formatScientific(value, codes);
  const percents = codes.filter((c) => c === '%').length;
  let scaled = value * Math.pow(100, percents);
  // Placeholders: integer part before '.', decimals after it.
  const firstDigit = tokens.findIndex((t) => t.kind === 'code' && /[0#?]/.test(t.text));
  if (firstDigit < 0) {
    if (codes.indexOf('@') >= 0) return null;
    // No digit placeholders: only literals (and maybe `@`), e.g. `"n/a"`.
    return tokens.map((t) => (t.kind === 'literal' ? t.text : t.text === '%' ? '%' : '')).join('');
  }
  let lastDigit = firstDigit;
  for (let k = firstDigit; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'code' && /[0#?.,]/.test(t.text)) lastDigit = k;
    else break;
  }
  const pattern = tokens.slice(firstDigit, lastDigit + 1).map((t) => t.text).join('');
  // Trailing commas scale by 1000 each.
  let core = pattern;
  while (core.endsWith(',')) {
    scaled /= 1000;
    core = core.slice(0, -1);
  }
  const dot = core.indexOf('.');
  const intPattern = dot >= 0 ? core.slice(0, dot) : core;
  const decPattern = dot >= 0 ? core.slice(dot + 1).replace(/,/g, '') : '';
  const grouping = intPattern.indexOf(',') >= 0;
  const minInt = (intPattern.match(/0/g) || []).length;
  const minDec = (decPattern.match(/0/g) || []).length;
  const maxDec = decPattern.length;
  const rounded = roundTo(scaled, maxDec);
  let [intText, decText] = rounded.toFixed(maxDec).split('.');
  if (decText === undefined) decText = '';
  while (decText.length > minDec && decText.endsWith('0')) decText = decText.slice(0, -1);
  if (intText === '0' && minInt === 0) intText = '';
  while (intText.length < minInt) intText = '0' + intText;
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = intText + (dot >= 0 && (decText !== '' || decPattern.length > 0) ? '.' + decText : '');
  const before = renderAround(tokens.slice(0, firstDigit));
  const after = renderAround(tokens.slice(lastDigit + 1));
  return before + (number === '' || number === '.' ? (number === '.' ? '.' : '') : number) + after;
}

function renderAround(tokens: ReadonlyArray<Token>): string {
  return tokens.map((t) => (t.kind === 'literal' ? t.text : t.text === '%' ? '%' : t.text === '@' ? '' : /[0#?.,]/.test(t.text) ? '' : t.text)).join('');
}

function formatScientific(value: number, codes: ReadonlyArray<string>): string {
  const dot = codes.indexOf('.');
  const eIndex = codes.findIndex((c) => c === 'e' || c === 'E');
  const decimals = dot >= 0 && dot < eIndex ? codes.slice(dot + 1, eIndex).filter((c) => /[0#?]/.test(c)).length : 0;
  const [mantissa, exponent] = value.toExponential(decimals).split('e');
  const exp = Number(exponent);
  return mantissa.toUpperCase() + 'E' + (exp < 0 ? '-' : '+') + pad2(Math.abs(exp));
}

// ---------------------------------------------------------------------------
// Helpers

/** Rounds half away from zero at `decimals` places, as Excel does (after 15 significant digits). */
function roundTo(value: number, decimals: number): number {
  const clean = Number(value.toPrecision(15));
  const sign = clean < 0 ? -1 : 1;
  const abs = String(Math.abs(clean));
  if (abs.indexOf('e') >= 0) return sign * (Math.round(Math.abs(clean) * Math.pow(10, decimals)) / Math.pow(10, decimals));
  const shifted = Math.round(Number(abs + 'e' + decimals));
  return sign * Number(shifted + 'e-' + decimals);
}

function trimZeros(text: string): string {
  if (text.indexOf('.') < 0) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

function pad2(n: number): string {
  return n < 10 ? '0' + String(n) : String(n);
}

/** Whether a number format shows dates or times (its first section has date codes and no digit codes). */
export function isDateNumberFormat(format: string): boolean {
  const sections = parsedSections(normaliseFormat(format));
  return sections.length > 0 && sections[0].isDate;
}
