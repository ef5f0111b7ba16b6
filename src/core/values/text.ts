/** Text cells: what the cell shows, trimmed (contract 2: refs are read as shown). */
import type { Cell, CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Read } from '../model';
import { BLANK_READ } from './blank';

/** The shown text (cell.text when non-empty, else the value as text), trimmed; errors stay errors. */
export function readText(cell: Cell): Read<string> {
  const v = cell.value;
  if (v === null) return BLANK_READ;
  if (typeof v === 'object' && isCellError(v)) return { kind: 'error', code: v.error };
  const text = shownTextOf(cell, v);
  return text === '' ? BLANK_READ : { kind: 'value', value: text };
}

/** Distinct texts a shared text column remembers (see sharedTextReader). */
const MAX_SHARED_TEXTS = 1000;

/**
 * A readText for one column of one table that hands out one Read per distinct
 * text: leads, measure lists, RAG words and stock updates repeat down a
 * column, and 50,000 rows should not hold 50,000 copies of a few Reads.
 * A column that turns out to hold mostly distinct texts (free-text updates,
 * say) fills the memory with few repeats, and from then on is read as
 * readText reads it, costing no more lookups. Reads are never changed, so
 * sharing them is safe. (Columns of one text per row, such as refs, use
 * readText itself.)
 */
export function sharedTextReader(): (cell: Cell) => Read<string> {
  const reads = new Map<string, Read<string>>();
  let repeats = 0;
  let sharing = true;
  return (cell) => {
    const v = cell.value;
    if (v === null) return BLANK_READ;
    if (typeof v === 'object' && isCellError(v)) return { kind: 'error', code: v.error };
    const text = shownTextOf(cell, v);
    if (text === '') return BLANK_READ;
    if (!sharing) return { kind: 'value', value: text };
    const known = reads.get(text);
    if (known !== undefined) {
      repeats++;
      return known;
    }
    const read: Read<string> = { kind: 'value', value: text };
    if (reads.size < MAX_SHARED_TEXTS) reads.set(text, read);
    else if (repeats < reads.size) sharing = false;
    return read;
  };
}

/**
 * The text readText reads from a cell whose value is not null and not an
 * error; '' when that is blank. For readers that look the text up rather than
 * keep it, so no Read is made only to be thrown away.
 */
export function shownTextOf(cell: Cell, v: CellValue): string {
  if (typeof v === 'string') {
    const trimmed = v.trim();
    if (trimmed === '') return '';
    // A text cell usually shows its value as it is: one trim then.
    if (cell.text === v) return trimmed;
    const shownText = typeof cell.text === 'string' ? cell.text.trim() : '';
    return shownText !== '' ? shownText : trimmed;
  }
  const shown = typeof cell.text === 'string' ? cell.text.trim() : '';
  return shown !== '' ? shown : valueText(v);
}

function valueText(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}
