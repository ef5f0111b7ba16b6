/** Shared reading of a located table: layout, section rows, data rows (contract 1). */
import type { Field, Read, SectionRow, TableLayout, Theme } from '../model';
import type { Cell } from '../snapshot';
import { BLANK_CELL } from '../snapshot';
import { a1 } from '../address';
import type { Grid, Region } from './grid';
import { dataCell, lastNonBlankRow, makeGrid, rawCell, soleNonBlankCol } from './grid';
import type { ColumnSpec } from './synonyms';
import type { HeaderCell, HeaderSearch } from './header';
import { assignColumns, findHeaderRow } from './header';
import { candidateRegions } from './locate';
import type { SheetKind } from './synonyms';
import type { WorkbookSnapshot } from '../snapshot';
import { readText } from '../values/text';
import type { ThemeBook } from './themes';
import { noteTheme, themeFromText } from './themes';

export interface Located {
  readonly grid: Grid;
  readonly header: HeaderSearch;
}

/** The best region for a kind: the first candidate with a header row, else the first candidate; null when none. */
export function locateTable(snapshot: WorkbookSnapshot, kind: SheetKind, specs: ReadonlyArray<ColumnSpec>): Located | null {
  let first: Located | null = null;
  for (const region of candidateRegions(snapshot, kind)) {
    const grid = makeGrid(region);
    const header = findHeaderRow(grid, specs);
    if (header.kind === 'found') return { grid, header };
    if (first === null) first = { grid, header };
  }
  return first;
}

export function layoutOf(
  grid: Grid,
  headerRow: number,
  cells: ReadonlyArray<HeaderCell>,
  specs: ReadonlyArray<ColumnSpec>,
  planYearStart: number,
): TableLayout {
  const region = grid.region;
  const lastCol = cells.length > 0 ? cells[cells.length - 1].col : region.left;
  const lastRow = Math.max(headerRow, lastNonBlankRow(grid, region.left, lastCol));
  return {
    sheet: region.sheet.name,
    headerRow,
    columns: assignColumns(specs, cells, planYearStart),
    headersSeen: cells.map((c) => c.text),
    lastCol,
    lastRow,
  };
}

const NO_CELLS: ReadonlyArray<Cell> = [];

/**
 * The cells a data row reads (dataCell's, by column), for readField: the row
 * as stored (none when it is not stored), or, for a row with a cell covered
 * by a merge, the row with each cell as dataCell gives it.
 */
export function rowCells(grid: Grid, row: number): ReadonlyArray<Cell> {
  if (grid.coveredRows.has(row)) {
    const cells: Cell[] = [];
    for (let c = 0; c <= grid.region.right; c++) cells.push(dataCell(grid, row, c));
    return cells;
  }
  const cells = grid.region.sheet.rows[row];
  return cells === undefined ? NO_CELLS : cells;
}

/** How to read one column of a table: where it is and its reader. */
export interface ColumnReader<T> {
  readonly col: number;
  readonly read: (cell: Cell) => Read<T>;
}

/** The reader of a column; null when the column is not in the sheet. */
export function columnReader<T>(col: number | undefined, read: (cell: Cell) => Read<T>): ColumnReader<T> | null {
  return col === undefined ? null : { col, read };
}

/**
 * Reads one field of a data row; null when the column is not in the sheet.
 * `cells` are the row's cells (rowCells), got once per row.
 */
export function readField<T>(row: number, cells: ReadonlyArray<Cell>, column: ColumnReader<T> | null): Field<T> | null {
  if (column === null) return null;
  const col = column.col;
  const stored = col < cells.length ? cells[col] : undefined;
  const cell = stored === undefined ? BLANK_CELL : stored;
  return { row, col, cell, read: column.read(cell) };
}

export type RowKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'section'; readonly text: string }
  | { readonly kind: 'data' };

const BLANK_ROW: RowKind = { kind: 'blank' };
const DATA_ROW: RowKind = { kind: 'data' };

/**
 * A section row has only its first cell non-blank (merged across or not).
 * A lone ref-like value (`1.5`, or a number) in the first cell when that column
 * is the Ref/ID column is a data row with the rest not yet filled in.
 */
function classifyRow(grid: Grid, row: number, left: number, right: number, firstIsRef: boolean): RowKind {
  const sole = soleNonBlankCol(grid, row, left, right);
  if (sole === -1) return BLANK_ROW;
  if (sole !== left) return DATA_ROW;
  const first = rawCell(grid, row, left);
  const text = readText(first);
  if (text.kind !== 'value') return DATA_ROW;
  if (firstIsRef && (typeof first.value === 'number' || /^\d+(\.\d+)+$/.test(text.value))) return DATA_ROW;
  return { kind: 'section', text: text.value };
}

/**
 * A walk down the rows below a table's header (see nextDataRow): where it has
 * got to, the theme of the last section row above, and the section rows seen.
 */
export interface RowWalk {
  readonly grid: Grid;
  readonly layout: TableLayout;
  readonly firstCol: number;
  readonly firstIsRef: boolean;
  readonly book: ThemeBook;
  readonly sections: SectionRow[];
  /** The data row the walk is on (0-based); the header row before the first. */
  row: number;
  sectionTheme: Theme | null;
}

export function startWalk(grid: Grid, layout: TableLayout, firstCol: number, firstIsRef: boolean, book: ThemeBook): RowWalk {
  return { grid, layout, firstCol, firstIsRef, book, sections: [], row: layout.headerRow, sectionTheme: null };
}

/**
 * Moves the walk to the next data row, skipping blank rows and noting section
 * rows (and their themes) on the way; false when there is none. Each table's
 * reader runs its own loop over this (rather than passing a callback to one
 * shared loop), so the engine compiles each loop once, for its own rows.
 */
export function nextDataRow(walk: RowWalk): boolean {
  const last = walk.layout.lastRow;
  for (let r = walk.row + 1; r <= last; r++) {
    const kind = classifyRow(walk.grid, r, walk.firstCol, walk.layout.lastCol, walk.firstIsRef);
    if (kind.kind === 'blank') continue;
    if (kind.kind === 'section') {
      walk.sections.push({ row: r, text: kind.text });
      const t = themeFromText(kind.text);
      walk.sectionTheme = t === null ? null : noteTheme(walk.book, t, true);
      continue;
    }
    walk.row = r;
    return true;
  }
  walk.row = last;
  return false;
}

/** The region's top-left cell, where a missing header is reported. */
export function regionOrigin(region: Region): string {
  return a1(region.top, region.left);
}
