/**
 * The sample workbook as `plan sample` writes it, loaded back with exceljs,
 * and what its Dashboard holds: formula cells with their cached results, and
 * the PLAN function calls inside each formula (name and argument texts).
 */
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { plan } from '../helpers/cli';
import { readXlsx, tempDir } from '../helpers/xlsx-builder';
import { a1 } from '../../src/core/address';
import { serialFromDate } from '../../src/xlsx';
import { DASHBOARD_SHEET, SAMPLE_SHEETS, dashboardLayout, ACTION_HEADER_ROW, MEASURE_HEADER_ROW, SAMPLE_AS_OF } from '../../src/sample';
import type { DashboardLayout } from '../../src/sample';

export type Cached = number | string | boolean | { error: string };

export interface FormulaCell {
  readonly address: string;
  /** 0-based. */
  readonly row: number;
  /** 0-based. */
  readonly col: number;
  /** As stored in the file (no leading `=`). */
  readonly formula: string;
  /** The cached result; a blank answer (no cached value) is `''`. */
  readonly cached: Cached;
}

export interface SampleFile {
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly dashboard: ExcelJS.Worksheet;
  readonly layout: DashboardLayout;
}

let counter = 0;

/** Runs `plan sample --out <tmp>.xlsx` and loads the file it wrote. */
export async function sampleFromCli(): Promise<SampleFile> {
  counter++;
  const file = path.join(tempDir(), `sample-dashboard-${counter}.xlsx`);
  const run = await plan('sample', '--out', file);
  if (run.code !== 0) throw new Error('plan sample failed: ' + run.err);
  const workbook = await readXlsx(file);
  return { file, workbook, dashboard: sheetOf(workbook, DASHBOARD_SHEET), layout: layoutOf(workbook) };
}

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error('no sheet ' + name);
  return ws;
}

export function layoutOf(wb: ExcelJS.Workbook): DashboardLayout {
  return dashboardLayout({
    actions: sheetOf(wb, SAMPLE_SHEETS.actions),
    actionHeaderRow: ACTION_HEADER_ROW,
    measures: sheetOf(wb, SAMPLE_SHEETS.measures),
    measureHeaderRow: MEASURE_HEADER_ROW,
    asOf: SAMPLE_AS_OF,
  });
}

/**
 * The cached result of a formula cell, read from the cell model: exceljs's
 * `cell.value` leaves out a falsy result (0, FALSE), the model keeps it.
 */
export function cachedResult(cell: ExcelJS.Cell): Cached {
  const result: unknown = cell.model.result;
  if (result === undefined || result === null) return '';
  if (result instanceof Date) return serialFromDate(result) ?? NaN;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (typeof result === 'object' && typeof (result as { error?: unknown }).error === 'string') return { error: (result as { error: string }).error };
  throw new Error('unexpected cached result at ' + cell.address);
}

/** Every formula cell of a sheet, in row then column order. */
export function formulaCells(ws: ExcelJS.Worksheet): FormulaCell[] {
  const out: FormulaCell[] = [];
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const formula = cell.formula;
      if (typeof formula !== 'string' || formula === '') return;
      out.push({ address: a1(r - 1, c - 1), row: r - 1, col: c - 1, formula, cached: cachedResult(cell) });
    });
  });
  return out;
}

export interface FunctionCall {
  /** As written: `_xldudf_PLAN_RAG`, `IF`, `COUNTIF`, ... */
  readonly name: string;
  /** Top-level argument texts; an omitted argument is `''`; `f()` has none. */
  readonly args: ReadonlyArray<string>;
}

/** Every function call in a formula, outer calls first, with its arguments split at top-level commas. */
export function functionCalls(formula: string): FunctionCall[] {
  const calls: FunctionCall[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_.]*)\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula)) !== null) {
    if (insideQuotes(formula, m.index)) continue;
    const open = m.index + m[0].length - 1;
    calls.push({ name: m[1], args: splitArgs(formula, open) });
  }
  return calls;
}

/** True when position `at` is inside a "text" or 'sheet name' literal. */
function insideQuotes(formula: string, at: number): boolean {
  let quote: string | null = null;
  for (let i = 0; i < at; i++) {
    const ch = formula[i];
    if (quote !== null) {
      if (ch === quote) {
        if (formula[i + 1] === quote) i++;
        else quote = null;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  return quote !== null;
}

function splitArgs(formula: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open + 1;
  for (let i = open + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (quote !== null) {
      if (ch === quote) {
        if (formula[i + 1] === quote) i++;
        else quote = null;
      }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) {
        const last = formula.slice(start, i);
        if (args.length > 0 || last.trim() !== '') args.push(last.trim());
        return args;
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(formula.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error('unbalanced formula: ' + formula);
}

/** `_xldudf_PLAN_RAG(` (as Excel stores a custom function) -> `PLAN.RAG(` (as typed, and as HyperFormula's plugin names it). */
export function typedForm(formula: string): string {
  return formula.replace(/_xldudf_PLAN_([A-Z]+)\(/g, 'PLAN.$1(');
}
