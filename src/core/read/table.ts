/** Shared reading of a located table: layout, section rows, data rows (contract 1). */
import type { Field, Read, SectionRow, TableLayout, Theme } from '../model';
import type { Cell } from '../snapshot';
import { BLANK_CELL } from '../snapshot';
import { a1, columnLetters } from '../address';
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

const LETTERS: string[] = [];

/** Column letters, cached (filled in order, so the table stays a plain array): a1() per field would rebuild them for every cell. */
function letters(col: number): string {
  while (LETTERS.length <= col) LETTERS.push(columnLetters(LETTERS.length));
  return LETTERS[col];
}

const NO_CELLS: ReadonlyArray<Cell> = [];

/** The stored cells of a sheet row (none when the row is not stored), for readField. */
export function rowCells(grid: Grid, row: number): ReadonlyArray<Cell> {
  const cells = grid.region.sheet.rows[row];
  return cells === undefined ? NO_CELLS : cells;
}

/**
 * Reads one field of a data row; null when the column is not in the sheet.
 * `rowText` is the row's number as A1 shows it (`String(row + 1)`) and
 * `cells` its stored cells (rowCells), both got once per row.
 */
export function readField<T>(
  grid: Grid,
  row: number,
  rowText: string,
  cells: ReadonlyArray<Cell>,
  col: number | undefined,
  read: (cell: Cell) => Read<T>,
): Field<T> | null {
  if (col === undefined) return null;
  let cell: Cell;
  if (grid.covered.size > 0) {
    cell = dataCell(grid, row, col);
  } else {
    const stored = col < cells.length ? cells[col] : undefined;
    cell = stored === undefined ? BLANK_CELL : stored;
  }
  return { row, col, address: letters(col) + rowText, cell, read: read(cell) };
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
export function classifyRow(grid: Grid, row: number, left: number, right: number, firstIsRef: boolean): RowKind {
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
 * Walks the data rows below the header: collects section rows, skips blank
 * rows, calls `onRow` for each data row with the theme of the section row
 * above it, if any.
 */
export function walkRows(
  grid: Grid,
  layout: TableLayout,
  firstCol: number,
  firstIsRef: boolean,
  book: ThemeBook,
  onRow: (row: number, sectionTheme: Theme | null) => void,
): SectionRow[] {
  const sections: SectionRow[] = [];
  let sectionTheme: Theme | null = null;
  for (let r = layout.headerRow + 1; r <= layout.lastRow; r++) {
    const kind = classifyRow(grid, r, firstCol, layout.lastCol, firstIsRef);
    if (kind.kind === 'blank') continue;
    if (kind.kind === 'section') {
      sections.push({ row: r, text: kind.text });
      const t = themeFromText(kind.text);
      sectionTheme = t === null ? null : noteTheme(book, t, true);
      continue;
    }
    onRow(r, sectionTheme);
  }
  return sections;
}

/** The region's top-left cell, where a missing header is reported. */
export function regionOrigin(region: Region): string {
  return a1(region.top, region.left);
}
