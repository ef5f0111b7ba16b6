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
  const m = /(\d+)/.exec(ref);
  return m === null ? null : String(Number(m[1]));
}

/** A theme from a Theme cell or section text: numbered key, else the text itself (spaces collapsed). */
export function themeFromText(text: string): Theme | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  const n = leadingThemeNumber(t);
  return n !== null ? { key: n, label: t } : { key: t, label: t };
}

/**
 * The best label seen for each theme key, shared by both sheets: a section
 * row's text first, else a Theme cell that names more than the number, else
 * the key. Unnumbered keys that differ only in case or punctuation become one
 * (the first spelling seen).
 */
export interface ThemeBook {
  readonly sectionLabels: Map<string, string>;
  readonly cellLabels: Map<string, string>;
  readonly textKeys: Map<string, string>;
}

export function newThemeBook(): ThemeBook {
  return { sectionLabels: new Map(), cellLabels: new Map(), textKeys: new Map() };
}

function canonicalKey(book: ThemeBook, key: string): string {
  if (/^\d+$/.test(key)) return key;
  const mk = matchKey(key);
  const seen = book.textKeys.get(mk);
  if (seen !== undefined) return seen;
  book.textKeys.set(mk, key);
  return key;
}

/** Records a theme seen and returns it with its canonical key. */
export function noteTheme(book: ThemeBook, theme: Theme, fromSection: boolean): Theme {
  const key = canonicalKey(book, theme.key);
  const labels = fromSection ? book.sectionLabels : book.cellLabels;
  if (theme.label !== key && !labels.has(key)) labels.set(key, theme.label);
  return { key, label: theme.label };
}

/** The theme with the best label in the book. */
export function labelled(book: ThemeBook, theme: Theme | null): Theme | null {
  if (theme === null) return null;
  const s = book.sectionLabels.get(theme.key);
  if (s !== undefined) return { key: theme.key, label: s };
  const c = book.cellLabels.get(theme.key);
  return { key: theme.key, label: c !== undefined ? c : theme.key };
}
