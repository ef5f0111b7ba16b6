/**
 * Owned columns (contract 5): found by header text in the table's header row
 * and rewritten in place, or appended to the right of the table, in order.
 */
import type { TableLayout } from '../model';
import type { ColumnWrite, WriteValue } from '../writes';
import type { SheetSnapshot, Cell } from '../snapshot';
import { cellAt, isBlankCell } from '../snapshot';
import { matchKey } from '../text';

/** One cell of an owned column. */
export interface OwnedCell {
  readonly value: WriteValue;
  /** Per-cell number format; null to use the column's. */
  readonly format: string | null;
}

export interface OwnedColumnSpec {
  readonly header: string;
  readonly numberFormat: string | null;
  readonly rag: boolean;
  /** The value for a 0-based sheet row; null value for rows that are not data rows. */
  readonly cellFor: (row: number) => OwnedCell;
}

function headerKey(cell: Cell): string {
  if (typeof cell.value === 'string') return matchKey(cell.value);
  return cell.text !== '' ? matchKey(cell.text) : '';
}

/** Last non-blank row in a column at or below `from`; `from - 1` when none. */
function lastFilledRow(sheet: SheetSnapshot, col: number, from: number): number {
  let last = from - 1;
  for (let r = from; r < sheet.rows.length; r++) if (!isBlankCell(cellAt(sheet, r, col))) last = r;
  return last;
}

function blockIsBlank(sheet: SheetSnapshot, left: number, width: number, top: number, bottom: number): boolean {
  for (let c = left; c < left + width; c++) {
    for (let r = top; r <= bottom; r++) if (!isBlankCell(cellAt(sheet, r, c))) return false;
  }
  return true;
}

/**
 * Column writes for the specs on one table. Present columns are rewritten in
 * place down to the table's last row or their own last filled cell, whichever
 * is lower (clearing values left by an earlier, longer run). Missing columns
 * go right of the table in spec order, starting at the first column whose
 * cells from the header row down are all blank, so no other cell is touched.
 */
export function ownedColumnWrites(sheet: SheetSnapshot, layout: TableLayout, specs: ReadonlyArray<OwnedColumnSpec>): ColumnWrite[] {
  const headerRow = layout.headerRow;
  const headerCells = sheet.rows[headerRow] !== undefined ? sheet.rows[headerRow] : [];
  const found: Record<string, number> = {};
  let rightmost = layout.lastCol;
  headerCells.forEach((c, i) => {
    const k = headerKey(c);
    if (k !== '' && found[k] === undefined) found[k] = i;
    if (!isBlankCell(c) && i > rightmost) rightmost = i;
  });
  const missing = specs.filter((s) => found[matchKey(s.header)] === undefined);
  let start = rightmost + 1;
  while (missing.length > 0 && !blockIsBlank(sheet, start, missing.length, headerRow, Math.max(layout.lastRow, headerRow))) start++;

  const out: ColumnWrite[] = [];
  let next = start;
  for (const spec of specs) {
    const existing = found[matchKey(spec.header)];
    const isNew = existing === undefined;
    const col = isNew ? next++ : existing;
    const lastRow = isNew ? layout.lastRow : Math.max(layout.lastRow, lastFilledRow(sheet, col, headerRow + 1));
    const values: WriteValue[] = [];
    const formats: Array<string | null> = [];
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const cell = spec.cellFor(r);
      values.push(cell.value);
      formats.push(cell.format);
    }
    const base = {
      sheet: layout.sheet,
      col,
      headerRow,
      header: isNew ? spec.header : headerCells[col] !== undefined && typeof headerCells[col].value === 'string' ? String(headerCells[col].value) : spec.header,
      isNew,
      firstRow: headerRow + 1,
      values,
      numberFormat: spec.numberFormat,
      rag: spec.rag,
    };
    out.push(formats.some((f) => f !== null) ? Object.assign({}, base, { numberFormats: formats }) : base);
  }
  return out;
}
