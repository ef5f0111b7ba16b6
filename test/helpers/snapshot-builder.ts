/**
 * A tiny builder for WorkbookSnapshot fixtures in tests.
 *
 *   const wb = workbook(
 *     sheet('Actions', [
 *       ['Ref', 'Action', 'Lead'],
 *       ['1.1', 'Do it', 'Jo Bloggs'],
 *       [1.1, date(2016, 12, 31), err('#REF!')],
 *     ], { formats: { C3: '0%' }, texts: { A3: '1.1' }, merges: ['A2:C2'] }),
 *     table('Scorecard', 'Sheet2', 'A1:K20'),
 *   );
 *
 * A row entry is a plain value (number, string, boolean, null/undefined = blank),
 * an error from `err()`, or a full Cell from `cell()`, `date()`, `pct()`.
 * Plain values get the text Excel would roughly show and the `General` format,
 * unless `formats`/`texts` (keyed by A1 address) say otherwise.
 */
import { makeCell } from '../../src/core/snapshot';
import type { Cell, CellError, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { a1 } from '../../src/core/address';
import { serialFromYmd, ukFromSerial } from '../../src/core/calendar';

export type CellInput = CellValue | Cell | undefined;

export interface SheetOptions {
  /** A1 address -> number format (`0%`, `dd/mm/yyyy`, ...). */
  readonly formats?: Readonly<Record<string, string>>;
  /** A1 address -> the text the cell shows, when it differs from the default. */
  readonly texts?: Readonly<Record<string, string>>;
  /** Merged areas, e.g. `A5:H5`. */
  readonly merges?: ReadonlyArray<string>;
}

/** An Excel error value, e.g. `err('#REF!')`. */
export function err(code: string): CellError {
  return { error: code };
}

/** A full cell: value, optional shown text and number format. */
export function cell(value: CellValue, text?: string, format?: string): Cell {
  if (text === undefined && format !== undefined && typeof value === 'number') {
    return makeCell(value, formatNumber(value, format), format);
  }
  return makeCell(value, text, format);
}

/** A real Excel date cell (serial, `dd/mm/yyyy` format, UK text). */
export function date(year: number, month: number, day: number): Cell {
  const serial = serialFromYmd(year, month, day);
  return makeCell(serial, ukFromSerial(serial), 'dd/mm/yyyy');
}

/** A real number cell with a `0%` format: `pct(0.58)` shows `58%`. */
export function pct(value: number, format?: string): Cell {
  const f = format !== undefined ? format : '0%';
  return makeCell(value, formatNumber(value, f), f);
}

/** Builds one sheet from rows of values (rows[0] is row 1). */
export function sheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellInput>>, options?: SheetOptions): SheetSnapshot {
  const formats = options && options.formats ? options.formats : {};
  const texts = options && options.texts ? options.texts : {};
  const built = rows.map((row, r) =>
    row.map((input, c) => toCell(input, formats[a1(r, c)], texts[a1(r, c)])),
  );
  return { name, rows: built, merges: options && options.merges ? options.merges.slice() : [] };
}

/** An Excel table (ListObject) `name` on `sheetName` covering `address` (header row included). */
export function table(name: string, sheetName: string, address: string): TableSnapshot {
  return { name, sheet: sheetName, address };
}

/** A workbook from sheets and tables, in the order given. */
export function workbook(...items: ReadonlyArray<SheetSnapshot | TableSnapshot>): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const item of items) {
    if ('rows' in item) sheets.push(item);
    else tables.push(item);
  }
  return { sheets, tables };
}

function isCell(input: CellInput): input is Cell {
  return typeof input === 'object' && input !== null && 'value' in input && 'text' in input && 'format' in input;
}

function toCell(input: CellInput, format: string | undefined, text: string | undefined): Cell {
  if (isCell(input)) {
    return makeCell(input.value, text !== undefined ? text : input.text, format !== undefined ? format : input.format);
  }
  const value: CellValue = input === undefined ? null : input;
  if (text === undefined && format !== undefined && typeof value === 'number') {
    return makeCell(value, formatNumber(value, format), format);
  }
  return makeCell(value, text, format);
}

/** Roughly what Excel shows for a number in a format: enough for `%` and dates in tests. */
function formatNumber(value: number, format: string): string {
  if (format.indexOf('%') >= 0) {
    const m = /0\.(0+)%/.exec(format);
    const places = m === null ? 0 : m[1].length;
    return (value * 100).toFixed(places) + '%';
  }
  if (/[dy]/i.test(format) && Number.isFinite(value)) return ukFromSerial(value);
  return String(value);
}
