/**
 * `cell-error` (contract 2 and 4.3): a read cell, in any column the product
 * reads, holds an Excel error. Other rules skip such a cell, so one cell gives
 * one finding.
 */
import type { MaybeField } from '../model';
import type { Pending } from './pending';
import { fieldAddress } from '../address';
import { pending } from './pending';

export interface LabelledField {
  /** What the column is, for people: `Due date`, `Sep 2016 value`. */
  readonly label: string;
  readonly field: MaybeField<unknown>;
}

/** One cell-error per errored cell; `owner` names the row (`action 2.1`, `measure CL1`, or `row 15`). */
export function cellErrors(sheet: string, ref: string | null, owner: string, fields: ReadonlyArray<LabelledField>): Pending[] {
  const out: Pending[] = [];
  for (const item of fields) {
    const f = item.field;
    if (f === null || f.read.kind !== 'error') continue;
    out.push(
      pending(
        'cell-error',
        'error',
        sheet,
        f,
        ref,
        item.label + ' in ' + fieldAddress(f) + ' (' + owner + ') holds the Excel error ' + f.read.code +
          '. Fix the formula or the cells it refers to, or type the value in.',
      ),
    );
  }
  return out;
}

/** True when the field is there and its cell holds an Excel error. */
export function isErrorField(f: MaybeField<unknown>): boolean {
  return f !== null && f.read.kind === 'error';
}
