/** exceljs Workbook -> .xlsx bytes (file IO is the caller's job). */
import ExcelJS from 'exceljs';

export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  dropUnreadableResults(wb);
  // exceljs types this as an ArrayBuffer; it is a Node Buffer (a Uint8Array) in Node
  // and a Uint8Array-like buffer in the browser build.
  const out: unknown = await wb.xlsx.writeBuffer();
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new TypeError('exceljs returned something that is not bytes');
}

/**
 * exceljs reads a formula's text result under a date format as an invalid
 * date and would write it back as `<v>NaN</v>`, a damaged cell. Such a
 * result is dropped instead (the formula stays), and Excel is asked to
 * recalculate on opening, so the user sees the formula's real value again.
 */
export function dropUnreadableResults(wb: ExcelJS.Workbook): number {
  let dropped = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const result: unknown = cell.result;
        if (!(result instanceof Date) || Number.isFinite(result.getTime())) return;
        cell.model = { ...cell.model, result: undefined };
        dropped++;
      });
    });
  }
  if (dropped > 0) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return dropped;
}
