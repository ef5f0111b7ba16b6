/**
 * The ExcelScript adapter of the Office Scripts: reads a WorkbookSnapshot with
 * a constant number of calls per sheet (one getValues/getTexts/
 * getNumberFormats/getValueTypes per block of rows) and applies a WritePlan's
 * sheets with one setNumberFormats/setValues per block. Compiled into the
 * scripts by scripts/build-office-scripts.ts, so it keeps to the Office
 * Scripts dialect (see scripts/office/README.md).
 */
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { BLANK_CELL } from '../../../src/core/snapshot';
import type { SheetWrite, WriteValue } from '../../../src/core/writes';
import { RAG_FILLS } from '../../../src/core/writes';
import { relevantSheetNames } from '../../../src/core/read/locate';

/**
 * Cells per read or write call. Excel on the web refuses requests and
 * responses above 5 MB; 100,000 cells of tracker text stay well under it, and
 * a tracker of up to 6,000 actions by 16 columns is still one block.
 */
export const CELLS_PER_CALL = 100000;

/** `Sheet1!A1:B2` or `'My sheet'!A1:B2` -> `A1:B2`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

/** Splits `Sheet1!A1:B2, 'a, b'!C3:D4` at the commas that are outside quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charAt(i);
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

function cellValueOf(value: string | number | boolean, type: ExcelScript.RangeValueType): CellValue {
  if (type === ExcelScript.RangeValueType.empty) return null;
  if (type === ExcelScript.RangeValueType.error) return { error: String(value) };
  if (typeof value === 'string' && value === '') return null;
  return value;
}

function merges(used: ExcelScript.Range): string[] {
  // More than 512 merged areas make getMergedAreas fail: the engine then works
  // without them (a section row is still a row whose only non-blank cell is the first).
  let areas: ExcelScript.RangeAreas | undefined;
  try {
    areas = used.getMergedAreas();
  } catch {
    areas = undefined;
  }
  if (areas === undefined || areas === null) return [];
  return splitAreas(areas.getAddress()).map((a) => localAddress(a));
}

/** One sheet: the used range (values only), read in blocks of rows. */
export function readSheet(sheet: ExcelScript.Worksheet, name: string): SheetSnapshot {
  const used: ExcelScript.Range | undefined = sheet.getUsedRange(true);
  if (used === undefined || used === null) return { name, rows: [], merges: [] };
  const top = used.getRowIndex();
  const left = used.getColumnIndex();
  const rowCount = used.getRowCount();
  const colCount = used.getColumnCount();
  const rows: Array<ReadonlyArray<Cell>> = [];
  for (let r = 0; r < top; r++) rows.push([]);
  const blockRows = Math.max(1, Math.floor(CELLS_PER_CALL / Math.max(1, colCount)));
  for (let start = 0; start < rowCount; start += blockRows) {
    const n = Math.min(blockRows, rowCount - start);
    const block = start === 0 && n === rowCount ? used : sheet.getRangeByIndexes(top + start, left, n, colCount);
    const values = block.getValues();
    const texts = block.getTexts();
    const formats = block.getNumberFormats();
    const types = block.getValueTypes();
    for (let i = 0; i < n; i++) {
      const cells: Cell[] = [];
      for (let c = 0; c < left; c++) cells.push(BLANK_CELL);
      const vRow = values[i];
      for (let j = 0; j < colCount; j++) {
        const value = cellValueOf(vRow[j], types[i][j]);
        if (value === null) {
          cells.push(BLANK_CELL);
        } else {
          const format = formats[i][j];
          cells.push({ value, text: texts[i][j], format: format === undefined || format === '' ? 'General' : format });
        }
      }
      while (cells.length > 0 && cells[cells.length - 1] === BLANK_CELL) cells.pop();
      rows.push(cells);
    }
  }
  return { name, rows, merges: merges(used) };
}

/** The tables of the workbook (name, sheet, address without the sheet). */
export function readTables(workbook: ExcelScript.Workbook): TableSnapshot[] {
  return workbook.getTables().map((t) => ({
    name: t.getName(),
    sheet: t.getWorksheet().getName(),
    address: localAddress(t.getRange().getAddress()),
  }));
}

/**
 * The snapshot the engine needs: every sheet listed in tab order (the engine needs the first
 * sheet and all names for sheet-missing), the cells of those relevantSheetNames picks (as the
 * command line reads them), and every table.
 */
