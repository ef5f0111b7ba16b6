/**
 * A finding on its way out, with the 0-based column of its cell so that the
 * findings of one row can be put in column order (contract 4.3 ordering, as
 * the brief asks: rows in order, and within a row, columns in order).
 */
import type { Finding, RuleId, Severity } from '../findings';
import type { CellRef } from '../address';
import { fieldAddress } from '../address';

export interface Pending {
  readonly col: number;
  readonly finding: Finding;
}

/** Where a finding points: a cell (0-based row and column), such as a Field. */
export type Spot = CellRef;

export function pending(
  rule: RuleId,
  severity: Severity,
  sheet: string,
  spot: Spot,
  ref: string | null,
  message: string,
): Pending {
  return { col: spot.col, finding: { rule, severity, sheet, cell: fieldAddress(spot), ref, message } };
}

/**
 * Appends the findings of one row to `out` in column order; findings in the
 * same cell keep the order they were made in. Sorts `items` in place (a
 * stable insertion sort: a row has a handful of findings at most).
 */
export function pushInColumnOrder(items: Pending[], out: Finding[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= 0 && items[j].col > item.col) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
  for (let i = 0; i < items.length; i++) out.push(items[i].finding);
}
