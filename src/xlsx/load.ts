/**
 * Bytes -> exceljs Workbook, or a message a person can act on. Never throws.
 */
import ExcelJS from 'exceljs';

export type LoadProblem = 'empty' | 'encrypted-or-xls' | 'not-zip' | 'not-xlsx' | 'corrupt';

export type LoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly problem: LoadProblem; readonly message: string };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b]; // "PK"

export async function loadWorkbook(bytes: Uint8Array): Promise<LoadResult> {
  const sniffed = sniff(bytes);
  if (sniffed !== null) return sniffed;
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs (through JSZip) reads a Uint8Array as it is, in Node and in the browser.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    return fail('corrupt', 'The file looks like an .xlsx workbook but cannot be read: it is damaged or incomplete (' + shortReason(err) + '). Open it in Excel, check it looks right, and save it again as .xlsx.');
  }
  if (wb.worksheets.length === 0) {
    return fail('not-xlsx', 'The file is a zip package but holds no Excel worksheets (is it a binary .xlsb workbook, a Word or PowerPoint file, or a plain zip?). Save the tracker from Excel as an .xlsx workbook.');
  }
  return { ok: true, workbook: wb };
}

function sniff(bytes: Uint8Array): LoadResult | null {
  if (bytes.length === 0) {
    return fail('empty', 'The file is empty (0 bytes). It may not have finished saving or copying; open the tracker in Excel and save it again as .xlsx.');
  }
  if (startsWith(bytes, OLE2)) {
    return fail('encrypted-or-xls', 'The file is encrypted or an old .xls workbook, which this tool cannot read. In Excel, save it as .xlsx without a password (File > Info > Protect Workbook > Encrypt with Password, clear it; then Save As .xlsx).');
  }
  if (!startsWith(bytes, ZIP)) {
    const hint = looksLikeText(bytes)
      ? ' It looks like a text file (CSV or HTML?); open it in Excel and save it as .xlsx.'
      : ' Open it in Excel and save it as an .xlsx workbook.';
    return fail('not-zip', 'The file is not an Excel .xlsx workbook.' + hint);
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 9 && b !== 0)) return false;
  }
  return true;
}

function shortReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const firstLine = text.split('\n')[0].trim();
  return firstLine.length > 120 ? firstLine.slice(0, 117) + '...' : firstLine === '' ? 'unknown problem' : firstLine;
}

function fail(problem: LoadProblem, message: string): LoadResult {
  return { ok: false, problem, message };
}
