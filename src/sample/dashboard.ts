/**
 * The sample's `Dashboard` sheet: a one-page board summary whose formulas use
 * the Plan add-in's custom functions (PLAN.LATEST, PLAN.RAG, PLAN.PROGRESS,
 * PLAN.DIRECTION, PLAN.ACTIONRAG, PLAN.DAYSOVERDUE, PLAN.UKDATE) over the
 * Scorecard and Action plan sheets, so an analyst who opens the sample with
 * the add-in sees them work.
 *
 * File format: Excel saves a JavaScript custom function in a formula as
 * `_xldudf_<NAMESPACE>_<NAME>` (`_xldudf_PLAN_RAG(...)`), not as typed
 * (`PLAN.RAG(...)`), and a formula saved as typed stays `#NAME?` until it is
 * entered again (docs/decisions.md). exceljs writes formulas without the `=`.
 *
 * Every formula cell carries a cached result worked out here by the very
 * functions Excel calls (src/functions) on the cells the formula reads, so the
 * sheet shows its values before Excel recalculates, and in tools that never
 * do. Formula text and result are built together (`Expr`), so they cannot
 * drift apart. The engine does not read this sheet (`Dashboard` is not a
 * synonym of any sheet it reads) and the product never writes it.
 */
import ExcelJS from 'exceljs';
import * as fns from '../functions/functions';
import { isExcelError } from '../functions/errors';
import { columnLetters } from '../core/address';
import { serialFromIso } from '../core/calendar';
import { snapshotValue } from '../xlsx/cell-value';
import { SAMPLE_SHEETS } from './planted';

/** The name of the sheet. */
export const DASHBOARD_SHEET = SAMPLE_SHEETS.dashboard;

/** How Excel stores a custom function of the add-in's namespace in a formula: `_xldudf_PLAN_RAG(`. */
export const CUSTOM_FUNCTION_PREFIX = '_xldudf_PLAN_';

/** The PLAN functions the Dashboard uses (ids as in functions.json). */
export type PlanFunctionId = 'LATEST' | 'RAG' | 'PROGRESS' | 'DIRECTION' | 'ACTIONRAG' | 'DAYSOVERDUE' | 'UKDATE';

/** Where things are on the Dashboard (1-based rows, column letters). */
export interface DashboardLayout {
  /** The As-of date cell every action formula reads. */
  readonly asOfCell: string;
  /** The `PLAN.UKDATE("Q3 2016/17")` example. */
  readonly ukDateCell: string;
  /** Label row of the actions summary; the counts are in the row below, columns B.. in `ACTION_SUMMARY` order. */
  readonly actionSummaryRow: number;
  /** Label row of the measures summary; the counts are in the row below, columns B.. in `MEASURE_SUMMARY` order. */
  readonly measureSummaryRow: number;
  readonly measureHeaderRow: number;
  /** One Dashboard row per Scorecard measure row, in Scorecard order. */
  readonly measureRows: ReadonlyArray<{ readonly row: number; readonly scorecardRow: number }>;
  readonly actionHeaderRow: number;
  /** One Dashboard row per Action plan action row, in Action plan order. */
  readonly actionRows: ReadonlyArray<{ readonly row: number; readonly actionPlanRow: number }>;
}

/** Columns of the measures block. */
export const MEASURE_BLOCK = {
  id: 'A', name: 'B', target: 'C', latest: 'D', previous: 'E', rag: 'F', progress: 'G', direction: 'H',
} as const;
const MEASURE_BLOCK_HEADERS = ['Measure ref', 'Measure', 'Target', 'Latest', 'Previous', 'RAG', 'Progress to target', 'Direction of travel'];

/** Columns of the actions block. */
export const ACTION_BLOCK = {
  ref: 'A', action: 'B', lead: 'C', due: 'D', status: 'E', rag: 'F', daysOverdue: 'G',
} as const;
const ACTION_BLOCK_HEADERS = ['Ref', 'Action', 'Lead officer', 'Due', 'Status', 'Calculated RAG', 'Days overdue'];

/** The actions summary, columns B..: a RAG word counted with COUNTIF, then Overdue (days above 0) and All. */
export const ACTION_SUMMARY = ['Blue', 'Green', 'Amber', 'Red', 'Grey', 'Unknown', 'Overdue', 'All'] as const;
/** The measures summary, columns B..: a RAG word counted with COUNTIF, then All. */
export const MEASURE_SUMMARY = ['Green', 'Amber', 'Red', 'No data', 'n/a', 'All'] as const;