export function readSnapshot(workbook: ExcelScript.Workbook): WorkbookSnapshot {
  const worksheets = workbook.getWorksheets();
  const names = worksheets.map((w) => w.getName());
  const tables = readTables(workbook);
  const wanted = relevantSheetNames(names, tables);
  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < worksheets.length; i++) {
    sheets.push(wanted.indexOf(names[i]) >= 0 ? readSheet(worksheets[i], names[i]) : { name: names[i], rows: [], merges: [] });
  }
  return { sheets, tables };
}

/** Would Excel turn this text into a number, date or formula when it is set as a value? Then it is written as Text (`@`). */
export function needsTextFormat(text: string): boolean {
  return /^[=+\-@]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** Excel column width in characters -> points (7 px per character plus 5 px padding, at 96 dpi). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function cellOut(v: WriteValue): string | number | boolean {
  return v === null ? '' : v;
}

/** Rewrites one owned sheet (created when missing) with a constant number of calls per block of rows. */
export function writeSheet(workbook: ExcelScript.Workbook, write: SheetWrite): void {
  let sheet = workbook.getWorksheet(write.sheet);
  if (sheet === undefined || sheet === null) {
    sheet = workbook.addWorksheet(write.sheet);
  } else {
    const all = sheet.getRange();
    all.clear(ExcelScript.ClearApplyTo.all);
    all.clearAllConditionalFormats();
  }
  const height = write.rows.length;
  let width = 1;
  for (const row of write.rows) width = Math.max(width, row.length);
  if (height === 0) return;

  const formats: string[][] = write.rows.map(() => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push('General');
    return out;
  });
  for (const f of write.numberFormats) {
    for (let r = f.area.top; r <= f.area.bottom && r < height; r++) {
      for (let c = f.area.left; c <= f.area.right && c < width; c++) formats[r][c] = f.numberFormat;
    }
  }
  const values: Array<Array<string | number | boolean>> = write.rows.map((row, r) => {
    const out: Array<string | number | boolean> = [];
    for (let c = 0; c < width; c++) {
      const v = cellOut(c < row.length ? row[c] : null);
      if (typeof v === 'string' && needsTextFormat(v)) formats[r][c] = '@';
      out.push(v);
    }
    return out;
  });
  const blockRows = Math.max(1, Math.floor(CELLS_PER_CALL / width));
  for (let start = 0; start < height; start += blockRows) {
    const n = Math.min(blockRows, height - start);
    const range = sheet.getRangeByIndexes(start, 0, n, width);
    range.setNumberFormats(formats.slice(start, start + n));
    range.setValues(values.slice(start, start + n));
  }

  // Bold rows (titles, headers), one call chain per run of consecutive rows.
  const bold = write.boldRows.slice().sort((a, b) => a - b);
  for (let i = 0; i < bold.length; ) {
    let j = i;
    while (j + 1 < bold.length && bold[j + 1] === bold[j] + 1) j++;
    sheet.getRangeByIndexes(bold[i], 0, bold[j] - bold[i] + 1, width).getFormat().getFont().setBold(true);
    i = j + 1;
  }

  // RAG colours as conditional formats: a constant number of calls per area, however many rows it has.
  const words = Object.keys(RAG_FILLS);
  for (const area of write.ragAreas) {
    const range = sheet.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
    for (const word of words) {
      const cf = range.addConditionalFormat(ExcelScript.ConditionalFormatType.cellValue).getCellValue();
      if (cf === undefined || cf === null) continue;
      cf.setRule({ formula1: '="' + word + '"', operator: ExcelScript.ConditionalCellValueOperator.equalTo });
      const format = cf.getFormat();
      format.getFill().setColor(RAG_FILLS[word].fill);
      format.getFont().setColor(RAG_FILLS[word].font);
    }
  }

  // Column widths, one call chain per run of columns with the same width.
  const widths = write.columnWidths;
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (widths[i] > 0) sheet.getRangeByIndexes(0, i, 1, j - i + 1).getFormat().setColumnWidth(widthInPoints(widths[i]));
    i = j + 1;
  }
}

/** Applies the sheets of a WritePlan (the Office Scripts never write the owned columns). */
export function writeSheets(workbook: ExcelScript.Workbook, sheets: ReadonlyArray<SheetWrite>): void {
  for (const s of sheets) writeSheet(workbook, s);
}
