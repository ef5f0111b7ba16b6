/** Opens a workbook file for the engine: bytes, exceljs workbook, snapshot of the sheets the engine reads. */
import type ExcelJS from 'exceljs';
import { loadWorkbook, snapshotFromWorkbook, workbookOutline } from '../xlsx';
import { relevantSheetNames } from '../core/read';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readInputFile } from './files';
import { checkSheetSizes } from './size-guard';
import { progressBar, type Terminal } from './terminal';

export type Opened =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly workbook: ExcelJS.Workbook; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly message: string };

export async function openWorkbook(file: string, terminal: Terminal): Promise<Opened> {
  if (/\.xls$/i.test(file) || /\.xlsb$/i.test(file)) {
    return { ok: false, message: `${file}: only .xlsx workbooks can be read. Open it in Excel and save it as "Excel Workbook (*.xlsx)".` };
  }
  const read = await readInputFile(file, 'workbook');
  if (!read.ok) return read;
  const size = await checkSheetSizes(read.bytes);
  if (!size.ok) return { ok: false, message: `${file}: ${size.message}` };
  // exceljs gives no progress while it unpacks; a large file gets a line saying what is happening.
  const big = terminal.progress && read.bytes.length > 1_000_000;
  if (big) terminal.err(`Loading ${file} (${(read.bytes.length / 1_000_000).toFixed(1)} MB)...`);
  const loaded = await loadWorkbook(read.bytes);
  if (big) terminal.err('\r\u001b[K');
  if (!loaded.ok) return { ok: false, message: `${file}: ${loaded.message}` };
  const outline = workbookOutline(loaded.workbook);
  const bar = progressBar(terminal);
  const snapshot = snapshotFromWorkbook(loaded.workbook, {
    sheets: relevantSheetNames(outline.sheetNames, outline.tables),
    onProgress: (done, total) => bar.update(done, total, 'Reading rows'),
  });
  bar.done();
  return { ok: true, bytes: read.bytes, workbook: loaded.workbook, snapshot };
}
