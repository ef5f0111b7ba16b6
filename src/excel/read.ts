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
 * Every worksheet is in the snapshot, in workbook order, so the engine knows
 * all sheet names (e.g. the first sheet for `sheet-missing`); sheets it does
 * not need are there with no rows.
 */
import { relevantSheetNames } from '../core/read';
import { BLANK_CELL } from '../core/snapshot';
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { Progress } from '../host/plan-host';
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from './office-model';
import { splitAreaList, stripSheet } from './addresses';

/** What a used range is loaded with in sync 2: its position and size. */
export const USED_RANGE_PROPERTIES = 'rowIndex,columnIndex,rowCount,columnCount';
/** What a block of cells is loaded with. */
export const CELL_DATA_PROPERTIES = 'values,text,numberFormat,valueTypes';
/** Bytes per read response, by default: half of Excel on the web's 5 MB limit, like the writes. */
export const DEFAULT_READ_BUDGET = 2_500_000;
/**
 * A cell's share of a response (value, text, number format, value type, as
 * JSON) before any cell of its sheet has been seen: a 12-character text cell
 * is about 50 bytes.
 */
export const READ_CELL_BYTES = 64;
/** Width of the first window of cells read with the used ranges. */
export const HEAD_COLUMNS = 32;
/** Measured bytes per cell are taken with this margin. */
const DENSITY_MARGIN = 1.25;
/** From this many cells seen, a sheet's measured size replaces READ_CELL_BYTES (even when smaller). */
const MIN_SAMPLE_CELLS = 1000;

export interface ReadOptions {
  /** Estimated bytes per read response (default DEFAULT_READ_BUDGET). */
  readonly readBudget?: number;
  /** Bytes per cell assumed before a sheet's cells are seen (default READ_CELL_BYTES). */
  readonly cellBytes?: number;
}

/** The used range of one sheet, 0-based. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

interface SheetQuery {
  readonly name: string;
  readonly ws: XlWorksheet;
  readonly used: XlRange;
  readonly merged: XlRangeAreas;
  readonly head: XlRange | null;
}

interface SheetRead {
  readonly name: string;
  readonly ws: XlWorksheet;
  readonly area: Area | null;
  readonly merges: string[];
  /** Rows of the used range read so far, from its top row. */
  readonly rows: Cell[][];
  /** Next row (0-based, of the sheet) to read. */
  next: number;
  sampleCells: number;
  /** Largest measured bytes per cell of one response part. */
  densest: number;
  /** Bytes per cell not to plan below until the sheet's next response (raised when Excel refused one). */
  floor: number;
}

interface Block {
  readonly sheet: SheetRead;
  readonly area: Area;
  readonly top: number;
  readonly count: number;
}

/** Rows in a worksheet. */
const SHEET_ROWS = 1_048_576;

function positive(x: number | undefined, fallback: number): number {
  return x !== undefined && Number.isFinite(x) && x > 0 ? x : fallback;
}

