/**
 * The bulk read: Office.js workbook -> WorkbookSnapshot, in syncs whose number
 * grows with the size of the data only, never with the number of rows.
 *
 *   sync 1: worksheet names; tables (name, worksheet name).
 *   sync 2: for the sheets the engine needs (core `relevantSheetNames`): the
 *           used range's position and size, the sheet's merged areas, every
 *           table's range address, and a first window of cells (the used part
 *           of the top `headRows` x HEAD_COLUMNS cells, sized so that all
 *           windows together stay within the budget).
 *   sync 3+ (only when a window did not hold the whole used range): the rest
 *           of the used ranges in row blocks, packed into syncs whose estimated
 *           response stays within `readBudget`.
 *
 * Excel on the web fails a request whose response is over 5 MB
 * (`ResponsePayloadSizeLimitExceeded`), and at 10,000 actions the cells alone
 * are about 4 MB. A block's response is estimated as rows x columns x bytes
 * per cell: READ_CELL_BYTES until a sheet's cells have been seen, then the
 * densest block seen on that sheet (measured as the JSON it came as) plus a
 * quarter. Long text cannot be foreseen from the sheet's size, so a response
 * that Excel still refuses is asked for again in smaller blocks (the first
 * window: not at all). An ordinary plan (a few hundred rows a sheet, up to
 * HEAD_COLUMNS columns) is read in 2 syncs.
 *
 * The cells are the same whatever the blocks: every block spans the used
 * range's columns, and a first window is only kept when it starts at the used
 * range's top row and spans exactly its columns.
 *
 * The block planning (sizes, densities, retries) is core's read-blocks.ts,
 * shared with the Office Scripts.
 *
 * Merged areas: `getMergedAreasOrNullObject` (ExcelApi 1.13) is documented to
 * fail above 512 merged areas, which would fail sync 2 for every sheet. When
 * sync 2 fails for another reason than its size it is asked again without the
 * merged areas, and then each sheet's merged areas in a sync of their own: a
 * sheet with too many is read without them (as the Office Scripts do; a
 * section row is still a row whose only non-blank cell is the first). Where
 * Excel has no ExcelApi 1.13 (`mergedAreas: false`), merged areas are not
 * asked for.
 *
 * Every worksheet is in the snapshot, in workbook order, so the engine knows
 * all sheet names (e.g. the first sheet for `sheet-missing`); sheets it does
 * not need are there with no rows.
 */
import { relevantSheetNames } from '../core/read';
import { BLANK_CELL } from '../core/snapshot';
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { splitAddressList, localAddress } from '../core/address-list';
import {
  DEFAULT_READ_BUDGET,
  READ_CELL_BYTES,
  blockRead,
  blockRefused,
  bytesLeft,
  isPayloadLimit,
  isSingleRow,
  jsonBytes,
  measureBlock,
  newBlockState,
  planBlocks,
  readSizes,
  rowTooLargeMessage,
  rowsLeft,
} from '../core/read-blocks';
import type { BlockState, UsedArea } from '../core/read-blocks';
import type { Progress } from '../host/plan-host';
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from './office-model';

export { DEFAULT_READ_BUDGET, READ_CELL_BYTES, isPayloadLimit, jsonBytes };

/** What a used range is loaded with in sync 2: its position and size. */
export const USED_RANGE_PROPERTIES = 'rowIndex,columnIndex,rowCount,columnCount';
/** What a block of cells is loaded with. */
export const CELL_DATA_PROPERTIES = 'values,text,numberFormat,valueTypes';
/** Width of the first window of cells read with the used ranges. */
export const HEAD_COLUMNS = 32;

export interface ReadOptions {
  /** Estimated bytes per read response (default DEFAULT_READ_BUDGET). */
  readonly readBudget?: number;
  /** Bytes per cell assumed before a sheet's cells are seen (default READ_CELL_BYTES). */
  readonly cellBytes?: number;
  /** False where Excel lacks ExcelApi 1.13 (getMergedAreasOrNullObject): merged areas are not read. Default true. */
  readonly mergedAreas?: boolean;
}

interface SheetQuery {
  readonly name: string;
  readonly ws: XlWorksheet;
  readonly used: XlRange;
  readonly merged: XlRangeAreas | null;
  readonly head: XlRange | null;
}

interface SheetRead extends BlockState {
  readonly name: string;
  readonly ws: XlWorksheet;
  merges: string[];
  /** Rows of the used range read so far, from its top row. */
  readonly rows: Cell[][];
}

