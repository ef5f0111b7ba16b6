/** Text cells: what the cell shows, trimmed (contract 2: refs are read as shown). */
import type { Cell } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Read } from '../model';
import { BLANK_READ } from './blank';

/** The shown text (cell.text when non-empty, else the value as text), trimmed; errors stay errors. */
export function readText(cell: Cell): Read<string> {
  const v = cell.value;
  if (v === null) return BLANK_READ;
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'string' && v.trim() === '') return BLANK_READ;
  const shown = typeof cell.text === 'string' ? cell.text.trim() : '';
  const text = shown !== '' ? shown : valueText(v);
  return text === '' ? { kind: 'blank' } : { kind: 'value', value: text };
}

function valueText(v: number | string | boolean): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}