export async function readWorkbookSnapshot(context: XlContext, onProgress?: Progress, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const budget = positive(options.readBudget, DEFAULT_READ_BUDGET);
  const prior = positive(options.cellBytes, READ_CELL_BYTES);
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
  const queueOutline = (withHead: boolean): { tableRanges: XlRange[]; queries: SheetQuery[] } => {
    const tableRanges = tableInfo.map((t) => {
      const r = t.table.getRange();
      r.load('address');
      return r;
    });
    const queries = wantedNames.map((name) => {
      const ws = worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(USED_RANGE_PROPERTIES);
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
      let head: XlRange | null = null;
      if (withHead) {
        head = ws.getRangeByIndexes(0, 0, headRows, HEAD_COLUMNS).getUsedRangeOrNullObject(true);
        head.load(USED_RANGE_PROPERTIES + ',' + CELL_DATA_PROPERTIES);
      }
      return { name, ws, used, merged, head };
    });
    return { tableRanges, queries };
  };
  let outline = queueOutline(headRows > 0);
  try {
    await context.sync();
  } catch (e) {
    if (headRows === 0 || !isPayloadLimit(e)) throw e;
    // The first windows held more than READ_CELL_BYTES a cell: ask for the sizes alone.
    outline = queueOutline(false);
    await context.sync();
  }
  const reads = outline.queries.map((q) => startSheet(q));

  // The rest of the used ranges, in row blocks packed into syncs within the budget.
  let done = 2;
  for (;;) {
    const left = remainingBytes(reads, prior);
    if (left === 0) break;
    total = done + Math.ceil(left / budget) + 1;
    const blocks = planSyncBlocks(reads, budget, prior);
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
      if (blocks.length === 1 && blocks[0].count === 1) {
        const b = blocks[0];
        throw new Error('Row ' + String(b.top + 1) + ' of "' + b.sheet.name + '" is too large for Excel to send in one response; shorten its longest cells.');
      }
      // Excel refused: the cells were denser than estimated. Plan these sheets at twice the size.
      for (const b of blocks) b.sheet.floor = 2 * density(b.sheet, prior);
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
  const tableSnaps: TableSnapshot[] = tableInfo.map((t, i) => ({ name: t.name, sheet: t.sheet, address: stripSheet(outline.tableRanges[i].address) }));
  total = done + 1;
  report(done + 1, 'Read ' + String(reads.length) + ' sheet(s)');
  return { sheets, tables: tableSnaps };
}

/** True for Excel's refusal of a request or response over its size limit. */
export function isPayloadLimit(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const text = (typeof code === 'string' ? code : '') + ' ' + (e instanceof Error ? e.message : String(e));
  return /PayloadSizeLimitExceeded|payload size has exceeded/i.test(text);
}

function startSheet(q: SheetQuery): SheetRead {
  const merges = q.merged.isNullObject ? [] : splitAreaList(q.merged.address);
  const area: Area | null = q.used.isNullObject ? null : { top: q.used.rowIndex, left: q.used.columnIndex, rows: q.used.rowCount, cols: q.used.columnCount };
  const read: SheetRead = { name: q.name, ws: q.ws, area, merges, rows: [], next: area === null ? 0 : area.top, sampleCells: 0, densest: 0, floor: 0 };
  const head = q.head;
  if (area === null || head === null || head.isNullObject) return read;
  // A first window is kept only when it is the top of the used range, all its columns.
  if (head.rowIndex === area.top && head.columnIndex === area.left && head.columnCount === area.cols) {
    takeRows(read, area, head, head.rowCount);
  } else if (remainingRows(read) > 0) {
    measure(read, head, head.rowCount * head.columnCount);
  }
  return read;
}

/** Bytes per cell to plan a sheet's next block with. */
function density(s: SheetRead, prior: number): number {
  const measured = s.densest * DENSITY_MARGIN;
  const d = s.sampleCells >= MIN_SAMPLE_CELLS ? measured : Math.max(prior, measured);
  return Math.max(s.floor, d, 1);
}

function remainingRows(s: SheetRead): number {
  return s.area === null ? 0 : Math.max(0, s.area.top + s.area.rows - s.next);
}

function remainingBytes(reads: ReadonlyArray<SheetRead>, prior: number): number {
  let bytes = 0;
  for (const s of reads) if (s.area !== null) bytes += remainingRows(s) * s.area.cols * density(s, prior);
  return bytes;
}

/**
 * The blocks of one sync: from each sheet in turn, as many rows as fit in what
 * is left of the budget (a block is at least one row, alone in its sync when
 * even one row is over the budget).
 */
function planSyncBlocks(reads: ReadonlyArray<SheetRead>, budget: number, prior: number): Block[] {
  const blocks: Block[] = [];
  let used = 0;
  for (const s of reads) {
    const area = s.area;
    const rows = remainingRows(s);
    if (rows === 0 || area === null) continue;
    const rowBytes = area.cols * density(s, prior);
    let count = Math.min(rows, Math.floor((budget - used) / rowBytes));
    if (count < 1) {
      if (blocks.length > 0) continue;
      count = 1;
    }
    blocks.push({ sheet: s, area, top: s.next, count });
    used += count * rowBytes;
  }
  return blocks;
}

/** Appends the `count` rows of a loaded range (the sheet's next rows, all the used range's columns). */
function takeRows(s: SheetRead, area: Area, r: XlRange, count: number): void {
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
  s.next += count;
  s.floor = 0; // the densest cells seen now include those Excel refused
  // Measured only when there is more to plan (an ordinary read never measures).
  if (remainingRows(s) > 0) measure(s, r, count * area.cols);
}

function measure(s: SheetRead, r: XlRange, cells: number): void {
  if (cells <= 0) return;
  const bytes = jsonBytes(r.values) + jsonBytes(r.text) + jsonBytes(r.numberFormat) + jsonBytes(r.valueTypes);
  s.sampleCells += cells;
  s.densest = Math.max(s.densest, bytes / cells);
}

/**
 * Size of a loaded 2-D array as JSON, counted high: UTF-8 bytes for text, two
 * for an escaped character, and a separator after every item.
 */
export function jsonBytes(rows: ReadonlyArray<ReadonlyArray<unknown>>): number {
  let n = 2;
  for (const row of rows) {
    n += 3;
    for (const x of row) {
      if (typeof x === 'string') n += stringBytes(x) + 3;
      else if (typeof x === 'number') n += String(x).length + 1;
      else if (typeof x === 'boolean') n += 6;
      else n += 5;
    }
  }
  return n;
}

function stringBytes(s: string): number {
  if (!/[^\x20-\x7e]|["\\]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else n += 3;
  }
  return n;
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
