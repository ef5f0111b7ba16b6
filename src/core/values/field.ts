import type { MaybeField } from '../model';

/** The value a field was read as, or null when the column is missing or the cell is blank, no data, invalid or an error. */
export function fieldValue<T>(field: MaybeField<T>): T | null {
  return field !== null && field.read.kind === 'value' ? field.read.value : null;
}
