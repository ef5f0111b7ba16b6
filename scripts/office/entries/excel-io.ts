/**
 * The ExcelScript adapter of the Office Scripts: reads a WorkbookSnapshot in
 * row blocks sized by bytes (one getValues/getTexts/getNumberFormats/
 * getValueTypes per block, planned by core read-blocks.ts, the planner the
 * add-in uses too) and applies a WritePlan's sheets with one setNumberFormats/
 * setValues per block of rows, also sized by bytes. Excel on the web refuses a
 * request or response over 5 MB ("Requests and responses are limited to 5MB",
 * Office Scripts platform limits); a block Excel still refuses is asked for
 * again smaller. Compiled into the scripts by scripts/build-office-scripts.ts,
 * so it keeps to the Office Scripts dialect (see scripts/office/README.md).
 */
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { BLANK_CELL } from '../../../src/core/snapshot';
import type { SheetWrite, WriteValue } from '../../../src/core/writes';
import { RAG_FILLS } from '../../../src/core/writes';
import { relevantSheetNames } from '../../../src/core/read/locate';
import { localAddress, splitAddressList } from '../../../src/core/address-list';
import { columnWidthPoints } from '../../../src/core/column-width';
import { needsTextGuard } from '../../../src/core/text-guard';
import {
  DEFAULT_READ_BUDGET,
  blockRead,
  blockRefused,
  isPayloadLimit,
  jsonBytes,
  newBlockState,
  planBlocks,
  readSizes,
  rowBlocks,
  rowTooLargeMessage,
  rowsLeft,
} from '../../../src/core/read-blocks';

/** Bytes of the four arrays of one read block together, and of one write call: half of the 5 MB limit. */
export const SCRIPT_BUDGET = DEFAULT_READ_BUDGET;

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
  return splitAddressList(areas.getAddress());
}

interface BlockData {
  values: (string | number | boolean)[][];
  texts: string[][];
  formats: string[][];
  types: ExcelScript.RangeValueType[][];
}

/** One block's four arrays, or null when Excel refused it for its size. */
function readBlock(range: ExcelScript.Range): BlockData | null {
  try {
    return { values: range.getValues(), texts: range.getTexts(), formats: range.getNumberFormats(), types: range.getValueTypes() };
  } catch (e: unknown) {
    if (isPayloadLimit(e)) return null;
    throw e;
  }
}

/** One sheet: the used range (values only), read in row blocks sized by bytes. */
export function readSheet(sheet: ExcelScript.Worksheet, name: string, budget?: number): SheetSnapshot {
  const used: ExcelScript.Range | undefined = sheet.getUsedRange(true);
  if (used === undefined || used === null) return { name, rows: [], merges: [] };
  const area = { top: used.getRowIndex(), left: used.getColumnIndex(), rows: used.getRowCount(), cols: used.getColumnCount() };
  const sizes = readSizes(budget === undefined ? SCRIPT_BUDGET : budget);
  const state = newBlockState(area);
  const rows: Array<ReadonlyArray<Cell>> = [];
  for (let r = 0; r < area.top; r++) rows.push([]);
  while (rowsLeft(state) > 0) {
    // Until a block of the sheet has come back its cell size is a guess (64 bytes): the first block
    // gets half the budget, so even long progress updates keep its calls well within 5 MB.
    const block = planBlocks([state], state.sampleCells === 0 ? sizes.budget / 2 : sizes.budget, sizes.prior)[0];
    const whole = block.top === area.top && block.count === area.rows;
    const data = readBlock(whole ? used : sheet.getRangeByIndexes(block.top, area.left, block.count, area.cols));
    if (data === null) {
      if (block.count === 1) throw new Error(rowTooLargeMessage(name, block.top));
      blockRefused(state, sizes.prior);
      continue;
    }
    for (let i = 0; i < block.count; i++) {
      const cells: Cell[] = [];
      for (let c = 0; c < area.left; c++) cells.push(BLANK_CELL);
      const vRow = data.values[i];
      for (let j = 0; j < area.cols; j++) {
        const value = cellValueOf(vRow[j], data.types[i][j]);
        if (value === null) {
          cells.push(BLANK_CELL);
        } else {
          const format = data.formats[i][j];
          cells.push({ value, text: data.texts[i][j], format: format === undefined || format === '' ? 'General' : format });
        }
      }
      while (cells.length > 0 && cells[cells.length - 1] === BLANK_CELL) cells.pop();
      rows.push(cells);
    }
    blockRead(state, block.count, () => jsonBytes(data.values) + jsonBytes(data.texts) + jsonBytes(data.formats) + jsonBytes(data.types));
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
      if (typeof v === 'string' && v !== '' && needsTextGuard(v)) formats[r][c] = '@';
      out.push(v);
    }
    return out;
  });
  // Each call's request within the budget: rows sized by their values' (or formats') JSON.
  const rowBytes = values.map((row, r) => Math.max(jsonBytes([row]), jsonBytes([formats[r]])));
  for (const b of rowBlocks(rowBytes, SCRIPT_BUDGET)) {
    const range = sheet.getRangeByIndexes(b.start, 0, b.count, width);
    range.setNumberFormats(formats.slice(b.start, b.start + b.count));
    range.setValues(values.slice(b.start, b.start + b.count));
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
    if (widths[i] > 0) sheet.getRangeByIndexes(0, i, 1, j - i + 1).getFormat().setColumnWidth(columnWidthPoints(widths[i]));
    i = j + 1;
  }
}

/** Applies the sheets of a WritePlan (the Office Scripts never write the owned columns). */
export function writeSheets(workbook: ExcelScript.Workbook, sheets: ReadonlyArray<SheetWrite>): void {
  for (const s of sheets) writeSheet(workbook, s);
}