/** Rows in a worksheet. */
const SHEET_ROWS = 1048576;

export async function readWorkbookSnapshot(context: XlContext, onProgress?: Progress, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const { budget, prior } = readSizes(options.readBudget, options.cellBytes);
  let total = 3;
  const report = (done: number, label: string): void => {
    if (onProgress !== undefined) onProgress(done, Math.max(total, done), label);
  };
  report(0, 'Reading sheet names');
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await context.sync();

  const names = worksheets.items.map((ws) => ws.name);
  const tableInfo = tables.items.map((t) => ({ table: t, name: t.name, sheet: t.worksheet.name }));
  // Table addresses are not known before sync 2; sheet choice goes by names only.
  const wanted = new Set<string>(relevantSheetNames(names, tableInfo.map((t) => ({ name: t.name, sheet: t.sheet, address: '' }))));
  const wantedNames = names.filter((n) => wanted.has(n));

  report(1, 'Reading ' + String(wantedNames.length) + ' sheet(s)');
  const headRows = Math.min(SHEET_ROWS, Math.floor(budget / (Math.max(1, wantedNames.length) * HEAD_COLUMNS * prior)));
  const queueOutline = (withHead: boolean, withMerges: boolean): { tableRanges: XlRange[]; queries: SheetQuery[] } => {
    const tableRanges = tableInfo.map((t) => {
      const r = t.table.getRange();
      r.load('address');
      return r;
    });
    const queries = wantedNames.map((name) => {
      const ws = worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(USED_RANGE_PROPERTIES);
      const merged = withMerges ? queueMerges(ws) : null;
      let head: XlRange | null = null;
      if (withHead) {
        head = ws.getRangeByIndexes(0, 0, headRows, HEAD_COLUMNS).getUsedRangeOrNullObject(true);
        head.load(USED_RANGE_PROPERTIES + ',' + CELL_DATA_PROPERTIES);
      }
      return { name, ws, used, merged, head };
    });
    return { tableRanges, queries };
  };
  let withHead = headRows > 0;
  let withMerges = options.mergedAreas !== false;
  let mergesApart = false;
  let outline = queueOutline(withHead, withMerges);
  for (;;) {
    try {
      await context.sync();
      break;
    } catch (e) {
      if (withHead && isPayloadLimit(e)) {
        // The first windows held more than the prior a cell: ask for the sizes alone.
        withHead = false;
      } else if (withMerges && !isPayloadLimit(e)) {
        // Perhaps a sheet with more than 512 merged areas: ask without them, then sheet by sheet.
        withMerges = false;
        mergesApart = true;
      } else {
        throw e;
      }
      outline = queueOutline(withHead, withMerges);
    }
  }
  const reads = outline.queries.map((q) => startSheet(q));
  let done = 2;
  if (mergesApart) {
    for (const r of reads) {
      r.merges = await mergesAlone(context, r.ws); // one sync per sheet, only after a refusal
      done++;
    }
  }

  // The rest of the used ranges, in row blocks packed into syncs within the budget.
  for (;;) {
    const left = bytesLeft(reads, prior);
    if (left === 0) break;
    total = done + Math.ceil(left / budget) + 1;
    const blocks = planBlocks(reads, budget, prior);
    report(done, 'Reading rows (' + String(blocks.map((b) => b.count).reduce((a, b) => a + b, 0)) + ' more)');
    const ranges = blocks.map((b) => {
      const r = b.sheet.ws.getRangeByIndexes(b.top, b.area.left, b.count, b.area.cols);
      r.load(CELL_DATA_PROPERTIES);
      return r;
    });
    try {
      await context.sync(); // payload-driven: one sync per `budget` bytes of cells, never per row
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
      if (isSingleRow(blocks)) throw new Error(rowTooLargeMessage(blocks[0].sheet.name, blocks[0].top));
      for (const b of blocks) blockRefused(b.sheet, prior);
      continue;
    }
    blocks.forEach((b, i) => takeRows(b.sheet, b.area, ranges[i], b.count));
    done++;
  }

  report(done, 'Building the snapshot');
  const byName = new Map<string, SheetRead>();
  for (const r of reads) byName.set(r.name, r);
  const sheets: SheetSnapshot[] = names.map((name) => {
    const r = byName.get(name);
    return r === undefined ? { name, rows: [], merges: [] } : sheetFromRead(r);
  });
  const tableSnaps: TableSnapshot[] = tableInfo.map((t, i) => ({ name: t.name, sheet: t.sheet, address: localAddress(outline.tableRanges[i].address) }));
  total = done + 1;
  report(done + 1, 'Read ' + String(reads.length) + ' sheet(s)');
  return { sheets, tables: tableSnaps };
}