/** What the sheet tells its reader about the formulas. */
export const DASHBOARD_NOTE =
  'The formulas on this sheet use the Plan add-in\'s functions (PLAN.LATEST, PLAN.RAG, PLAN.PROGRESS, PLAN.DIRECTION, ' +
  'PLAN.ACTIONRAG, PLAN.DAYSOVERDUE, PLAN.UKDATE): they need the Plan add-in, and without it Excel shows #NAME? when it recalculates. ' +
  'The values saved with the file were worked out by the same functions, with actions rated as of the date below.';

/** The month columns the measure formulas read: Apr-16 .. Mar-17 on the Scorecard. */
const SCORECARD_FIRST_MONTH_COL = 12; // L
const SCORECARD_MONTHS = 12;

/** Scorecard and Action plan columns (1-based) the formulas read. */
const SC = { id: 1, name: 2, unit: 4, polarity: 5, baseline: 6, target: 7, tolerance: 8 } as const;
const AP = { ref: 1, action: 2, lead: 5, due: 6, status: 7, completed: 9 } as const;

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const DATE_FORMAT = 'dd/mm/yyyy';

// ---------------------------------------------------------------------------
// Formula text and its value, built together

type ErrorValue = ExcelJS.CellErrorValue;
/** A value as a formula gives it: Excel's scalar values or an error. */
export type DashboardValue = number | string | boolean | null | ErrorValue;

interface Expr {
  readonly text: string;
  readonly value: DashboardValue;
}

interface RangeExpr {
  readonly text: string;
  readonly values: Array<Array<number | string | boolean | null>>;
}

function isError(v: DashboardValue): v is ErrorValue {
  return typeof v === 'object' && v !== null;
}

const VALUE_ERROR: ErrorValue = { error: '#VALUE!' };

/** `'Action plan'!` / `Scorecard!` */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name + '!' : "'" + name.replace(/'/g, "''") + "'!";
}

function excelValue(ws: ExcelJS.Worksheet, row: number, col: number): number | string | boolean | null {
  const v = snapshotValue(ws.getCell(row, col).value);
  if (typeof v === 'object' && v !== null) throw new Error(`${ws.name}!${columnLetters(col - 1)}${row} holds ${v.error}`);
  return v;
}

/** A cell of another sheet: `Scorecard!G5`. */
function ref(ws: ExcelJS.Worksheet, row: number, col: number): Expr {
  return { text: sheetPrefix(ws.name) + columnLetters(col - 1) + String(row), value: excelValue(ws, row, col) };
}

function rowRange(ws: ExcelJS.Worksheet, row: number, fromCol: number, toCol: number): RangeExpr {
  const values: Array<number | string | boolean | null> = [];
  for (let c = fromCol; c <= toCol; c++) values.push(excelValue(ws, row, c));
  return { text: `${sheetPrefix(ws.name)}${columnLetters(fromCol - 1)}${row}:${columnLetters(toCol - 1)}${row}`, values: [values] };
}

/** A cell of this sheet holding an already built value. */
function local(address: string, value: DashboardValue): Expr {
  return { text: address, value };
}

