/**
 * The sample workbook: the Bristol Children's Services Improvement Plan
 * 2016-17 as an analyst would keep it in Excel. Deterministic: the same
 * workbook (values, formats, properties) on every build.
 */
import ExcelJS from 'exceljs';
import { SAMPLE_THEMES } from './actions-data';
import type { SampleAction, SampleDate } from './actions-data';
import { SAMPLE_MEASURE_SECTIONS } from './measures-data';
import type { SampleMeasure, SampleNumber } from './measures-data';
import { SAMPLE_OFFICERS } from './officers';
import { SAMPLE_AS_OF, SAMPLE_SHEETS } from './planted';
import { addDashboardSheet } from './dashboard';
import { SAMPLE_HISTORY_MONTH, SAMPLE_RAG_HISTORY_AUGUST, SAMPLE_ROLLUP_HISTORY_AUGUST } from './history-data';
import { HISTORY_COLUMNS, RAG_HISTORY_COLUMNS, HISTORY_SHEET, RAG_HISTORY_SHEET } from '../core/rollup';

const TITLE = "Bristol Children's Services Improvement Plan 2016-17";
const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

export const ACTION_HEADERS: ReadonlyArray<string> = [
  'Ref', 'Action', 'Expected outcome', 'Measure(s)', 'Who?', 'By when', 'Status',
  'RAG status', 'Completed date', 'Progress update', 'Last updated', 'Evidence',
];

export const MEASURE_HEADERS: ReadonlyArray<string> = [
  'Measure ref', 'Measure', 'Theme', 'Unit', 'Good is', 'Baseline 2015/16', 'Target 2016/17',
  'Tolerance', 'England', 'Stat neighbours', 'Core cities',
];

/** 1-based row of the header on each sheet. */
export const ACTION_HEADER_ROW = 4;
export const MEASURE_HEADER_ROW = 3;

const STATUS_WORDS = ['Not started', 'On track', 'In progress', 'At risk', 'Off track', 'Complete', 'Completed', 'Complete - awaiting sign-off', 'Deferred'];

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const stamp = isoDate(SAMPLE_AS_OF);
  wb.creator = 'Performance and Intelligence Team';
  wb.lastModifiedBy = 'Performance and Intelligence Team';
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = TITLE;
  addActionsSheet(wb);
  addMeasuresSheet(wb);
  addOfficersSheet(wb);
  addSettingsSheet(wb);
  addHistorySheets(wb);
  addDashboardSheet(wb, {
    actions: wb.getWorksheet(SAMPLE_SHEETS.actions) as ExcelJS.Worksheet,
    actionHeaderRow: ACTION_HEADER_ROW,
    measures: wb.getWorksheet(SAMPLE_SHEETS.measures) as ExcelJS.Worksheet,
    measureHeaderRow: MEASURE_HEADER_ROW,
    asOf: SAMPLE_AS_OF,
  });
  return wb;
}

// ---------------------------------------------------------------------------
// Action plan

function addActionsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SAMPLE_SHEETS.actions, { views: [{ state: 'frozen', ySplit: ACTION_HEADER_ROW, xSplit: 1 }] });
  const lastCol = ACTION_HEADERS.length;
  ws.getCell('A1').value = TITLE;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Last updated: 30/09/2016';
  ws.getCell('A3').value = "'Getting to Good' Year 2 - reviewed monthly by the Children's Services Improvement Board";
  ws.getCell('A3').font = { italic: true };
  headerRow(ws, ACTION_HEADER_ROW, ACTION_HEADERS);
  [8, 48, 40, 16, 18, 12, 16, 10, 13, 60, 12, 30].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  let row = ACTION_HEADER_ROW + 1;
  for (const theme of SAMPLE_THEMES) {
    sectionRow(ws, row, theme.heading, lastCol);
    row++;
    for (const action of theme.actions) {
      actionRow(ws, row, action);
      row++;
    }
  }
  const lastRow = row - 1;
  const firstData = ACTION_HEADER_ROW + 1;
  for (let r = firstData; r <= lastRow; r++) {
    if (ws.getCell(r, 1).isMerged) continue;
    ws.getCell(r, 7).dataValidation = {
      type: 'list', allowBlank: true, formulae: ['"' + STATUS_WORDS.join(',') + '"'],
      showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Status', error: 'Pick a status from the list.',
    };
    ws.getCell(r, 5).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`'${SAMPLE_SHEETS.officers}'!$A$2:$A$${SAMPLE_OFFICERS.length + 1}`],
      showErrorMessage: false,
    };
  }
  ws.addConditionalFormatting({
    ref: `H${firstData}:H${lastRow}`,
    rules: ragRules(`H${firstData}`),
  });
  ws.autoFilter = { from: { row: ACTION_HEADER_ROW, column: 1 }, to: { row: ACTION_HEADER_ROW, column: lastCol } };
}

