/**
 * A finding on its way out, with the 0-based column of its cell so that the
 * findings of one row can be put in column order (contract 4.3 ordering, as
 * the brief asks: rows in order, and within a row, columns in order).
 */
import type { Finding, RuleId, Severity } from '../findings';

export interface Pending {
  readonly col: number;
  readonly finding: Finding;
}

/** Where a finding points: a cell (0-based column and its A1 address). */
export interface Spot {
  readonly col: number;
  readonly address: string;
}

export function pending(
  rule: RuleId,
  severity: Severity,
  sheet: string,
  spot: Spot,
  ref: string | null,
  message: string,
): Pending {
  return { col: spot.col, finding: { rule, severity, sheet, cell: spot.address, ref, message } };
}

/** The findings of one row in column order; findings in the same cell keep the order they were made in. */
export function inColumnOrder(items: ReadonlyArray<Pending>): Finding[] {
  const indexed = items.map((item, i) => ({ item, i }));
  indexed.sort((a, b) => (a.item.col !== b.item.col ? a.item.col - b.item.col : a.i - b.i));
  return indexed.map((x) => x.item.finding);
}
