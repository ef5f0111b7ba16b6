/**
 * Bytes -> exceljs Workbook, or a message a person can act on. Never throws.
 */
import ExcelJS from 'exceljs';

import { sniffWorkbookBytes, type LoadProblem } from './sniff';

export type { LoadProblem };

export type LoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly problem: LoadProblem; readonly message: string };

export async function loadWorkbook(bytes: Uint8Array): Promise<LoadResult> {
  const sniffed = sniffWorkbookBytes(bytes);
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

function shortReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const firstLine = text.split('\n')[0].trim();
  return firstLine.length > 120 ? firstLine.slice(0, 117) + '...' : firstLine === '' ? 'unknown problem' : firstLine;
}

function fail(problem: LoadProblem, message: string): LoadResult {
  return { ok: false, problem, message };
}
