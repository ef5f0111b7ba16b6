/**
 * Real .xlsx files for tests, built with exceljs from plain rows. Dates are
 * JS Dates (UTC), `{ f: 'SUM(A1:A2)' }` a formula, `{ pct: 0.58 }` a number with a
 * `0%` format, `{ error: '#REF!' }` an error value.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export type XCell = string | number | boolean | Date | null | undefined | { f: string; result?: number | string } | { pct: number } | { error: string };

export interface XSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<XCell>>;
  readonly merges?: ReadonlyArray<string>;
}

export function buildWorkbook(sheets: ReadonlyArray<XSheet>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === undefined || value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (value instanceof Date) {
          cell.value = value;
          cell.numFmt = 'dd/mm/yyyy';
        } else if (typeof value === 'object' && 'f' in value) {
          cell.value = { formula: value.f, result: value.result } as ExcelJS.CellFormulaValue;
        } else if (typeof value === 'object' && 'pct' in value) {
          cell.value = value.pct;
          cell.numFmt = '0%';
        } else if (typeof value === 'object' && 'error' in value) {
          cell.value = { error: value.error } as ExcelJS.CellErrorValue;
        } else {
          cell.value = value;
        }
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return wb;
}

let dir: string | null = null;

/** A fresh temporary folder for this test file. */
export function tempDir(): string {
  if (dir === null) dir = mkdtempSync(path.join(tmpdir(), 'plan-test-'));
  return dir;
}

export async function writeXlsx(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const file = path.join(tempDir(), name);
  const buffer = await wb.xlsx.writeBuffer();
  writeFileSync(file, new Uint8Array(buffer as ArrayBuffer));
  return file;
}

export function writeText(name: string, text: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
