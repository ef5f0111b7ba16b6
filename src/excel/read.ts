/**
 * The one bulk read: Office.js workbook -> WorkbookSnapshot, in two syncs
 * whatever the number of rows or sheets.
 *
 *   sync 1: worksheet names; tables (name, worksheet name).
 *   sync 2: for the sheets the engine needs (core `relevantSheetNames`), the
 *           used range's values, text, number formats and value types, the
 *           sheet's merged areas; and every table's range address.
 *
 * Every worksheet is in the snapshot, in workbook order, so the engine knows
 * all sheet names (e.g. the first sheet for `sheet-missing`); sheets it does
 * not need are there with no rows.
 */
import { relevantSheetNames } from '../core/read';
import { BLANK_CELL } from '../core/snapshot';
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { Progress } from '../taskpane/host';
import type { XlContext, XlRange, XlRangeAreas } from './office-model';
import { splitAreaList, stripSheet } from './addresses';

/** What a used range is loaded with. */
export const USED_RANGE_PROPERTIES = 'address,rowIndex,columnIndex,values,text,numberFormat,valueTypes';

interface SheetRead {
  readonly name: string;
  readonly used: XlRange;
  readonly merged: XlRangeAreas;
}

export async function readWorkbookSnapshot(context: XlContext, onProgress?: Progress): Promise<WorkbookSnapshot> {
  const report = (done: number, label: string): void => {
    if (onProgress !== undefined) onProgress(done, 3, label);
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

  report(1, 'Reading ' + String(wanted.size) + ' sheet(s)');
  const tableRanges = tableInfo.map((t) => {
    const r = t.table.getRange();
    r.load('address');
    return r;
  });
  const reads: SheetRead[] = [];
  for (const name of names) {
    if (!wanted.has(name)) continue;
    const ws = worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(USED_RANGE_PROPERTIES);
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('address');
    reads.push({ name, used, merged });
  }
  await context.sync();

  report(2, 'Building the snapshot');
  const byName = new Map<string, SheetRead>();
  for (const r of reads) byName.set(r.name, r);
  const sheets: SheetSnapshot[] = names.map((name) => {
    const r = byName.get(name);
    return r === undefined ? { name, rows: [], merges: [] } : sheetFromRead(r);
  });
  const tableSnaps: TableSnapshot[] = tableInfo.map((t, i) => ({ name: t.name, sheet: t.sheet, address: stripSheet(tableRanges[i].address) }));
  report(3, 'Read ' + String(reads.length) + ' sheet(s)');
  return { sheets, tables: tableSnaps };
}

function sheetFromRead(r: SheetRead): SheetSnapshot {
  const merges = r.merged.isNullObject ? [] : splitAreaList(r.merged.address);
  if (r.used.isNullObject) return { name: r.name, rows: [], merges };
  const top = r.used.rowIndex;
  const left = r.used.columnIndex;
  const values = r.used.values;
  const text = r.used.text;
  const formats = r.used.numberFormat;
  const types = r.used.valueTypes;
  const rows: Cell[][] = [];
  for (let i = 0; i < top; i++) rows.push([]);
  for (let i = 0; i < values.length; i++) {
    const row: Cell[] = [];
    for (let j = 0; j < left; j++) row.push(BLANK_CELL);
    const vr = values[i];
    for (let j = 0; j < vr.length; j++) {
      row.push(toCell(vr[j], cellText(text, i, j), cellFormat(formats, i, j), cellType(types, i, j)));
    }
    rows.push(row);
  }
  return { name: r.name, rows, merges };
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
