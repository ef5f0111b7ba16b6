/**
 * Themes (contract 4.2): the Theme column's leading number if it has one
 * (`2. Care leavers` -> `2`), else its text; else the ref's first number; else
 * the section row above (`2. Improve outcomes ...` -> `2`, unnumbered -> its text).
 */
import type { Theme } from '../model';
import { matchKey } from '../text';

/** `2. Care leavers`, `Theme 2: ...`, `Priority 2`, `02` -> `2`; null when the text does not start with a number. */
export function leadingThemeNumber(text: string): string | null {
  const m = /^\s*(?:(?:theme|priority|area|section|workstream)\s*)?(\d+)(?!\d)/i.exec(text);
  return m === null ? null : String(Number(m[1]));
}

/** The ref's first number: `2.3` -> `2`, `1.10.2` -> `1`; null when the ref has no digits. */
export function refThemeNumber(ref: string): string | null {
  // The first run of digits, scanned rather than matched: this runs for every action row.
  const n = ref.length;
  let i = 0;
  while (i < n && !isDigit(ref.charCodeAt(i))) i++;
  if (i === n) return null;
  let j = i + 1;
  while (j < n && isDigit(ref.charCodeAt(j))) j++;
  if (j === i + 1) return ref.charAt(i);
  const digits = ref.slice(i, j);
  // Without a leading zero, and short enough to be exact, the digits are already the number as text.
  return ref.charCodeAt(i) !== 48 && j - i <= 15 ? digits : String(Number(digits));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A theme from a Theme cell or section text: numbered key, else the text itself (spaces collapsed). */
export function themeFromText(text: string): Theme | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  const n = leadingThemeNumber(t);
  return n !== null ? { key: n, label: t } : { key: t, label: t };
}

/** A theme shared by every row with its key, so its label can improve as better names are seen. */
interface SharedTheme {
  key: string;
  label: string;
}

/**
 * The themes seen on both sheets, one object per key, each with the best label
 * seen: a section row's text first, else a Theme cell that names more than the
 * number (first seen wins within each), else the key. Unnumbered keys that
 * differ only in case or punctuation become one (the first spelling seen).
 */
export interface ThemeBook {
  readonly themes: Map<string, SharedTheme>;
  readonly ranks: Map<string, number>;
  readonly textKeys: Map<string, string>;
  /** Theme cell text -> what noteCellTheme gave for it (noting the same text again changes nothing). */
  readonly cellThemes: Map<string, Theme | null>;
}

export function newThemeBook(): ThemeBook {
  return { themes: new Map(), ranks: new Map(), textKeys: new Map(), cellThemes: new Map() };
}

function canonicalKey(book: ThemeBook, key: string): string {
  if (/^\d+$/.test(key)) return key;
  const mk = matchKey(key);
  const seen = book.textKeys.get(mk);
  if (seen !== undefined) return seen;
  book.textKeys.set(mk, key);
  return key;
}

/** Records a theme seen and returns the shared theme for its key. */
export function noteTheme(book: ThemeBook, theme: Theme, fromSection: boolean): Theme {
  const key = canonicalKey(book, theme.key);
  let shared = book.themes.get(key);
  if (shared === undefined) {
    shared = { key, label: key };
    book.themes.set(key, shared);
    book.ranks.set(key, 0);
  }
  const rank = theme.label === key ? 0 : fromSection ? 2 : 1;
  const had = book.ranks.get(key);
  if (had === undefined || rank > had) {
    shared.label = theme.label;
    book.ranks.set(key, rank);
  }
  return shared;
}

/** The theme a ref's theme number names (key and label both the number): noteTheme, without a new Theme per row once the key is known. */
export function noteRefTheme(book: ThemeBook, n: string): Theme {
  // A key already in the book is its own canonical key, and a label that is only the key never improves one.
  const shared = book.themes.get(n);
  return shared !== undefined ? shared : noteTheme(book, { key: n, label: n }, false);
}

/** Distinct Theme cell texts remembered per book; a column of free text cannot grow it past this. */
const MAX_CELL_THEMES = 1000;

/** themeFromText of a Theme cell's text, noted (not as a section); null when the text names no theme. */
export function noteCellTheme(book: ThemeBook, text: string): Theme | null {
  const known = book.cellThemes.get(text);
  if (known !== undefined) return known;
  const t = themeFromText(text);
  const theme = t === null ? null : noteTheme(book, t, false);
  if (book.cellThemes.size < MAX_CELL_THEMES) book.cellThemes.set(text, theme);
  return theme;
}
