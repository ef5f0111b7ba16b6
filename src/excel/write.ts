/**
 * WritePlan -> Office.js, writing exactly what the plan says and nothing else.
 *
 * Syncs (none of them depends on the number of rows):
 *   A  worksheet names and the header cell of every owned column (checked
 *      before anything is written);
 *   B  all writes, with Excel's calculation suspended: each owned column as one
 *      values block (+ one number-format block), each owned sheet cleared and
 *      written as one values block.
 *
 * RAG colours: on the owned RAG columns of the user's sheets they are static
 * fills, rewritten with the column on every run (one setCellProperties block,
 * not a format per cell), so no conditional format is left on a user's sheet
 * to be found again: `ConditionalFormat.id` is the format's priority in its
 * collection (ExcelApi 1.6 reference) and shifts as formats are added and
 * deleted, so a stored id does not name the same format next time (issue 9).
 * On the owned sheets, which are cleared whole on every run, they stay
 * conditional formats (one per RAG word per area), as the Office Scripts
 * write them.
 *
 * Excel on the web refuses a request over 5 MB. Writes are sized (JSON length
 * of values and formats plus a per-operation allowance) and, when one sync
 * would exceed `payloadBudget` (2.5 MB by default, half the limit), columns and
 * sheets are cut into row blocks and C becomes several syncs: their number
 * grows with the payload size only (about one more per 2.5 MB), never per row.
 *
 * Text that Excel would turn into a number, date or formula (core
 * text-guard.ts, the rule the Office Scripts use too) is written into cells
 * formatted `@`, so `1.10` stays text and `2016-09` does not become a date.
 */
import { RAG_FILLS } from '../core/writes';
import type { AreaFormat, CellWrite, ColumnWrite, SheetWrite, WritePlan, WriteValue } from '../core/writes';
import { matchKey } from '../core/text';
import { HISTORY_SHEET, RAG_HISTORY_SHEET, ROLLUP_SHEET } from '../core/rollup';
import { OWNED_ACTION_COLUMNS, OWNED_MEASURE_COLUMNS } from '../core/writeback';
import type { HostResult, Progress } from '../host/plan-host';
import { columnWidthPoints } from '../core/column-width';
import { guardedText, needsTextGuard } from '../core/text-guard';
import { rowBlocks } from '../core/read-blocks';
import type { XlCellProperties, XlConditionalFormat, XlContext, XlRange, XlWorksheet } from './office-model';
import { areaAddress, chunkAddresses, rowSpanAddress } from './addresses';

export { rowBlocks };

/** Sheets the product owns (contract section 5); nothing else is replaced. */
export const OWNED_SHEETS: ReadonlyArray<string> = [ROLLUP_SHEET, HISTORY_SHEET, RAG_HISTORY_SHEET];

/** Column headers the product owns (contract section 5), as the engine names them. */
export const OWNED_COLUMNS: ReadonlyArray<string> = OWNED_ACTION_COLUMNS.concat(OWNED_MEASURE_COLUMNS.filter((c) => OWNED_ACTION_COLUMNS.indexOf(c) < 0));

/** Half of Excel on the web's 5 MB request limit. */
export const DEFAULT_PAYLOAD_BUDGET = 2_500_000;
/** Allowance for the request envelope of one operation (ids, method names). */
export const OP_OVERHEAD_BYTES = 200;
/** Font colour of an owned RAG cell without a RAG colour (Unknown, No data, blank). */
export const PLAIN_FONT = '#000000';

export interface WriteOptions {
  readonly payloadBudget?: number;
}

/** One conditional format per RAG word, as the cell-value rule `="Red"`. */
export function ragRules(): Array<{ word: string; fill: string; font: string }> {
  return Object.keys(RAG_FILLS).map((word) => ({ word, fill: RAG_FILLS[word].fill, font: RAG_FILLS[word].font }));
}

const OWNED_SHEET_KEYS = new Set(OWNED_SHEETS.map((s) => matchKey(s)));
const OWNED_COLUMN_KEYS = new Set(OWNED_COLUMNS.map((s) => matchKey(s)));

/** Checks that need no workbook: owned names only. Returns a message or null. */
export function checkOwnership(plan: WritePlan): string | null {
  for (const s of plan.sheets) {
    if (!OWNED_SHEET_KEYS.has(matchKey(s.sheet))) return 'Refused to write: "' + s.sheet + '" is not a sheet the add-in owns (' + OWNED_SHEETS.join(', ') + ').';
  }
  for (const c of plan.columns) {
    if (!OWNED_COLUMN_KEYS.has(matchKey(c.header))) return 'Refused to write: column "' + c.header + '" on ' + c.sheet + ' is not a column the add-in owns.';
    if (c.col < 0 || c.headerRow < 0 || c.firstRow <= c.headerRow) return 'Refused to write: column "' + c.header + '" on ' + c.sheet + ' has an invalid position.';
  }
  return null;
}

function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Value written to an owned cell: null clears it (Office.js would skip a null). */
function cellValue(v: WriteValue): string | number {
  return v === null ? '' : v;
}