function actionRow(ws: ExcelJS.Worksheet, row: number, a: SampleAction): void {
  const r = ws.getRow(row);
  r.getCell(1).value = a.ref;
  r.getCell(2).value = a.action;
  r.getCell(3).value = a.outcome;
  r.getCell(4).value = a.measures;
  r.getCell(5).value = a.lead;
  dateCell(r.getCell(6), a.due);
  r.getCell(7).value = a.status;
  r.getCell(8).value = a.rag;
  dateCell(r.getCell(9), a.completed);
  r.getCell(10).value = a.update;
  dateCell(r.getCell(11), a.updated);
  r.getCell(12).value = a.evidence;
  for (const c of [2, 3, 10, 12]) r.getCell(c).alignment = { wrapText: true, vertical: 'top' };
}

function dateCell(cell: ExcelJS.Cell, value: SampleDate): void {
  if (value === null) return;
  if (typeof value === 'string') {
    cell.value = isoDate(value);
    cell.numFmt = DATE_FORMAT;
  } else {
    cell.value = value.text;
  }
}

function ragRules(topLeft: string): ExcelJS.ConditionalFormattingRule[] {
  const colours: Array<[string, string]> = [['Red', 'FFFFC7CE'], ['Amber', 'FFFFEB9C'], ['Green', 'FFC6EFCE'], ['Blue', 'FFBDD7EE']];
  return colours.map(([word, argb], i) => ({
    type: 'expression' as const,
    priority: i + 1,
    formulae: [`LEFT(UPPER(${topLeft}),1)="${word.charAt(0)}"`],
    style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } },
  }));
}

// ---------------------------------------------------------------------------
// Scorecard

const MONTH_COUNT = 12;

function addMeasuresSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SAMPLE_SHEETS.measures, { views: [{ state: 'frozen', ySplit: MEASURE_HEADER_ROW, xSplit: 2 }] });
  const lastCol = MEASURE_HEADERS.length + MONTH_COUNT;
  ws.getCell('A1').value = TITLE + ' - performance scorecard';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Figures to the end of September 2016. Comparators: 2015/16 published data. c = suppressed (small numbers).';
  ws.getCell('A2').font = { italic: true };
  headerRow(ws, MEASURE_HEADER_ROW, MEASURE_HEADERS);
  for (let m = 0; m < MONTH_COUNT; m++) {
    const cell = ws.getCell(MEASURE_HEADER_ROW, MEASURE_HEADERS.length + 1 + m);
    cell.value = new Date(Date.UTC(2016, 3 + m, 1));
    cell.numFmt = 'mmm-yy';
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center' };
  }
  [10, 52, 24, 14, 16, 12, 12, 10, 10, 12, 11].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (let m = 0; m < MONTH_COUNT; m++) ws.getColumn(MEASURE_HEADERS.length + 1 + m).width = 8;

  let row = MEASURE_HEADER_ROW + 1;
  for (const section of SAMPLE_MEASURE_SECTIONS) {
    sectionRow(ws, row, section.heading, lastCol);
    row++;
    for (const measure of section.measures) {
      measureRow(ws, row, measure);
      row++;
    }
  }
}

