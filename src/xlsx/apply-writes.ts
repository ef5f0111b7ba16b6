/**
 * WritePlan -> exceljs Workbook (contract section 5). Writes exactly the
 * cells the plan names, and nothing else: every other cell, sheet, format,
 * data validation, conditional format, defined name and formula is kept.
 *
 * Strings are always written as text, never as formulas (a value such as
 * `=HYPERLINK(...)` arriving from a CSV stays inert text).
 */
import type ExcelJS from 'exceljs';
import { RAG_FILLS } from '../core/writes';
import type { CellWrite, ColumnWrite, SheetWrite, WritePlan, WriteValue } from '../core/writes';

/** Width given to a newly appended owned column when it has none. */
const NEW_COLUMN_MIN_WIDTH = 12;

export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const sheet of plan.sheets) replaceSheet(wb, sheet);
  for (const column of plan.columns) writeColumn(wb, column);
  for (const cell of plan.cells) writeCell(wb, cell);
}

/** The sheet with this name (exact first, then ignoring case and outer spaces), created when missing. */
export function sheetByName(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const exact = wb.getWorksheet(name);
  if (exact !== undefined) return exact;
  const key = name.trim().toLowerCase();
  const loose = wb.worksheets.find((ws) => ws.name.trim().toLowerCase() === key);
  return loose !== undefined ? loose : wb.addWorksheet(name);
}

function writeColumn(wb: ExcelJS.Workbook, write: ColumnWrite): void {
  const ws = sheetByName(wb, write.sheet);
  const col = write.col + 1;
  const header = ws.getCell(write.headerRow + 1, col);
  header.value = write.header;
  if (write.isNew) {
    // Look like the header to the left (font, fill, border, alignment), without touching it.
    if (write.col > 0) {
      const left = ws.getCell(write.headerRow + 1, col - 1);
      header.style = { ...left.style, numFmt: 'General' };
    }
    const column = ws.getColumn(col);
    if (column.width === undefined) column.width = Math.max(NEW_COLUMN_MIN_WIDTH, write.header.length + 2);
  }
  for (let i = 0; i < write.values.length; i++) {
    const cell = ws.getCell(write.firstRow + i + 1, col);
    const value = write.values[i];
    setValue(cell, value);
    const format = rowFormat(write, i);
    if (format !== null) cell.numFmt = format;
    if (write.rag) colourRag(cell, value);
  }
}

/** A row's own number format (e.g. `0.0%` on `%` rows of Latest) wins over the column's. */
function rowFormat(write: ColumnWrite, i: number): string | null {
  const own = write.numberFormats !== undefined ? write.numberFormats[i] : undefined;
  return own !== undefined && own !== null ? own : write.numberFormat;
}

function replaceSheet(wb: ExcelJS.Workbook, write: SheetWrite): void {
  const ws = freshSheet(wb, write.sheet);
  const bold = new Set(write.boldRows);
  write.rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      setValue(cell, value);
      if (bold.has(r)) cell.font = { bold: true };
    });
  });
  for (const f of write.numberFormats) {
    forEachCell(f.area, (r, c) => {
      ws.getCell(r + 1, c + 1).numFmt = f.numberFormat;
    });
  }
  for (const area of write.ragAreas) {
    forEachCell(area, (r, c) => {
      const value = write.rows[r] !== undefined ? write.rows[r][c] : undefined;
      if (value !== undefined && value !== null) colourRag(ws.getCell(r + 1, c + 1), value);
    });
  }
  write.columnWidths.forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
}

/**
 * An empty sheet of this name in the same tab position: an existing sheet is
 * removed and a new one put where it was (so nothing of the old roll-up stays:
 * values, formats, merges, validations).
 */
function freshSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const key = name.trim().toLowerCase();
  const old = wb.worksheets.find((ws) => ws.name.trim().toLowerCase() === key);
  if (old === undefined) return wb.addWorksheet(name);
  const orderNo = tabOrder(old);
  const realName = old.name;
  wb.removeWorksheet(old.id);
  const created = wb.addWorksheet(realName);
  if (orderNo !== null) (created as unknown as { orderNo: number }).orderNo = orderNo;
  return created;
}

/** exceljs keeps the tab position in `orderNo` (not in its type definitions). */
function tabOrder(ws: ExcelJS.Worksheet): number | null {
  const orderNo = (ws as unknown as { orderNo?: unknown }).orderNo;
  return typeof orderNo === 'number' ? orderNo : null;
}

function writeCell(wb: ExcelJS.Workbook, write: CellWrite): void {
  const ws = sheetByName(wb, write.sheet);
  const cell = ws.getCell(write.row + 1, write.col + 1);
  setValue(cell, write.value);
  if (write.numberFormat !== null) cell.numFmt = write.numberFormat;
}

function setValue(cell: ExcelJS.Cell, value: WriteValue): void {
  cell.value = value;
}

function colourRag(cell: ExcelJS.Cell, value: WriteValue): void {
  const colours = typeof value === 'string' ? RAG_FILLS[value] : undefined;
  if (colours === undefined) {
    // An owned cell that is no longer a RAG word loses the old colour.
    cell.fill = { type: 'pattern', pattern: 'none' };
    cell.font = { ...cell.font, color: undefined };
    return;
  }
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colours.fill) }, bgColor: { argb: argb(colours.fill) } };
  cell.font = { ...cell.font, color: { argb: argb(colours.font) } };
}

/** `#C6EFCE` -> `FFC6EFCE`. */
function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

function forEachCell(area: { top: number; left: number; bottom: number; right: number }, visit: (row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r, c);
}
