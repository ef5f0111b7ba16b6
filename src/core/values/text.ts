/** Text cells: what the cell shows, trimmed (contract 2: refs are read as shown). */
import type { Cell, CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Read } from '../model';
import { BLANK_READ } from './blank';

/** The shown text (cell.text when non-empty, else the value as text), trimmed; errors stay errors. */
export function readText(cell: Cell): Read<string> {
  const v = cell.value;
  if (v === null) return BLANK_READ;
  if (isCellError(v)) return { kind: 'error', code: v.error };
  const text = shownTextOf(cell, v);
  return text === '' ? BLANK_READ : { kind: 'value', value: text };
}

/**
 * The text readText reads from a cell whose value is not null and not an
 * error; '' when that is blank. For readers that look the text up rather than
 * keep it, so no Read is made only to be thrown away.
 */
export function shownTextOf(cell: Cell, v: CellValue): string {
  if (typeof v === 'string' && v.trim() === '') return '';
  const shown = typeof cell.text === 'string' ? cell.text.trim() : '';
  return shown !== '' ? shown : valueText(v);
}

function valueText(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}
