/**
 * What a file is, from its first bytes, before any reader opens it: empty,
 * encrypted or old .xls (OLE2), not a zip at all. Shared by both readers.
 */
export type LoadProblem = 'empty' | 'encrypted-or-xls' | 'not-zip' | 'not-xlsx' | 'corrupt';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b]; // "PK"

/** null when the bytes may be an .xlsx package; else why not. */
export function sniffWorkbookBytes(bytes: Uint8Array): { readonly ok: false; readonly problem: LoadProblem; readonly message: string } | null {
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

function fail(problem: LoadProblem, message: string): { readonly ok: false; readonly problem: LoadProblem; readonly message: string } {
  return { ok: false, problem, message };
}
