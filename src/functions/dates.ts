/** PLAN.UKDATE's work (contract 2, Dates). */
import type { Serial } from '../core/calendar';
import type { ExcelValue } from './args';
import { dateArg, isBlank } from './args';
import type { Outcome } from './outcome';
import { ok } from './outcome';
import type { Blank } from './measures';

/** Date text the contract accepts -> serial; a real date passes through; blank stays blank. */
export function ukDateOf(value: ExcelValue): Outcome<Serial | Blank> {
  if (isBlank(value)) return ok('');
  const read = dateArg(value, 'text', 'error');
  if (!read.ok) return read;
  return ok(read.value === null ? '' : read.value);
}