function measureRow(ws: ExcelJS.Worksheet, row: number, m: SampleMeasure): void {
  const r = ws.getRow(row);
  r.getCell(1).value = m.id;
  r.getCell(2).value = m.name;
  r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  r.getCell(3).value = m.theme;
  r.getCell(4).value = m.unit;
  r.getCell(5).value = m.polarity;
  numberCell(r.getCell(6), m.baseline, m.format);
  numberCell(r.getCell(7), m.target, m.format);
  if (m.tolerance !== null) r.getCell(8).value = m.tolerance;
  numberCell(r.getCell(9), m.england, m.format);
  numberCell(r.getCell(10), m.statNeighbours, m.format);
  numberCell(r.getCell(11), m.coreCities, m.format);
  const monthFormat = m.monthFormat !== undefined ? m.monthFormat : m.format;
  for (let i = 0; i < MONTH_COUNT; i++) {
    const cell = r.getCell(MEASURE_HEADERS.length + 1 + i);
    const value = i < m.months.length ? m.months[i] : null;
    numberCell(cell, value, monthFormat);
    if (value === null) cell.numFmt = m.format;
    cell.alignment = { horizontal: 'right' };
  }
}

function numberCell(cell: ExcelJS.Cell, value: SampleNumber, format: string): void {
  if (value === null) return;
  cell.value = value;
  if (typeof value === 'number' && format !== 'General') cell.numFmt = format;
}

// ---------------------------------------------------------------------------
// Officers and Settings

function addOfficersSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SAMPLE_SHEETS.officers);
  headerRow(ws, 1, ['Lead officer', 'Role']);
  SAMPLE_OFFICERS.forEach((o, i) => {
    ws.getRow(i + 2).values = [o.name, o.role];
  });
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 58;
}

function addSettingsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SAMPLE_SHEETS.settings);
  headerRow(ws, 1, ['Setting', 'Value']);
  ws.getRow(2).values = ['Plan year', '2016/17'];
  ws.getRow(3).values = ['Amber window', 30];
  ws.getRow(4).values = ['Default tolerance', 5];
  // The date the task pane checks as of (it keeps the analyst's choice here): the
  // sample's own "Last updated" date, so it opens on September 2016, not on today.
  ws.getRow(5).values = ['As of', new Date(Date.UTC(2016, 8, 30))];
  ws.getCell('B5').numFmt = 'dd/mm/yyyy';
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 12;
}

// ---------------------------------------------------------------------------
// Roll-up history and RAG history, as the August 2016 roll-up left them (history-data.ts)

function addHistorySheets(wb: ExcelJS.Workbook): void {
  const rollup = wb.addWorksheet(HISTORY_SHEET);
  rollup.addRow(HISTORY_COLUMNS.slice());
  rollup.getRow(1).font = { bold: true };
  for (const [theme, ...counts] of SAMPLE_ROLLUP_HISTORY_AUGUST) rollup.addRow([SAMPLE_HISTORY_MONTH, theme, ...counts]);
  const rag = wb.addWorksheet(RAG_HISTORY_SHEET);
  rag.addRow(RAG_HISTORY_COLUMNS.slice());
  rag.getRow(1).font = { bold: true };
  for (const row of SAMPLE_RAG_HISTORY_AUGUST) rag.addRow([SAMPLE_HISTORY_MONTH, ...row]);
  // Text stays text (a month like 2016-08 is not a date, a ref like 1.10 not a number), as the roll-up writes it.
  for (const ws of [rollup, rag]) {
    for (const col of [1, 2, 3, 4]) ws.getColumn(col).numFmt = '@';
  }
  rag.getColumn(9).numFmt = '@';
}

// ---------------------------------------------------------------------------
// Shared

function headerRow(ws: ExcelJS.Worksheet, row: number, headers: ReadonlyArray<string>): void {
  headers.forEach((text, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = text;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
}

function sectionRow(ws: ExcelJS.Worksheet, row: number, heading: string, lastCol: number): void {
  ws.mergeCells(row, 1, row, lastCol);
  const cell = ws.getCell(row, 1);
  cell.value = heading;
  cell.font = { bold: true };
  cell.fill = SECTION_FILL;
}

/** `2016-09-30` -> a UTC midnight Date, which exceljs stores as that day's serial. */
function isoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map((part) => Number(part));
  return new Date(Date.UTC(y, m - 1, d));
}
