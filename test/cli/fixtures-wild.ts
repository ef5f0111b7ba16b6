/**
 * A tracker "in the wild", laid out the way the product was not tuned to:
 *
 * Sheet ` ACTION TRACKER ` (odd case, spaces around the name):
 *   row 1 a merged title, row 2 a "last updated" line, row 3 a tall blank row
 *   where a logo sits, row 4 the header with punctuation and colons
 *   (`Ref.:`, `What?`, `Lead Officer:`, `Date Due`, `RAG Status`,
 *   `Expected Outcome(s)`, `As at:`, `KPI(s)`), section rows merged across,
 *   a Theme column holding `2. Care leavers` style text, a blank row, and due
 *   dates as text in several forms (`1 Dec 2016`, `Dec-16`, `31/12/16`,
 *   `2016-12-31`, `Q4 2016/17`, `TBC`, `31/10/2016`) next to real dates.
 *
 *   A Ref.: | B Theme | C What? | D Expected Outcome(s) | E Lead Officer: |
 *   F Date Due | G Status | H RAG Status | I Date completed |
 *   J Progress to date | K As at: | L KPI(s)
 *
 * Sheet `Sheet2` (no synonym): two title rows and a blank row, then the
 * measures in an Excel table (ListObject) named `Scorecard` at A4:O11, with
 * month headers that are real dates (1 Apr 2016 .. 1 Oct 2016, shown `mmm-yy`),
 * an unrecognised `Notes` column, and a note typed beside the table (P6).
 *
 *   A Measure ref | B Indicator | C Theme | D Unit | E Good is |
 *   F Baseline 2015/16 | G Target 2016/17 | H Apr-16 .. N Oct-16 | O Notes
 *
 * The expected results, worked out by hand from the contract, are in
 * wild-layout.test.ts.
 */
import ExcelJS from 'exceljs';
import { d, type XCell } from '../helpers/xlsx-builder';

export const ACTIONS_SHEET = ' ACTION TRACKER ';
export const MEASURES_SHEET = 'Sheet2';
export const TABLE_NAME = 'Scorecard';
/** Where the table starts and ends (header row included). */
export const TABLE_REF = 'A4:O11';

const ACTION_HEADERS = [
  'Ref.:', 'Theme', 'What?', 'Expected Outcome(s)', 'Lead Officer:', 'Date Due', 'Status', 'RAG Status',
  'Date completed', 'Progress to date', 'As at:', 'KPI(s)',
];

const S1 = '1. Social work practice';
const S2 = '2. Care leavers';
const S3 = '3. Children in care';

/** Sheet rows from row 5 (the first under the header); `[text]` alone is a section row (merged across). */
export const ACTION_ROWS: ReadonlyArray<ReadonlyArray<XCell>> = [
  /* 5 */ [S1],
  /* 6 */ ['1.1', S1, 'Audit case files monthly', 'Better recording and management oversight', 'Jo Smith', '1 Dec 2016', 'In progress', 'G', null, 'Audits running monthly', d(2016, 9, 30), 'SW1'],
  /* 7 */ ['1.2', S1, 'Train team managers in reflective supervision', 'Stronger oversight', 'Ann Lee', 'Dec-16', 'Not started', 'A', null, null, d(2016, 10, 3), 'SW1; RR1'],
  /* 8 */ ['1.3', S2, 'Refresh the practice standards', 'Consistent practice', 'Jo Smith', '31/12/16', 'Not started', null, null, null, d(2016, 10, 3), null],
  /* 9 */ [],
  /* 10 */ [S2],
  /* 11 */ ['2.1', S2, 'Pathway plan audit', 'Better pathway plans', 'Sam Patel', '2016-12-31', 'Complete', 'B', d(2016, 10, 14), 'Audit done; report to the board', d(2016, 10, 14), 'CL1'],
  /* 12 */ ['2.2', S2, 'EET coaching for care leavers', 'More care leavers in EET', 'Sam Patel', 'Q4 2016/17', 'At risk', 'Amber', null, 'N/A', d(2016, 9, 1), 'CL1, CL2'],
  /* 13 */ ['2.3', null, 'Publish the local offer', 'Care leavers know their entitlements', 'Ann Lee', d(2016, 9, 30), 'On track', 'G', null, 'Draft with legal', d(2016, 10, 20), 'CL3'],
  /* 14 */ [S3],
  /* 15 */ ['3.1', S3, 'PEP quality audit', 'Good quality PEPs', 'Jo Smith', 'TBC', 'Deferred', null, null, 'Paused until the new virtual head starts', d(2016, 10, 20), 'CIC1'],
  /* 16 */ ['3.2', S3, 'Placement stability panel', 'Fewer placement moves', 'Jo Smith / Ann Lee', '31/10/2016', 'Off track', 'R', null, 'Panel delayed to November', d(2016, 10, 31), 'CIC2'],
];

