/**
 * The neutral workbook snapshot: the one thing every adapter (.xlsx files, Office,
 * ExcelScript) produces with a single bulk read, and the only input of the engine.
 *
 * Dates are Excel serial day numbers (1900 date system), as Excel itself keeps them.
 */
import { matchKey } from './text';

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  readonly value: CellValue;
  /** What the cell shows (Excel's `text`). May be '' when an adapter cannot know it. */
  readonly text: string;
  /** The number format, `General` when none. */
  readonly format: string;
}

export interface SheetSnapshot {
  readonly name: string;
  /**
   * rows[r][c] is the cell at row r + 1, column c + 1 (so rows[0][0] is A1).
   * Rows may be ragged or shorter than the sheet: a missing cell is blank.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /** Merged areas in A1 style, e.g. `A5:H5`. */
  readonly merges: ReadonlyArray<string>;
}

/** An Excel table (ListObject). */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** A1 range of the whole table including its header row, e.g. `A3:K40`. */
  readonly address: string;
}

export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
  readonly tables: ReadonlyArray<TableSnapshot>;
}

/**
 * The sheet with this name: exact first, then ignoring case, spaces and
 * punctuation (an owned sheet renamed `Roll-up History` is still ours).
 */
export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | null {
  const exact = snapshot.sheets.find((s) => s.name === name);
  if (exact !== undefined) return exact;
  const key = matchKey(name);
  const loose = snapshot.sheets.find((s) => matchKey(s.name) === key);
  return loose === undefined ? null : loose;
}

export const BLANK_CELL: Cell = { value: null, text: '', format: 'General' };

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** The cell at 0-based (row, col), blank when outside the stored rows. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell {
  const r = sheet.rows[row];
  if (r === undefined) return BLANK_CELL;
  const c = r[col];
  return c === undefined ? BLANK_CELL : c;
}

/** True when the cell holds nothing (null, or text that is only spaces). */
export function isBlankCell(cell: Cell): boolean {
  const v = cell.value;
  if (v === null) return true;
  if (typeof v === 'string') {
    // Text starting with a printable ASCII character is not blank: no need to trim (and so read) all of it.
    const first = v.charCodeAt(0);
    return first > 32 && first < 127 ? false : v.trim() === '';
  }
  return false;
}

/** Turns a cell into a plain snapshot cell; handy for tests and fakes. */
export function makeCell(value: CellValue, text?: string, format?: string): Cell {
  return {
    value,
    text: text !== undefined ? text : defaultText(value),
    format: format !== undefined ? format : 'General',
  };
}

function defaultText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
