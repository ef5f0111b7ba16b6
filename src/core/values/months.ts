/** Month names as people type them (contract 2 and 3.1). */

const MONTH_KEYS: ReadonlyArray<ReadonlyArray<string>> = [
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];

/** `Dec`, `December`, `sept` -> 12, 12, 9; null when not a month name. */
export function monthFromName(name: string): number | null {
  const key = name.trim().toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < MONTH_KEYS.length; i++) {
    if (MONTH_KEYS[i].indexOf(key) >= 0) return i + 1;
  }
  return null;
}

/**
 * Two-digit years: 00-69 -> 2000-2069, 70-99 -> 1970-1999 (docs/decisions.md).
 * Four-digit years are kept as they are.
 */
export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n <= 69 ? 2000 + n : 1900 + n;
}
