/** How values seen in cells are shown inside messages. */
import type { Field, Read } from '../model';
import type { Cell } from '../snapshot';
import { isCellError } from '../snapshot';

/** Longest value quoted in a message; longer text is cut with an ellipsis. */
const MAX_QUOTE = 60;

/** What the cell shows, on one line and cut to a readable length (no quotes). */
export function shownText(cell: Cell): string {
  const text = typeof cell.text === 'string' ? cell.text.trim() : '';
  if (text !== '') return tidy(text);
  const v = cell.value;
  if (v === null) return '';
  if (isCellError(v)) return tidy(v.error);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return tidy(String(v));
}

/** The text a read saw: the invalid text, the no-data marker, the error code, else what the cell shows. */
export function seenText<T>(field: Field<T>): string {
  const r: Read<T> = field.read;
  if (r.kind === 'invalid') return tidy(r.text);
  if (r.kind === 'no-data') return tidy(r.marker);
  if (r.kind === 'error') return tidy(r.code);
  return shownText(field.cell);
}

/** `"text"` */
export function quote(text: string): string {
  return '"' + tidy(text) + '"';
}

function tidy(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_QUOTE ? one.slice(0, MAX_QUOTE - 1) + '\u2026' : one;
}