function text(s: string): Expr {
  return { text: '"' + s.replace(/"/g, '""') + '"', value: s };
}

/** A PLAN function call; `null` arguments are left out (`f(a,,c)`), as Excel passes omitted arguments. */
function plan(id: PlanFunctionId, args: ReadonlyArray<Expr | null>, run: (values: Array<number | string | boolean | null>) => number | string): Expr {
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  const used = args.slice(0, last);
  const callText = CUSTOM_FUNCTION_PREFIX + id + '(' + used.map((a) => (a === null ? '' : a.text)).join(',') + ')';
  const values: Array<number | string | boolean | null> = [];
  for (const a of args) {
    if (a !== null && isError(a.value)) return { text: callText, value: a.value };
    values.push(a === null ? null : (a.value as number | string | boolean | null));
  }
  return { text: callText, value: attempt(() => run(values)) };
}

function latest(range: RangeExpr): Expr {
  return { text: CUSTOM_FUNCTION_PREFIX + 'LATEST(' + range.text + ')', value: attempt(() => fns.latest(range.values)) };
}

function attempt(fn: () => number | string): DashboardValue {
  try {
    return fn();
  } catch (e) {
    if (isExcelError(e)) return VALUE_ERROR;
    throw e;
  }
}

function isNumberExpr(e: Expr): Expr {
  return { text: `ISNUMBER(${e.text})`, value: typeof e.value === 'number' };
}

function ifExpr(condition: Expr, then: Expr, otherwise: Expr): Expr {
  const c = condition.value;
  const value = isError(c) ? c : c === true || (typeof c === 'number' && c !== 0) ? then.value : otherwise.value;
  return { text: `IF(${condition.text},${then.text},${otherwise.text})`, value };
}

/** `IF(ISBLANK(x),"",x)`: a reference that shows a blank cell as blank rather than 0. */
function blankAsBlank(e: Expr): Expr {
  return { text: `IF(ISBLANK(${e.text}),"",${e.text})`, value: e.value === null ? '' : e.value };
}

/** A plain reference to a cell of another sheet shows 0 for a blank cell, as Excel does. */
function plainRef(e: Expr): Expr {
  return e.value === null ? { text: e.text, value: 0 } : e;
}

function sameText(a: DashboardValue, word: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === word.toLowerCase();
}

// ---------------------------------------------------------------------------
// The sheet

/** Rows of a sheet below its header that hold a measure or an action: column A filled, not a merged section row. */
function dataRows(ws: ExcelJS.Worksheet, headerRow: number): number[] {
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const cell = ws.getCell(r, 1);
    if (cell.isMerged || snapshotValue(cell.value) === null) continue;
    rows.push(r);
  }
  return rows;
}

export interface DashboardSources {
  readonly actions: ExcelJS.Worksheet;
  readonly actionHeaderRow: number;
  readonly measures: ExcelJS.Worksheet;
  readonly measureHeaderRow: number;
  /** ISO date the actions are rated at. */
  readonly asOf: string;
}

/** Where the Dashboard puts things for these sources: one row per measure, then one per action. */
export function dashboardLayout(src: DashboardSources): DashboardLayout {
  const measureSources = dataRows(src.measures, src.measureHeaderRow);
  const actionSources = dataRows(src.actions, src.actionHeaderRow);
  const measureHeaderRow = 12;
  const actionHeaderRow = measureHeaderRow + measureSources.length + 2;
  return {
    asOfCell: 'B3',
    ukDateCell: 'B4',
    actionSummaryRow: 6,
    measureSummaryRow: 9,
    measureHeaderRow,
    measureRows: measureSources.map((scorecardRow, i) => ({ row: measureHeaderRow + 1 + i, scorecardRow })),
    actionHeaderRow,
    actionRows: actionSources.map((actionPlanRow, i) => ({ row: actionHeaderRow + 1 + i, actionPlanRow })),
  };
}

/** Adds the Dashboard sheet (last) to a workbook holding the sample's Scorecard and Action plan. */
export function addDashboardSheet(wb: ExcelJS.Workbook, src: DashboardSources): DashboardLayout {
  const asOfSerial = serialFromIso(src.asOf);
  if (asOfSerial === null) throw new Error('bad as-of date ' + src.asOf);
  const layout = dashboardLayout(src);
  const ws = wb.addWorksheet(DASHBOARD_SHEET, { views: [{ showGridLines: false }] });

  ws.getCell('A1').value = 'Improvement Board dashboard';
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value = DASHBOARD_NOTE;
  ws.getCell('A2').font = { italic: true };
  ws.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells('A2:H2');
  ws.getRow(2).height = 48;

  ws.getCell('A3').value = 'As of';
  ws.getCell('A3').font = { bold: true };
  const asOfCell = ws.getCell(layout.asOfCell);
  asOfCell.value = new Date(Date.UTC(1899, 11, 30) + asOfSerial * 86_400_000);
  asOfCell.numFmt = DATE_FORMAT;
  ws.getCell('C3').value = 'Actions are rated as of this date: change it to see them on another day.';
  const asOf = local(absolute(layout.asOfCell), asOfSerial);

  ws.getCell('A4').value = 'End of Q3 2016/17';
  ws.getCell('A4').font = { bold: true };
  putFormula(ws.getCell(layout.ukDateCell), plan('UKDATE', [text('Q3 2016/17')], (a) => fns.ukDate(a[0])), DATE_FORMAT);
  ws.getCell('C4').value = 'PLAN.UKDATE reads UK date text: 31/12/2016, Dec 2016, Q3 2016/17.';

  // Measures block
  headerRow(ws, layout.measureHeaderRow, MEASURE_BLOCK_HEADERS);
  const measureRags: DashboardValue[] = [];
  layout.measureRows.forEach(({ row, scorecardRow }) => {
    const m = src.measures;
    const cell = (col: string) => ws.getCell(col + String(row));
    const id = ref(m, scorecardRow, SC.id);
    const target = ref(m, scorecardRow, SC.target);
    const polarity = ref(m, scorecardRow, SC.polarity);
    const unit = ref(m, scorecardRow, SC.unit);
    const monthFormat = numFmtOf(m.getCell(scorecardRow, SCORECARD_FIRST_MONTH_COL));
    putFormula(cell(MEASURE_BLOCK.id), plainRef(id));
    putFormula(cell(MEASURE_BLOCK.name), plainRef(ref(m, scorecardRow, SC.name)));
    cell(MEASURE_BLOCK.name).alignment = { wrapText: true, vertical: 'top' };
    putFormula(cell(MEASURE_BLOCK.target), blankAsBlank(target), numFmtOf(m.getCell(scorecardRow, SC.target)));
    const latestValue = latest(rowRange(m, scorecardRow, SCORECARD_FIRST_MONTH_COL, SCORECARD_FIRST_MONTH_COL + SCORECARD_MONTHS - 1));
    putFormula(cell(MEASURE_BLOCK.latest), latestValue, monthFormat);
    const latestCell = local(MEASURE_BLOCK.latest + String(row), latestValue.value);
    const previousValue = previous(m, scorecardRow);
    putFormula(cell(MEASURE_BLOCK.previous), previousValue, monthFormat);
    const previousCell = local(MEASURE_BLOCK.previous + String(row), previousValue.value);
    const rag = plan('RAG', [latestCell, target, polarity, ref(m, scorecardRow, SC.tolerance), null, null, unit],
      (a) => fns.rag(a[0], a[1], a[2], a[3], a[4], a[5], a[6]));
    putFormula(cell(MEASURE_BLOCK.rag), rag);
    measureRags.push(rag.value);
    putFormula(cell(MEASURE_BLOCK.progress), plan('PROGRESS', [ref(m, scorecardRow, SC.baseline), latestCell, target, polarity, unit],
      (a) => fns.progress(a[0], a[1], a[2], a[3], a[4])), '0%');
    putFormula(cell(MEASURE_BLOCK.direction), plan('DIRECTION', [latestCell, previousCell, polarity, target, unit],
      (a) => fns.direction(a[0], a[1], a[2], a[3], a[4])));
  });

  // Actions block
  headerRow(ws, layout.actionHeaderRow, ACTION_BLOCK_HEADERS);
  const actionRags: DashboardValue[] = [];
  const daysOverdue: DashboardValue[] = [];
  layout.actionRows.forEach(({ row, actionPlanRow }) => {
    const a = src.actions;
    const cell = (col: string) => ws.getCell(col + String(row));
    const status = ref(a, actionPlanRow, AP.status);
    const due = ref(a, actionPlanRow, AP.due);
    putFormula(cell(ACTION_BLOCK.ref), plainRef(ref(a, actionPlanRow, AP.ref)));
    putFormula(cell(ACTION_BLOCK.action), plainRef(ref(a, actionPlanRow, AP.action)));
    cell(ACTION_BLOCK.action).alignment = { wrapText: true, vertical: 'top' };
    putFormula(cell(ACTION_BLOCK.lead), plainRef(ref(a, actionPlanRow, AP.lead)));
    // A date format only where the due date is a real date: exceljs reads a text result under a date format as an invalid date.
    putFormula(cell(ACTION_BLOCK.due), blankAsBlank(due), typeof due.value === 'number' ? DATE_FORMAT : undefined);
    putFormula(cell(ACTION_BLOCK.status), plainRef(status));
    const rag = plan('ACTIONRAG', [status, due, ref(a, actionPlanRow, AP.completed), asOf], (v) => fns.actionRag(v[0], v[1], v[2], v[3]));
    putFormula(cell(ACTION_BLOCK.rag), rag);
    actionRags.push(rag.value);
    const days = plan('DAYSOVERDUE', [due, status, asOf], (v) => fns.daysOverdue(v[0], v[1], v[2]));
    putFormula(cell(ACTION_BLOCK.daysOverdue), days, '0');
    daysOverdue.push(days.value);
  });

  // Summaries
  const actionFirst = layout.actionRows[0].row;
  const actionLast = layout.actionRows[layout.actionRows.length - 1].row;
  const ragRange = (col: string, first: number, last: number) => `${col}$${first}:${col}$${last}`;
  summaryLabels(ws, layout.actionSummaryRow, 'Actions', ACTION_SUMMARY);
  ACTION_SUMMARY.forEach((word, i) => {
    const target = ws.getCell(layout.actionSummaryRow + 1, i + 2);
    if (word === 'Overdue') {
      const n = daysOverdue.filter((d) => typeof d === 'number' && d > 0).length;
      putFormula(target, { text: `COUNTIF(${ragRange(ACTION_BLOCK.daysOverdue, actionFirst, actionLast)},">0")`, value: n });
    } else if (word === 'All') {
      putFormula(target, { text: `COUNTA(${ragRange(ACTION_BLOCK.ref, actionFirst, actionLast)})`, value: actionRags.length });
    } else {
      const n = actionRags.filter((r) => sameText(r, word)).length;
      putFormula(target, { text: `COUNTIF(${ragRange(ACTION_BLOCK.rag, actionFirst, actionLast)},"${word}")`, value: n });
    }
  });
  const measureFirst = layout.measureRows[0].row;
  const measureLast = layout.measureRows[layout.measureRows.length - 1].row;
  summaryLabels(ws, layout.measureSummaryRow, 'Measures', MEASURE_SUMMARY);
  MEASURE_SUMMARY.forEach((word, i) => {
    const target = ws.getCell(layout.measureSummaryRow + 1, i + 2);
    if (word === 'All') {
      putFormula(target, { text: `COUNTA(${ragRange(MEASURE_BLOCK.id, measureFirst, measureLast)})`, value: measureRags.length });
    } else {
      const n = measureRags.filter((r) => sameText(r, word)).length;
      putFormula(target, { text: `COUNTIF(${ragRange(MEASURE_BLOCK.rag, measureFirst, measureLast)},"${word}")`, value: n });
    }
  });
  ws.getCell(layout.actionSummaryRow + 1, 1).value = 'Count';
  ws.getCell(layout.measureSummaryRow + 1, 1).value = 'Count';

  ragColours(ws, `${MEASURE_BLOCK.rag}${measureFirst}:${MEASURE_BLOCK.rag}${measureLast}`, 1);
  ragColours(ws, `${ACTION_BLOCK.rag}${actionFirst}:${ACTION_BLOCK.rag}${actionLast}`, 6);
  [12, 48, 11, 11, 11, 14, 12, 14].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return layout;
}

/**
 * The value before the latest: `IF(ISNUMBER(PLAN.LATEST(W:W)),PLAN.LATEST(L:V),IF(ISNUMBER(PLAN.LATEST(V:V)),PLAN.LATEST(L:U),...""))`,
 * i.e. the last number left of the month that holds the latest one (blanks and no-data markers skipped, as the engine does).
 */
function previous(m: ExcelJS.Worksheet, row: number): Expr {
  const first = SCORECARD_FIRST_MONTH_COL;
  let expr = text('');
  for (let col = first + 1; col < first + SCORECARD_MONTHS; col++) {
    const has = isNumberExpr(latest(rowRange(m, row, col, col)));
    expr = ifExpr(has, latest(rowRange(m, row, first, col - 1)), expr);
  }
  return expr;
}

/** `B3` -> `$B$3` */
function absolute(address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null) throw new Error('bad address ' + address);
  return '$' + m[1] + '$' + m[2];
}