/** Queues the merged areas of a whole sheet (ExcelApi 1.13). */
function queueMerges(ws: XlWorksheet): XlRangeAreas {
  const merged = ws.getRange().getMergedAreasOrNullObject();
  merged.load('address');
  return merged;
}

function mergeList(merged: XlRangeAreas | null): string[] {
  return merged === null || merged.isNullObject ? [] : splitAddressList(merged.address);
}

/** One sheet's merged areas in a sync of its own; none when Excel refuses them (more than 512). */
async function mergesAlone(context: XlContext, ws: XlWorksheet): Promise<string[]> {
  const merged = queueMerges(ws);
  try {
    await context.sync();
  } catch {
    return [];
  }
  return mergeList(merged);
}

function startSheet(q: SheetQuery): SheetRead {
  const area: UsedArea | null = q.used.isNullObject ? null : { top: q.used.rowIndex, left: q.used.columnIndex, rows: q.used.rowCount, cols: q.used.columnCount };
  const read: SheetRead = { ...newBlockState(area), name: q.name, ws: q.ws, merges: mergeList(q.merged), rows: [] };
  const head = q.head;
  if (area === null || head === null || head.isNullObject) return read;
  // A first window is kept only when it is the top of the used range, all its columns.
  if (head.rowIndex === area.top && head.columnIndex === area.left && head.columnCount === area.cols) {
    takeRows(read, area, head, head.rowCount);
  } else if (rowsLeft(read) > 0) {
    measureBlock(read, loadedBytes(head), head.rowCount * head.columnCount);
  }
  return read;
}

function loadedBytes(r: XlRange): number {
  return jsonBytes(r.values) + jsonBytes(r.text) + jsonBytes(r.numberFormat) + jsonBytes(r.valueTypes);
}

/** Appends the `count` rows of a loaded range (the sheet's next rows, all the used range's columns). */
function takeRows(s: SheetRead, area: UsedArea, r: XlRange, count: number): void {
  const values = r.values;
  const text = r.text;
  const formats = r.numberFormat;
  const types = r.valueTypes;
  for (let i = 0; i < count; i++) {
    const row: Cell[] = [];
    for (let j = 0; j < area.left; j++) row.push(BLANK_CELL);
    const vr = values[i] === undefined ? [] : values[i];
    for (let j = 0; j < vr.length; j++) {
      row.push(toCell(vr[j], cellText(text, i, j), cellFormat(formats, i, j), cellType(types, i, j)));
    }
    s.rows.push(row);
  }
  blockRead(s, count, () => loadedBytes(r));
}

function sheetFromRead(r: SheetRead): SheetSnapshot {
  if (r.area === null) return { name: r.name, rows: [], merges: r.merges };
  const rows: Cell[][] = [];
  for (let i = 0; i < r.area.top; i++) rows.push([]);
  for (const row of r.rows) rows.push(row);
  return { name: r.name, rows, merges: r.merges };
}

function cellText(text: string[][], i: number, j: number): string | null {
  const r = text[i];
  if (r === undefined) return null;
  const t = r[j];
  return typeof t === 'string' ? t : null;
}

function cellFormat(formats: unknown[][], i: number, j: number): string {
  const r = formats[i];
  if (r === undefined) return 'General';
  const f = r[j];
  return typeof f === 'string' && f !== '' ? f : 'General';
}

function cellType(types: string[][], i: number, j: number): string {
  const r = types[i];
  if (r === undefined) return 'Unknown';
  const t = r[j];
  return typeof t === 'string' ? t : 'Unknown';
}

/** One Office.js cell (value, text, format, value type) -> snapshot cell. */
export function toCell(raw: unknown, text: string | null, format: string, valueType: string): Cell {
  let value: CellValue;
  if (valueType === 'Empty' || raw === '' || raw === null || raw === undefined) value = null;
  else if (valueType === 'Error') value = { error: String(raw) };
  else if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') value = raw;
  else value = text !== null ? text : String(raw);
  const shown = text !== null ? text : value === null ? '' : typeof value === 'object' ? value.error : String(value);
  return value === null && shown === '' && format === 'General' ? BLANK_CELL : { value, text: shown, format };
}
