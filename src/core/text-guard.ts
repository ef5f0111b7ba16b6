/**
 * The one rule, for both Excel adapters, of which text Excel would not keep as
 * it is when it is set as a cell value: it would turn it into a formula (`=`,
 * `+`, `-`, `@`), a number or date (any digit: `1.10`, `2016-10`, `31/12`),
 * TRUE/FALSE, an error value (`#N/A`), or drop a leading apostrophe. Such text
 * is written as text: in a cell formatted `@`, or with a `'` in front where the
 * cell keeps its own format (CellWrite).
 */
export function needsTextGuard(text: string): boolean {
  return /^\s*[=+\-@#']/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** The text as it is set into a cell that keeps its own number format: with `'` in front when needed. */
export function guardedText(text: string): string {
  return needsTextGuard(text) ? "'" + text : text;
}
