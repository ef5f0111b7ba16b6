/**
 * Opens a workbook file for the engine: its bytes and the snapshot of the sheets
 * the engine reads, straight from the package (src/xlsx/package). No exceljs on
 * this path: `check` and `report` never load it.
 */
import { inflateRawSync } from 'node:zlib';
import { readWorkbook } from '../xlsx/package/read-workbook';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readInputFile } from './files';
import { progressBar, type Terminal } from './terminal';

export type Opened =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly message: string };

export async function openWorkbook(file: string, terminal: Terminal): Promise<Opened> {
  if (/\.xls$/i.test(file) || /\.xlsb$/i.test(file)) {
    return { ok: false, message: `${file}: only .xlsx workbooks can be read. Open it in Excel and save it as "Excel Workbook (*.xlsx)".` };
  }
  const read = await readInputFile(file, 'workbook');
  if (!read.ok) return read;
  const bar = progressBar(terminal);
  const result = readWorkbook(read.bytes, { inflateRaw: nativeInflate, onProgress: (done, total) => bar.update(done, total, 'Reading rows') });
  bar.done();
  if (!result.ok) return { ok: false, message: `${file}: ${result.message}` };
  return { ok: true, bytes: read.bytes, snapshot: result.snapshot };
}

/** Output buffer of one inflate: the declared size, so a part inflates into one buffer, not chunks joined by a copy (bounded: a size is only a claim). */
const MAX_CHUNK = 32 * 1024 * 1024;

/** Node's zlib, bounded to the size the zip declares: a part that inflates past it reads as damaged. */
export function nativeInflate(data: Uint8Array, size: number): Uint8Array | null {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.min(Math.max(size, 64), MAX_CHUNK) });
    return out.length === size ? new Uint8Array(out.buffer, out.byteOffset, out.length) : null;
  } catch {
    return null;
  }
}
