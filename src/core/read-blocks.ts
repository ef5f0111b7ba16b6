/**
 * Reading a sheet's cells in row blocks sized by bytes, within Excel on the
 * web's 5 MB limit on one request or response (Office JS error
 * `ResponsePayloadSizeLimitExceeded`; Office Scripts: "Requests and responses
 * are limited to 5MB", platform limits). One planner for both Excel adapters:
 * the Office JS add-in packs several sheets' blocks into one sync, an Office
 * Script asks for one block at a time (one getValues/getTexts/... call each).
 *
 * A block's response is estimated as rows x columns x bytes per cell: the
 * prior (READ_CELL_BYTES) until a sheet's cells have been seen, then the
 * densest response part seen on that sheet (its JSON size, counted high) plus
 * a quarter. Long text cannot be foreseen from a sheet's size, so when Excel
 * still refuses a block the sheet is planned at twice the size until its next
 * block comes back (`blockRefused`). Blocks always span the used range's
 * columns; columns are never split, so a single row over the limit cannot be
 * read (`isSingleRow`).
 */

/** Bytes per read response, by default: half of the 5 MB limit. */
export const DEFAULT_READ_BUDGET = 2500000;
/** A cell's share of a response (value, text, number format, value type, as JSON) before any cell of its sheet is seen. */
export const READ_CELL_BYTES = 64;
/** Measured bytes per cell are taken with this margin. */
const DENSITY_MARGIN = 1.25;
/** From this many cells seen, a sheet's measured size replaces the prior (even when smaller). */
const MIN_SAMPLE_CELLS = 1000;

/** A sheet's used range, 0-based. */
export interface UsedArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** What the planner keeps about one sheet while it is read. */
export interface BlockState {
  readonly area: UsedArea | null;
  /** Next row (0-based, of the sheet) to read. */
  next: number;
  sampleCells: number;
  /** Largest measured bytes per cell of one response part. */
  densest: number;
  /** Bytes per cell not to plan below until the sheet's next response (raised when Excel refused one). */
  floor: number;
}

/** Rows `top` .. `top + count - 1` of one sheet, all the used range's columns. */
export interface ReadBlock<S extends BlockState> {
  readonly sheet: S;
  readonly area: UsedArea;
  readonly top: number;
  readonly count: number;
}

export function newBlockState(area: UsedArea | null): BlockState {
  return { area, next: area === null ? 0 : area.top, sampleCells: 0, densest: 0, floor: 0 };
}

function positive(x: number | undefined, fallback: number): number {
  return x !== undefined && isFinite(x) && x > 0 ? x : fallback;
}

/** The budget and prior to plan with: the given ones when they are positive numbers, else the defaults. */
export function readSizes(budget?: number, cellBytes?: number): { budget: number; prior: number } {
  return { budget: positive(budget, DEFAULT_READ_BUDGET), prior: positive(cellBytes, READ_CELL_BYTES) };
}

/** Bytes per cell to plan a sheet's next block with. */
export function blockDensity(s: BlockState, prior: number): number {
  const measured = s.densest * DENSITY_MARGIN;
  const d = s.sampleCells >= MIN_SAMPLE_CELLS ? measured : Math.max(prior, measured);
  return Math.max(s.floor, d, 1);
}

export function rowsLeft(s: BlockState): number {
  return s.area === null ? 0 : Math.max(0, s.area.top + s.area.rows - s.next);
}

export function bytesLeft(states: ReadonlyArray<BlockState>, prior: number): number {
  let bytes = 0;
  for (const s of states) if (s.area !== null) bytes += rowsLeft(s) * s.area.cols * blockDensity(s, prior);
  return bytes;
}

/**
 * The blocks of one request: from each sheet in turn, as many rows as fit in
 * what is left of the budget (a block is at least one row, alone in its
 * request when even one row is over the budget).
 */
export function planBlocks<S extends BlockState>(states: ReadonlyArray<S>, budget: number, prior: number): Array<ReadBlock<S>> {
  const blocks: Array<ReadBlock<S>> = [];
  let used = 0;
  for (const s of states) {
    const area = s.area;
    const rows = rowsLeft(s);
    if (rows === 0 || area === null) continue;
    const rowBytes = area.cols * blockDensity(s, prior);
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

/** Records a block's size as it came back: `bytes` of JSON for `cells` cells. */
export function measureBlock(s: BlockState, bytes: number, cells: number): void {
  if (cells <= 0) return;
  s.sampleCells += cells;
  s.densest = Math.max(s.densest, bytes / cells);
}

/**
 * A block came back: the sheet moves on by `count` rows. Its size (`bytes()`,
 * the JSON size of what came back) is measured only when there is more of the
 * sheet to plan, so an ordinary read never measures.
 */
export function blockRead(s: BlockState, count: number, bytes: () => number): void {
  s.next += count;
  s.floor = 0; // the densest cells seen now include those Excel refused
  if (rowsLeft(s) > 0 && s.area !== null) measureBlock(s, bytes(), count * s.area.cols);
}

/** Excel refused a block: its cells were denser than estimated. The sheet is planned at twice the size. */
export function blockRefused(s: BlockState, prior: number): void {
  s.floor = 2 * blockDensity(s, prior);
}

/** True when a refused request held a single row of a single sheet: smaller blocks cannot help. */
export function isSingleRow<S extends BlockState>(blocks: ReadonlyArray<ReadBlock<S>>): boolean {
  return blocks.length === 1 && blocks[0].count === 1;
}

/** The message when one row alone is over the limit. */
export function rowTooLargeMessage(sheet: string, row: number): string {
  return 'Row ' + String(row + 1) + ' of "' + sheet + '" is too large for Excel to send in one response; shorten its longest cells.';
}

/** True for Excel's refusal of a request or response over its size limit (Office JS code, or the message Office Scripts show). */
export function isPayloadLimit(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const text = (typeof code === 'string' ? code : '') + ' ' + (e instanceof Error ? e.message : String(e));
  return /PayloadSizeLimitExceeded|payload size has exceeded/i.test(text);
}

/**
 * Size of a 2-D array as JSON, counted high: UTF-8 bytes for text, two for an
 * escaped quote or backslash, six for a control character, and a separator
 * after every item.
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

/** Consecutive row blocks whose estimated size stays within maxBytes (at least one row each): for writes. */
export function rowBlocks(rowBytes: ReadonlyArray<number>, maxBytes: number): Array<{ start: number; count: number; bytes: number }> {
  const blocks: Array<{ start: number; count: number; bytes: number }> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    if (i > start && bytes + rowBytes[i] > maxBytes) {
      blocks.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes[i];
  }
  if (rowBytes.length > start) blocks.push({ start, count: rowBytes.length - start, bytes });
  return blocks;
}
