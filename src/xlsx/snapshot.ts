/**
 * exceljs Workbook -> WorkbookSnapshot: one pass over the stored cells of the
 * sheets asked for (linear in the cells that hold something), plus every
 * Excel table (ListObject) of the workbook.
 */
import ExcelJS from 'exceljs';
import { BLANK_CELL } from '../core/snapshot';
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { a1 } from '../core/address';
import { snapshotValue } from './cell-value';
import { normaliseFormat, shownText } from './number-format';

export interface SnapshotOptions {
  /** Real sheet names to read (e.g. from `relevantSheetNames`); every sheet when absent. */
  readonly sheets?: ReadonlyArray<string>;
  /** Called now and then with rows done and rows in all, and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 2000;
const EMPTY_ROW: ReadonlyArray<Cell> = [];

/** The sheet names (in tab order) and tables of a workbook: what decides which sheets to read. */
export function workbookOutline(wb: ExcelJS.Workbook): { readonly sheetNames: ReadonlyArray<string>; readonly tables: ReadonlyArray<TableSnapshot> } {
  const sheetNames = wb.worksheets.map((ws) => ws.name);
  const tables: TableSnapshot[] = [];
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables()) {
      const table = tableSnapshot(t, ws.name);
      if (table !== null) tables.push(table);
    }
  }
  return { sheetNames, tables };
}

export function snapshotFromWorkbook(wb: ExcelJS.Workbook, options?: SnapshotOptions): WorkbookSnapshot {
  const wanted = options?.sheets;
  const isWanted = (ws: ExcelJS.Worksheet): boolean => wanted === undefined || wanted.indexOf(ws.name) >= 0;
  const total = wb.worksheets.filter(isWanted).reduce((sum, ws) => sum + ws.actualRowCount, 0);
  const progress = options?.onProgress;
  let done = 0;
  const tick = (): void => {
    done++;
    if (progress !== undefined && done % PROGRESS_EVERY === 0) progress(done, total);
  };
  // Every sheet is listed, in tab order, so the engine knows the workbook's first sheet and
  // every name (sheet-missing, contract 4.3); only the sheets asked for are read.
  const sheets = wb.worksheets.map((ws) => (isWanted(ws) ? sheetSnapshot(ws, tick) : { name: ws.name, rows: [], merges: [] }));
  if (progress !== undefined) progress(total, total);
  return { sheets, tables: workbookOutline(wb).tables };
}

function sheetSnapshot(ws: ExcelJS.Worksheet, tick: () => void): SheetSnapshot {
  const rows: Array<ReadonlyArray<Cell>> = [];
  // master address -> bottom-right corner (1-based), grown by each merged (slave) cell seen.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      while (cells.length < colNumber - 1) cells.push(BLANK_CELL);
      if (cell.type === ExcelJS.ValueType.Merge) {
        noteMerge(merges, cell, rowNumber, colNumber);
        cells.push(BLANK_CELL);
        return;
      }
      const value = cell.type === ExcelJS.ValueType.Formula ? formulaResult(cell) : snapshotValue(cell.value);
      const format = normaliseFormat(cell.numFmt);
      cells.push({ value, text: shownText(value, format), format });
    });
    while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
    rows.push(trimTrailingBlanks(cells));
    tick();
  });
  const mergeList: string[] = [];
  merges.forEach((m) => mergeList.push(a1(m.top - 1, m.left - 1) + ':' + a1(m.bottom - 1, m.right - 1)));
  return { name: ws.name, rows, merges: mergeList };
}

/**
 * A formula cell's cached result. exceljs leaves a falsy result (0, FALSE, '')
 * out of `cell.value`, so it is read from `cell.result`. A text result under a
 * date format is one exceljs cannot read (it turns it into an invalid date):
 * the cell then reads as its formula text (`=IF(...)`), so the check reports
 * it as what it is instead of treating it as blank.
 */
function formulaResult(cell: ExcelJS.Cell): CellValue {
  const result: unknown = cell.result;
  if (result instanceof Date && !Number.isFinite(result.getTime())) return '=' + String(cell.formula);
  return snapshotValue(result);
}

function noteMerge(
  merges: Map<string, { top: number; left: number; bottom: number; right: number }>,
  cell: ExcelJS.Cell,
  rowNumber: number,
  colNumber: number,
): void {
  const master = cell.master;
  const key = master.address;
  const known = merges.get(key);
  if (known === undefined) {
    const top = Number(master.row);
    const left = Number(master.col);
    merges.set(key, { top, left, bottom: Math.max(top, rowNumber), right: Math.max(left, colNumber) });
  } else {
    known.bottom = Math.max(known.bottom, rowNumber);
    known.right = Math.max(known.right, colNumber);
  }
}

function trimTrailingBlanks(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === BLANK_CELL) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

function tableSnapshot(table: unknown, sheet: string): TableSnapshot | null {
  if (typeof table !== 'object' || table === null) return null;
  const t = table as { name?: unknown; table?: { name?: unknown; tableRef?: unknown; ref?: unknown } };
  const model = t.table;
  const name = typeof t.name === 'string' ? t.name : model !== undefined && typeof model.name === 'string' ? model.name : null;
  if (name === null || model === undefined) return null;
  const address = typeof model.tableRef === 'string' ? model.tableRef : typeof model.ref === 'string' ? model.ref : null;
  if (address === null) return null;
  return { name, sheet, address };
}
