/**
 * Matching keys for every enumerated word, header and officer name: case-,
 * space- and punctuation-insensitive (contract sections 1 and 4.2).
 * `Due date:` -> `duedate`, `Who?` -> `who`, `Complete - awaiting sign-off` -> `completeawaitingsignoff`.
 * Symbols that carry meaning on their own (`#`, `%`, `↑`, `↓`) are kept when they are all there is.
 */
export function matchKey(text: string): string {
  const lower = text.toLowerCase().trim();
  const key = lower.replace(/[^a-z0-9]/g, '');
  if (key !== '') return key;
  return lower.replace(/\s+/g, '');
}

/** `1 error`, `3 errors`: counts in messages for people. */
export function plural(n: number, word: string): string {
  return String(n) + ' ' + word + (n === 1 ? '' : 's');
}