/** `{ pct }` cells get a `0%` format; everything else is typed as it stands. */
const p = (x: number): XCell => ({ pct: x });

const MONTHS: ReadonlyArray<Date> = [4, 5, 6, 7, 8, 9, 10].map((m) => d(2016, m, 1));
const MONTH_NAMES = ['Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16'];

/** The table's column names (what its header cells show). */
export const TABLE_COLUMNS: ReadonlyArray<string> = ['Measure ref', 'Indicator', 'Theme', 'Unit', 'Good is', 'Baseline 2015/16', 'Target 2016/17']
  .concat(MONTH_NAMES, ['Notes']);

/** Table rows (sheet rows 5-11): id, name, theme, unit, polarity, baseline, target, Apr..Oct, notes. */
export const MEASURE_ROWS: ReadonlyArray<ReadonlyArray<XCell>> = [
  /* 5 */ ['SW1', 'Assessments completed within 45 working days', '1', '%', 'Higher is better', p(0.7), p(0.85), p(0.72), p(0.75), 'c', p(0.8), p(0.82), p(0.86), null, null],
  /* 6 */ ['SW2', 'Re-referrals within 12 months', '1', '%', '↓', p(0.25), p(0.22), p(0.24), p(0.26), p(0.25), p(0.26), p(0.27), '..', null, 'Sep figure late'],
  /* 7 */ ['RR1', 'Contacts leading to a referral', '1', 'Number', 'Low', 120, 100, 118, 'N/A', 115, 112, 110, 104, null, null],
  /* 8 */ ['CL1', 'Care leavers in education, employment or training', '2', '%', 'Up', 58, 65, 58, 59, 60, 'x', 61, 62, null, 'Typed as points'],
  /* 9 */ ['CL2', 'Care leavers in suitable accommodation', '2', 'Percentage', 'Higher is better', 0.55, '60%', '55%', '56%', 'c', '57%', '57.5%', '58%', null, null],
  /* 10 */ ['CIC1', 'Children in care per 10,000', S3, 'Rate', 'Context', 70, null, 70, 71, 71, 72, 72, null, null, 'Context only'],
  /* 11 */ ['CIC2', 'Average caseload per social worker', '3', 'Number', 'Close to target', 22, 18, 21, 20, 19, 'c', 17, 19.5, null, null],
];

function put(cell: ExcelJS.Cell, value: XCell): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date) {
    cell.value = value;
    cell.numFmt = 'dd/mm/yyyy';
  } else if (typeof value === 'object' && 'pct' in value) {
    cell.value = value.pct;
    cell.numFmt = '0%';
  } else if (typeof value === 'object' && 'error' in value) {
    cell.value = { error: value.error } as ExcelJS.CellErrorValue;
  } else if (typeof value === 'object') {
    cell.value = { formula: value.f, result: value.result } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = value;
  }
}

/** The plain value a table row starts with (formats are set on the cells afterwards). */
function plain(value: XCell): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return null;
  return value;
}

export function wildPlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const ws = wb.addWorksheet(ACTIONS_SHEET);
  ws.getCell('A1').value = "Children and Young People's Services: Improvement Plan 2016-17";
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A1:L1');
  ws.getCell('A2').value = 'Last updated: 30 September 2016 (version 7)';
  ws.getRow(3).height = 48; // the logo sits here
  ACTION_HEADERS.forEach((h, c) => {
    const cell = ws.getCell(4, c + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  ACTION_ROWS.forEach((row, i) => {
    const r = 5 + i;
    row.forEach((v, c) => put(ws.getCell(r, c + 1), v));
    if (row.length === 1) ws.mergeCells(r, 1, r, ACTION_HEADERS.length);
  });

  const s2 = wb.addWorksheet(MEASURES_SHEET);
  s2.getCell('A1').value = 'Performance scorecard 2016/17';
  s2.getCell('A2').value = 'Source: monthly performance digest, October 2016';
  s2.addTable({
    name: TABLE_NAME,
    ref: 'A4',
    headerRow: true,
    columns: TABLE_COLUMNS.map((name) => ({ name, filterButton: true })),
    rows: MEASURE_ROWS.map((row) => row.map((v) => plain(v))),
  });
  // Month headers are real dates (the table's column names are what they show).
  MONTHS.forEach((m, i) => {
    const cell = s2.getCell(4, 8 + i);
    cell.value = m;
    cell.numFmt = 'mmm-yy';
  });
  // Percent formats and dates on the table's cells.
  MEASURE_ROWS.forEach((row, i) => row.forEach((v, c) => {
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) put(s2.getCell(5 + i, c + 1), v);
  }));
  // A note typed beside the table: never to be overwritten.
  s2.getCell('P6').value = 'Figures provisional';
  return wb;
}
