/** exceljs Workbook -> .xlsx bytes (file IO is the caller's job). */
import type ExcelJS from 'exceljs';

export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs types this as an ArrayBuffer; it is a Node Buffer (a Uint8Array) in Node
  // and a Uint8Array-like buffer in the browser build.
  const out: unknown = await wb.xlsx.writeBuffer();
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new TypeError('exceljs returned something that is not bytes');
}
