/**
 * A rectangular region of a sheet (the whole sheet, or an Excel table) with
 * merge-aware cell access (contract 1: a merged cell's text sits in its top-left cell).
 */
import type { Cell, SheetSnapshot } from '../snapshot';
import { BLANK_CELL, cellAt, isBlankCell } from '../snapshot';
import { parseArea } from '../address';

export interface Region {
  readonly sheet: SheetSnapshot;
  /** The Excel table's name when the region is a table. */
  readonly table: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Columns can reach XFD (16384), so row * COLS + col is a unique key. */
const COLS = 16384;

export interface Grid {
  readonly region: Region;
  /** Covered (non top-left) cell key -> its merge's top-left key. */
  readonly covered: ReadonlyMap<number, number>;
  /** The rows that have a covered cell: every other row reads its cells as stored. */
  readonly coveredRows: ReadonlySet<number>;
}

export function wholeSheet(sheet: SheetSnapshot): Region {
  let right = 0;
  // Indexed rather than for-of, here and in the engine's other loops over rows: until
  // a loop is optimised, for-of makes an iterator result object for every row.
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) if (rows[r].length - 1 > right) right = rows[r].length - 1;
  return { sheet, table: null, top: 0, left: 0, bottom: Math.max(0, sheet.rows.length - 1), right };
}

/** A table's region; null when its address cannot be read. */
export function tableRegion(sheet: SheetSnapshot, name: string, address: string): Region | null {
  const area = parseArea(address);
  if (area === null) return null;
  return { sheet, table: name, top: area.top, left: area.left, bottom: area.bottom, right: area.right };
}

export function makeGrid(region: Region): Grid {
  const covered = new Map<number, number>();
  const coveredRows = new Set<number>();
  for (const m of region.sheet.merges) {
    const area = parseArea(m);
    if (area === null) continue;
    const topLeft = area.top * COLS + area.left;
    // Only the part inside the region matters; clip so a huge merge cannot cost more than the region.
    const top = Math.max(area.top, region.top);
    const bottom = Math.min(area.bottom, region.bottom, region.sheet.rows.length - 1);
    const left = Math.max(area.left, region.left);
    const right = Math.min(area.right, region.right);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const key = r * COLS + c;
        if (key !== topLeft) {
          covered.set(key, topLeft);
          coveredRows.add(r);
        }
      }
    }
  }
  return { region, covered, coveredRows };
}

/** The cell as stored, with cells covered by a merge read as blank (some adapters repeat the value). */
export function rawCell(grid: Grid, row: number, col: number): Cell {
  if (grid.covered.size > 0 && grid.covered.has(row * COLS + col)) return BLANK_CELL;
  return cellAt(grid.region.sheet, row, col);
}

/**
 * The cell a data field reads: a cell under a vertical merge in its own column
 * takes the merge's value (a Lead merged over three actions leads all three);
 * cells covered sideways stay blank.
 */
export function dataCell(grid: Grid, row: number, col: number): Cell {
  const tl = grid.covered.size > 0 ? grid.covered.get(row * COLS + col) : undefined;
  if (tl === undefined) return cellAt(grid.region.sheet, row, col);
  const tlCol = tl % COLS;
  if (tlCol !== col) return BLANK_CELL;
  return cellAt(grid.region.sheet, Math.floor(tl / COLS), tlCol);
}

/** Column of the first non-blank cell between left and right, -2 when more than one is non-blank, -1 when none. */
export function soleNonBlankCol(grid: Grid, row: number, left: number, right: number): number {
  const cells = grid.region.sheet.rows[row];
  if (cells === undefined) return -1;
  const end = Math.min(right, cells.length - 1);
  const merged = grid.covered.size > 0;
  let found = -1;
  for (let c = left; c <= end; c++) {
    const cell = merged ? rawCell(grid, row, c) : cells[c];
    if (cell === undefined || isBlankCell(cell)) continue;
    if (found >= 0) return -2;
    found = c;
  }
  return found;
}

/** True when every stored cell of the row between left and right is blank (merge continuations count as blank). */
function isBlankRow(grid: Grid, row: number, left: number, right: number): boolean {
  const cells = grid.region.sheet.rows[row];
  if (cells === undefined) return true;
  const end = Math.min(right, cells.length - 1);
  for (let c = left; c <= end; c++) {
    if (!isBlankCell(rawCell(grid, row, c))) return false;
  }
  return true;
}

/** The last row of the region with a non-blank cell between left and right; -1 when none. */
export function lastNonBlankRow(grid: Grid, left: number, right: number): number {
  const bottom = Math.min(grid.region.bottom, grid.region.sheet.rows.length - 1);
  for (let r = bottom; r >= grid.region.top; r--) {
    if (!isBlankRow(grid, r, left, right)) return r;
  }
  return -1;
}