/**
 * A formula with its cached result. A blank answer (`''`) is saved without one (Excel shows an uncalculated
 * formula as blank, and exceljs would read an empty cached text back as none anyway). exceljs drops a falsy
 * result (`0`, FALSE) given as a cell value, so those go through the cell model, which keeps them.
 */
function putFormula(cell: ExcelJS.Cell, e: Expr, numFmt?: string): void {
  const result = e.value;
  if (result === null || result === '') cell.value = { formula: e.text };
  else if (result === 0 || result === false) cell.model = { ...cell.model, type: ExcelJS.ValueType.Formula, formula: e.text, result };
  else cell.value = { formula: e.text, result };
  if (numFmt !== undefined && numFmt !== 'General') cell.numFmt = numFmt;
}

function numFmtOf(cell: ExcelJS.Cell): string {
  return typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : 'General';
}

function headerRow(ws: ExcelJS.Worksheet, row: number, headers: ReadonlyArray<string>): void {
  headers.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
}

function summaryLabels(ws: ExcelJS.Worksheet, row: number, title: string, labels: ReadonlyArray<string>): void {
  headerRow(ws, row, [title, ...labels]);
}

/** Fills for the RAG words (colours only help: the cells hold the words). */
function ragColours(ws: ExcelJS.Worksheet, area: string, firstPriority: number): void {
  const topLeft = area.split(':')[0];
  const colours: Array<[string, string]> = [['Red', 'FFFFC7CE'], ['Amber', 'FFFFEB9C'], ['Green', 'FFC6EFCE'], ['Blue', 'FFBDD7EE'], ['Grey', 'FFD9D9D9']];
  ws.addConditionalFormatting({
    ref: area,
    rules: colours.map(([word, argb], i) => ({
      type: 'expression' as const,
      priority: firstPriority + i,
      formulae: [`${topLeft}="${word}"`],
      style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } },
    })),
  });
}
