import type { MaybeField } from '../model';

/** The value a field was read as, or null when the column is missing or the cell is blank, no data, invalid or an error. */
export function fieldValue<T>(field: MaybeField<T>): T | null {
  return field !== null && field.read.kind === 'value' ? field.read.value : null;
}

/**
 * A text field as a person would quote it: the value read, the no-data marker
 * or invalid text as typed, else what the cell shows; '' for a missing column.
 */
export function fieldText<T>(field: MaybeField<T>): string {
  if (field === null) return '';
  const read = field.read;
  if (read.kind === 'value' && typeof read.value === 'string') return read.value;
  if (read.kind === 'no-data') return read.marker;
  if (read.kind === 'invalid') return read.text;
  return field.cell.text;
}
