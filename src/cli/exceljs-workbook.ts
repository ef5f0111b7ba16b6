/**
 * The exceljs model of a workbook, for the write commands only, loaded on
 * demand so that reading commands never load exceljs. (The patching writer
 * replaces this; see issue 11.)
 */
import type ExcelJS from 'exceljs';

export type ForWriting = { readonly ok: true; readonly workbook: ExcelJS.Workbook } | { readonly ok: false; readonly message: string };

export async function workbookForWriting(file: string, bytes: Uint8Array): Promise<ForWriting> {
  const { loadWorkbook } = await import('../xlsx/load');
  const loaded = await loadWorkbook(bytes);
  return loaded.ok ? { ok: true, workbook: loaded.workbook } : { ok: false, message: `${file}: ${loaded.message}` };
}