/** Number format for an owned cell: text Excel would convert is kept as text. */
function cellFormat(v: WriteValue, numberFormat: string | null): string {
  if (typeof v === 'string' && v !== '' && needsTextGuard(v)) return '@';
  return numberFormat !== null ? numberFormat : 'General';
}

/** A text CellWrite (the cell keeps its own format) that Excel would turn into a number, date or formula gets the text prefix. */
export function guardText(s: string): string {
  return guardedText(s);
}

function jsonBytes(x: unknown): number {
  return JSON.stringify(x).length;
}

/** The static RAG colours of one owned cell: fill and font of its RAG word, else the plain font (the fill is cleared first). */
export function ragCellProperties(v: WriteValue): XlCellProperties {
  const rag = typeof v === 'string' && Object.prototype.hasOwnProperty.call(RAG_FILLS, v) ? RAG_FILLS[v] : undefined;
  return rag !== undefined ? { format: { fill: { color: rag.fill }, font: { color: rag.font } } } : { format: { font: { color: PLAIN_FONT } } };
}

interface Batcher {
  /** Queues an operation of the given size, syncing first when the request would grow past the budget. */
  add(bytes: number, op: () => void): Promise<void>;
  readonly syncs: () => number;
}

function makeBatcher(context: XlContext, budget: number): Batcher {
  let used = 0;
  let syncs = 0;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  return {
    async add(bytes: number, op: () => void): Promise<void> {
      if (used > 0 && used + bytes > budget) {
        await context.sync(); // payload-driven: one more sync per `budget` bytes, never per row
        syncs++;
        used = 0;
        context.workbook.application.suspendApiCalculationUntilNextSync();
      }
      op();
      used += bytes;
    },
    syncs: () => syncs,
  };
}

export async function applyWritePlan(context: XlContext, plan: WritePlan, options: WriteOptions = {}, onProgress?: Progress): Promise<HostResult> {
  const budget = options.payloadBudget !== undefined ? options.payloadBudget : DEFAULT_PAYLOAD_BUDGET;
  const refusal = checkOwnership(plan);
  if (refusal !== null) return { ok: false, message: refusal };
  const total = plan.columns.length + plan.sheets.length + (plan.cells.length > 0 ? 1 : 0) + 2;
  let done = 0;
  const step = (label: string): void => {
    done++;
    if (onProgress !== undefined) onProgress(done, total, label);
  };

  // Sync A: names, header cells.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const headerCells = plan.columns.map((c) => {
    const r = worksheets.getItemOrNullObject(c.sheet).getRangeByIndexes(c.headerRow, c.col, 1, 1);
    r.load('values');
    return r;
  });
  await context.sync();
  const names = new Set(worksheets.items.map((w) => w.name));
  for (let i = 0; i < plan.columns.length; i++) {
    const c = plan.columns[i];
    if (!names.has(c.sheet)) return { ok: false, message: 'Nothing written: the sheet "' + c.sheet + '" is not in the workbook any more. Check the plan again.' };
    const seen = headerCells[i].values[0][0];
    const same = typeof seen === 'string' && matchKey(seen) === matchKey(c.header);
    if (c.isNew ? !(isBlankValue(seen) || same) : !same) {
      return {
        ok: false,
        message: 'Nothing written: the header cell for "' + c.header + '" on ' + c.sheet + ' now holds "' + String(seen) + '". The sheet changed since it was checked; check the plan again.',
      };
    }
  }
  for (const cell of plan.cells) {
    if (!names.has(cell.sheet)) return { ok: false, message: 'Nothing written: the sheet "' + cell.sheet + '" is not in the workbook any more.' };
  }
  step('Checked the workbook');

  // Sync B (or a few, by payload size): all writes.
  const batch = makeBatcher(context, budget);
  for (const s of plan.sheets) {
    await writeSheet(context, batch, s, names.has(s.sheet), budget);
    step('Wrote ' + s.sheet);
  }
  for (const c of plan.columns) {
    const ws = worksheets.getItem(c.sheet);
    await writeColumn(batch, ws, c, budget);
    step('Wrote ' + c.header + ' on ' + c.sheet);
  }
  if (plan.cells.length > 0) {
    await writeCells(batch, context, plan.cells);
    step('Wrote ' + String(plan.cells.length) + ' cell(s)');
  }
  await context.sync();
  step('Done');
  return { ok: true };
}

async function writeSheet(context: XlContext, batch: Batcher, s: SheetWrite, exists: boolean, budget: number): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const ws = exists ? worksheets.getItem(s.sheet) : worksheets.add(s.sheet);
  if (exists) {
    await batch.add(OP_OVERHEAD_BYTES * 2, () => {
      const all = ws.getRange();
      all.clear('All');
      all.conditionalFormats.clearAll();
    });
  }
  const width = s.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values: Array<Array<string | number>> = [];
  const formats: string[][] = [];
  for (const row of s.rows) {
    const v: Array<string | number> = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const x = c < row.length ? row[c] : null;
      v.push(cellValue(x));
      f.push(cellFormat(x, null));
    }
    values.push(v);
    formats.push(f);
  }
  // Number formats of the plan go into the same block (one set for the whole
  // sheet, not one per area); only parts outside the written block are set apart.
  const outside: AreaFormat[] = [];
  for (const nf of s.numberFormats) {
    const a = nf.area;
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        if (r < formats.length && c < width) formats[r][c] = nf.numberFormat;
      }
    }
    if (a.bottom >= formats.length || a.right >= width) outside.push(nf);
  }
  if (s.rows.length > 0 && width > 0) {
    const rowBytes = values.map((v, i) => jsonBytes(v) + jsonBytes(formats[i]) + 2);
    for (const b of rowBlocks(rowBytes, budget / 2)) {
      await batch.add(b.bytes + OP_OVERHEAD_BYTES, () => {
        const range = ws.getRangeByIndexes(b.start, 0, b.count, width);
        range.numberFormat = formats.slice(b.start, b.start + b.count);
        range.values = values.slice(b.start, b.start + b.count);
      });
    }
  }
  for (const nf of outside) {
    const rows = nf.area.bottom - nf.area.top + 1;
    const cols = nf.area.right - nf.area.left + 1;
    const block: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < cols; c++) line.push(nf.numberFormat);
      block.push(line);
    }
    await batch.add(jsonBytes(block) + OP_OVERHEAD_BYTES, () => {
      ws.getRangeByIndexes(nf.area.top, nf.area.left, rows, cols).numberFormat = block;
    });
  }
  for (const chunk of chunkAddresses(s.boldRows.map((r) => rowSpanAddress(r, width)))) {
    await batch.add(chunk.length + OP_OVERHEAD_BYTES, () => {
      ws.getRanges(chunk).format.font.bold = true;
    });
  }
  for (const chunk of chunkAddresses(s.ragAreas.map((a) => areaAddress(a)))) {
    await batch.add(chunk.length + OP_OVERHEAD_BYTES * 6, () => {
      const areas = ws.getRanges(chunk);
      for (const rule of ragRules()) addRagFormat(areas.conditionalFormats.add('CellValue'), rule);
    });
  }
  for (let c = 0; c < s.columnWidths.length; c++) {
    const w = s.columnWidths[c];
    if (!(w > 0)) continue;
    await batch.add(OP_OVERHEAD_BYTES, () => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(w);
    });
  }
}

function addRagFormat(cf: XlConditionalFormat, rule: { word: string; fill: string; font: string }): void {
  cf.cellValue.format.fill.color = rule.fill;
  cf.cellValue.format.font.color = rule.font;
  cf.cellValue.rule = { formula1: '="' + rule.word + '"', operator: 'EqualTo' };
}

async function writeColumn(batch: Batcher, ws: XlWorksheet, c: ColumnWrite, budget: number): Promise<void> {
  await batch.add(c.header.length + OP_OVERHEAD_BYTES, () => {
    ws.getRangeByIndexes(c.headerRow, c.col, 1, 1).values = [[c.header]];
  });
  const n = c.values.length;
  if (n === 0) return;
  const values = c.values.map((v) => [cellValue(v)]);
  // A row's own format (Latest: `0.0%` on `%` rows) wins over the column's.
  const formats = c.values.map((v, i) => {
    const own = c.numberFormats !== undefined ? c.numberFormats[i] : undefined;
    return [cellFormat(v, own !== undefined && own !== null ? own : c.numberFormat)];
  });
  const colours = c.rag ? c.values.map((v) => [ragCellProperties(v)]) : null;
  const rowBytes = values.map((v, i) => jsonBytes(v) + jsonBytes(formats[i]) + (colours !== null ? jsonBytes(colours[i]) : 0) + 2);
  for (const b of rowBlocks(rowBytes, budget / 2)) {
    await batch.add(b.bytes + OP_OVERHEAD_BYTES * (colours !== null ? 2 : 1), () => {
      const range: XlRange = ws.getRangeByIndexes(c.firstRow + b.start, c.col, b.count, 1);
      range.numberFormat = formats.slice(b.start, b.start + b.count);
      range.values = values.slice(b.start, b.start + b.count);
      if (colours !== null) {
        // Static RAG colours, rewritten with the column: no conditional format to find again.
        range.format.fill.clear();
        range.setCellProperties(colours.slice(b.start, b.start + b.count));
      }
    });
  }
}

async function writeCells(batch: Batcher, context: XlContext, cells: ReadonlyArray<CellWrite>): Promise<void> {
  for (const cell of cells) {
    const value = typeof cell.value === 'string' ? guardedText(cell.value) : cellValue(cell.value);
    await batch.add(jsonBytes(value) + OP_OVERHEAD_BYTES, () => {
      const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
      if (cell.numberFormat !== null) range.numberFormat = [[cell.numberFormat]];
      range.values = [[value]];
    });
  }
}
